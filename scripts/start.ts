/**
 * `npm start`: one command that runs everything on one machine. Without DATABASE_URL it starts
 * an embedded PostgreSQL under .data/ (kept between runs), migrates, installs reference content,
 * seeds the demo clinic the first time, builds the app if there is no build, and serves it.
 * Ctrl-C stops Next.js and PostgreSQL together.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { createDb } from "@/db/client";
import { persistentSecret } from "@/db/embedded";
import { seedDemo } from "@/db/seed/demo";
import { DEMO_PASSWORD, DEMO_PATIENTS, DEMO_STAFF } from "@/db/seed/demo-people";
import { prepareDatabase } from "@/db/setup";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const dataDir = path.resolve(process.env.KC_DATA_DIR ?? ".data");
const nextBin = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");

async function main() {
  if (process.env.DATABASE_URL && !process.env.AUTH_SECRET) {
    throw new Error("With DATABASE_URL set, AUTH_SECRET must be set too (the same value on every instance).");
  }
  const db = await prepareDatabase({ dataDir, pgPort: Number(process.env.KC_PG_PORT ?? 54329) });
  let child: ChildProcess | null = null;
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (child && child.exitCode === null) {
      child.kill("SIGTERM");
      await new Promise((r) => child!.once("exit", r));
    }
    await db.embedded?.stop().catch(() => {});
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));

  try {
    let seeded = false;
    if (db.embedded || process.env.KC_SEED_DEMO === "1") {
      const owner = createDb(db.ownerUrl, { max: 1 });
      try {
        seeded = await seedDemo(owner.db);
      } finally {
        await owner.close();
      }
    }
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: db.ownerUrl,
      AUTH_SECRET: process.env.AUTH_SECRET ?? persistentSecret(dataDir, "auth-secret", 48),
      PORT: String(port),
    };
    if (db.appUrl) env.APP_DATABASE_URL = db.appUrl;

    if (!dev && !existsSync(path.join(".next", "BUILD_ID"))) {
      console.log("No build found: building Kinetic Chart (a minute or two, once)…");
      const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } });
      if (build.status !== 0) throw new Error("next build failed");
    }
    child = spawn(process.execPath, [nextBin, dev ? "dev" : "start", "-p", String(port)], { stdio: "inherit", env });
    child.once("exit", (code) => void stop(code ?? 0));
    await waitForHealth(port);
    printBanner(port, seeded || Boolean(db.embedded));
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    await stop(1);
  }
}

async function waitForHealth(p: number) {
  for (let i = 0; i < 240; i++) {
    try {
      const res = await fetch(`http://127.0.0.1:${p}/api/health`);
      if (res.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
}

function printBanner(p: number, demo: boolean) {
  const lines = [`\nKinetic Chart is running at http://localhost:${p}`];
  if (demo) {
    lines.push(`Demo sign-in (password for every account: ${DEMO_PASSWORD})`);
    for (const s of DEMO_STAFF) lines.push(`  ${s.email.padEnd(26)} ${s.roles.join(" + ")}${"discipline" in s ? ` (${s.discipline})` : ""}`);
    for (const pt of DEMO_PATIENTS) lines.push(`  ${pt.email.padEnd(26)} patient portal`);
  }
  lines.push("Press Ctrl-C to stop (PostgreSQL stops too).\n");
  console.log(lines.join("\n"));
}

void main();
