import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
    ownerUrl: string;
  }
}

/**
 * The HTTP suites run against the built app as it runs in production: `next start` (through
 * scripts/start.ts) on a fresh embedded PostgreSQL with the demo clinic. Run `next build` first
 * (npm run test:e2e does). Ports: HTTP_PORT/HTTP_PG_PORT, else the e2e ones (the suites run
 * one after the other, never together).
 */
export default async function setup(project: TestProject) {
  if (!existsSync(path.join(".next", "BUILD_ID"))) throw new Error("No build: run `npx next build` before the HTTP suites.");
  const port = Number(process.env.HTTP_PORT ?? process.env.E2E_PORT ?? 3110);
  const pgPort = Number(process.env.HTTP_PG_PORT ?? process.env.E2E_PG_PORT ?? 54431);
  const dataDir = `.data/http-${port}`;
  rmSync(dataDir, { recursive: true, force: true });
  const baseURL = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(process.execPath, [path.join("node_modules", "tsx", "dist", "cli.mjs"), "scripts/start.ts"], {
    detached: true,
    // the app's own error log (refused cross-site posts, hostile URLs) is expected noise here: kept, shown only if it fails to start
    stdio: ["ignore", "ignore", "pipe"],
    // The job worker is held back so that "nothing was written" is not disturbed by a background job.
    env: { ...process.env, PORT: String(port), KC_DATA_DIR: dataDir, KC_PG_PORT: String(pgPort), JOB_POLL_MS: "3600000", LOG_LEVEL: "warn", NODE_ENV: "production" },
  });
  let exited = false;
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => { stderr = (stderr + chunk.toString()).slice(-20_000); });
  child.once("exit", () => { exited = true; });
  const stop = async () => {
    if (exited || child.pid === undefined) return;
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      return;
    }
    for (let i = 0; i < 100 && !exited; i++) await new Promise((r) => setTimeout(r, 100));
    if (!exited) process.kill(-child.pid, "SIGKILL");
  };
  try {
    await waitForHealth(baseURL, () => exited);
  } catch (e) {
    await stop();
    process.stderr.write(stderr);
    throw e;
  }
  const password = readFileSync(path.join(dataDir, "pg-owner-password"), "utf8").trim();
  project.provide("baseURL", baseURL);
  project.provide("ownerUrl", `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${pgPort}/kinetic`);
  return stop;
}

async function waitForHealth(baseURL: string, exited: () => boolean) {
  for (let i = 0; i < 360; i++) {
    if (exited()) throw new Error("the app exited while starting (its error output is above)");
    try {
      const res = await fetch(`${baseURL}/api/health`);
      if (res.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the app did not answer ${baseURL}/api/health within 3 minutes`);
}
