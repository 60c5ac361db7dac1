import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { startEmbedded, type EmbeddedServer } from "@/db/embedded";

/**
 * The database that db:backup / db:restore work on: DATABASE_URL when set, otherwise the embedded
 * server of `npm start` (under KC_DATA_DIR, default .data), used while it runs or started for the
 * occasion and stopped afterwards.
 */
export async function backupTarget(database?: string): Promise<{ url: string; serverUrl: string; database: string; done: () => Promise<void> }> {
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL);
    const server = new URL(url);
    server.pathname = "/postgres";
    if (database) url.pathname = `/${database}`;
    return { url: url.toString(), serverUrl: server.toString(), database: decodeURIComponent(url.pathname.slice(1)), done: async () => {} };
  }
  database ??= "kinetic";
  const dataDir = path.resolve(process.env.KC_DATA_DIR ?? ".data");
  const port = Number(process.env.KC_PG_PORT ?? 54329);
  const pwFile = path.join(dataDir, "pg-owner-password");
  if (!existsSync(pwFile)) throw new Error(`no embedded database in ${dataDir}: run \`npm start\` once, or set DATABASE_URL`);
  const password = encodeURIComponent(readFileSync(pwFile, "utf8").trim());
  const serverUrl = `postgres://postgres:${password}@127.0.0.1:${port}/postgres`;
  let embedded: EmbeddedServer | undefined;
  if (!(await reachable(serverUrl))) embedded = await startEmbedded({ dataDir, port, database: "kinetic", quiet: true });
  return { url: `postgres://postgres:${password}@127.0.0.1:${port}/${database}`, serverUrl, database, done: async () => { await embedded?.stop(); } };
}

async function reachable(url: string): Promise<boolean> {
  const sql = postgres(url, { max: 1, connect_timeout: 3, onnotice: () => {} });
  try {
    await sql`select 1`;
    return true;
  } catch {
    return false;
  } finally {
    await sql.end({ timeout: 1 });
  }
}

export function argValue(name: string): string | undefined {
  const args = process.argv.slice(2);
  const i = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return undefined;
  return args[i].includes("=") ? args[i].split("=").slice(1).join("=") : args[i + 1];
}

export function positional(): string[] {
  const args = process.argv.slice(2);
  return args.filter((a, i) => !a.startsWith("--") && !(i > 0 && args[i - 1].startsWith("--") && !args[i - 1].includes("=") && ["--format", "--database", "--out"].includes(args[i - 1])));
}
