/**
 * `npm run db:restore -- FILE [--database NAME] [--replace]`: restore a backup made by db:backup.
 * Into the app's database only when it is empty, or with --replace (stop the app first). With
 * --database NAME it goes into another database on the same server (created when missing), which
 * is how to check a backup without touching the live data.
 */
import postgres from "postgres";
import { formatOf, restoreDatabase } from "@/db/backup";
import { argValue, backupTarget, positional } from "./db-target";

async function main() {
  const [file] = positional();
  if (!file) throw new Error("name the backup file: npm run db:restore -- backups/kinetic-….dump");
  const replace = process.argv.includes("--replace");
  const named = argValue("database");
  if (named !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(named)) throw new Error("--database must be a plain lower-case name");
  const target = await backupTarget(named);
  const database = target.database;
  try {
    const admin = postgres(target.serverUrl, { max: 1, onnotice: () => {} });
    try {
      const exists = (await admin`select 1 from pg_database where datname = ${database}`).length > 0;
      // a pg_dump backup goes into an empty database: recreate it when replacing
      if (exists && replace && formatOf(file) === "pg_dump") await admin.unsafe(`drop database "${database.replace(/"/g, "")}" with (force)`);
      if (!exists || (replace && formatOf(file) === "pg_dump")) await admin.unsafe(`create database "${database.replace(/"/g, "")}"`);
    } finally {
      await admin.end();
    }
    const format = await restoreDatabase(target.url, file, { replace });
    console.log(`Restored ${file} into database ${database} (${format === "pg_dump" ? "pg_restore" : "built-in format"})`);
  } finally {
    await target.done();
  }
}

main().catch((e) => {
  console.error(`Restore failed: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
