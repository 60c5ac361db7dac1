import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { persistentSecret } from "@/db/embedded";
import { prepareDatabase, type PreparedDatabase } from "@/db/setup";

const nextBin = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");

/** `next build` when there is no production build yet (or when asked to). */
export function ensureBuild(force: boolean): void {
  if (!force && existsSync(path.join(".next", "BUILD_ID"))) return;
  console.log("Building the app (next build)…");
  const r = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } });
  if (r.status !== 0) throw new Error("next build failed");
}

export interface BenchServer {
  baseUrl: string;
  db: PreparedDatabase;
  stop: () => Promise<void>;
}

/**
 * The seeded database of one clinic (embedded, under its data folder) and `next start` on it in
 * production mode, with the SQL counter on and the background job worker off (its polling would
 * be counted as the requests' statements).
 */
export async function startBenchServer(opts: { dataDir: string; pgPort: number; port: number }): Promise<BenchServer> {
  if (!existsSync(path.join(opts.dataDir, "pg", "PG_VERSION"))) {
    throw new Error(`No seeded database in ${opts.dataDir}: run \`npm run seed:large\` first (see README, "Performance").`);
  }
  const db = await prepareDatabase({ dataDir: opts.dataDir, pgPort: opts.pgPort, quiet: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: db.ownerUrl,
    APP_DATABASE_URL: db.appUrl ?? db.ownerUrl,
    AUTH_SECRET: persistentSecret(opts.dataDir, "auth-secret", 48),
    PORT: String(opts.port),
    KC_COUNT_SQL: "1",
    KC_DISABLE_WORKER: "1",
    LOG_LEVEL: "warn",
  };
  // its own process group, so stopping it also stops anything it started
  const child: ChildProcess = spawn(process.execPath, [nextBin, "start", "-p", String(opts.port), "-H", "127.0.0.1"], { env, stdio: ["ignore", "ignore", "inherit"], detached: true });
  const baseUrl = `http://127.0.0.1:${opts.port}`;
  const stop = async () => {
    if (child.exitCode === null && child.pid) {
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        /* already gone */
      }
      await new Promise((r) => child.once("exit", r));
    }
    await db.embedded?.stop();
  };
  try {
    await waitForHealth(baseUrl);
  } catch (e) {
    await stop();
    throw e;
  }
  return { baseUrl, db, stop };
}

async function waitForHealth(baseUrl: string): Promise<void> {
  for (let i = 0; i < 240; i++) {
    try {
      const res = await fetch(`${baseUrl}/api/health`);
      if (res.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the app did not answer on ${baseUrl}/api/health`);
}
