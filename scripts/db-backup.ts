/**
 * `npm run db:backup [-- --out FILE] [--format auto|pg_dump|builtin]`: back up the Kinetic Chart
 * database (DATABASE_URL, or the embedded server of `npm start`) into backups/ by default.
 */
import { mkdirSync, statSync } from "node:fs";
import path from "node:path";
import { backupDatabase, type BackupFormat } from "@/db/backup";
import { argValue, backupTarget } from "./db-target";

async function main() {
  const format = (argValue("format") ?? "auto") as BackupFormat | "auto";
  if (!["auto", "pg_dump", "builtin"].includes(format)) throw new Error("--format is auto, pg_dump or builtin");
  const stamp = new Date().toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
  const file = path.resolve(argValue("out") ?? path.join("backups", `kinetic-${stamp}.dump`));
  mkdirSync(path.dirname(file), { recursive: true });
  const target = await backupTarget();
  try {
    const used = await backupDatabase(target.url, file, format);
    console.log(`Backed up to ${file} (${used === "pg_dump" ? "pg_dump custom format" : "built-in format"}, ${statSync(file).size} bytes)`);
  } finally {
    await target.done();
  }
}

main().catch((e) => {
  console.error(`Backup failed: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
