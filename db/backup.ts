import { createReadStream, createWriteStream, openSync, readSync, closeSync } from "node:fs";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { createGunzip, createGzip } from "node:zlib";
import postgres from "postgres";
import { findTool, runTool, serverMajor } from "./backup-tools";
import { runMigrations } from "./migrate";

/**
 * Backups (DESIGN.md §8). With a pg_dump at least as new as the server, a standard custom-format
 * dump (restored with pg_restore). Otherwise, e.g. the embedded PostgreSQL 18 on a machine whose
 * client tools are PostgreSQL 15, a built-in logical dump: one consistent snapshot (repeatable
 * read) of every table as JSON lines (row_to_json), gzip'd, restored into a database migrated to the
 * same level with json_populate_recordset, so every value keeps its exact text form.
 */
export type BackupFormat = "pg_dump" | "builtin";
const MAGIC = "KINETIC-DUMP 1";

interface DumpHeader {
  createdAt: string;
  serverVersion: string;
  migrations: string[];
  tables: { name: string; columns: string[]; rows: number }[];
  sequences: { name: string; value: string; called: boolean }[];
}

export async function backupDatabase(url: string, file: string, format: BackupFormat | "auto" = "auto"): Promise<BackupFormat> {
  const tool = format === "builtin" ? null : findTool("pg_dump", await serverMajor(url));
  if (format === "pg_dump" && !tool) throw new Error("no pg_dump at least as new as the server was found (set PG_BIN)");
  if (tool) {
    runTool(tool.path, ["--format=custom", "--no-owner", `--file=${file}`, `--dbname=${url}`]);
    return "pg_dump";
  }
  await builtinDump(url, file);
  return "builtin";
}

async function builtinDump(url: string, file: string): Promise<void> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  const gzip = createGzip();
  const out = createWriteStream(file, { mode: 0o600 });
  gzip.pipe(out);
  const write = async (chunk: string | Buffer) => {
    if (!gzip.write(chunk)) await once(gzip, "drain");
  };
  try {
    await sql.begin("isolation level repeatable read read only", async (tx) => {
      const tables = await tx<{ name: string; columns: string[] }[]>`
        select c.relname as name, array_agg(a.attname::text order by a.attnum) as columns
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
        join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
        where n.nspname = 'public' and c.relkind in ('r', 'p') group by c.relname order by c.relname`;
      const header: DumpHeader = {
        createdAt: new Date().toISOString(),
        serverVersion: (await tx<{ v: string }[]>`select current_setting('server_version') as v`)[0].v,
        migrations: (await tx<{ hash: string }[]>`select hash from drizzle.__drizzle_migrations order by id`).map((r) => r.hash),
        tables: [],
        sequences: await tx<{ name: string; value: string; called: boolean }[]>`
          select sequencename as name, coalesce(last_value, 1)::text as value, last_value is not null as called from pg_sequences where schemaname = 'public'`,
      };
      for (const t of tables) {
        const [{ n }] = await tx<{ n: number }[]>`select count(*)::int as n from ${tx(t.name)}`;
        header.tables.push({ ...t, rows: n });
      }
      await write(`${MAGIC}\n${JSON.stringify(header)}\n`);
      for (const t of header.tables) {
        await write(`TABLE ${t.name}\n`);
        // (COPY streams are avoided: postgres.js 3.4 stalls on a second COPY TO in one connection)
        const cursor = tx<{ j: string }[]>`select row_to_json(t)::text as j from ${tx(t.name)} t`.cursor(500);
        for await (const rows of cursor) await write(rows.map((r) => r.j).join("\n") + "\n");
        await write("END\n");
      }
    });
    gzip.end();
    await once(out, "close");
  } finally {
    await sql.end();
  }
}

export function formatOf(file: string): BackupFormat {
  const fd = openSync(file, "r");
  const head = Buffer.alloc(5);
  readSync(fd, head, 0, 5, 0);
  closeSync(fd);
  if (head.toString("latin1") === "PGDMP") return "pg_dump";
  if (head[0] === 0x1f && head[1] === 0x8b) return "builtin";
  throw new Error(`${file} is not a Kinetic Chart backup`);
}

/**
 * Restore into the database at `url`. It must have no tables with rows unless `replace` is set:
 * then the built-in format swaps the contents atomically (one transaction), and a pg_dump
 * backup needs an empty database (the restore script recreates it).
 */
export async function restoreDatabase(url: string, file: string, opts: { replace?: boolean } = {}): Promise<BackupFormat> {
  const format = formatOf(file);
  if (format === "pg_dump") {
    const tool = findTool("pg_restore", 0);
    if (!tool) throw new Error("pg_restore was not found (set PG_BIN)");
    const sql = postgres(url, { max: 1, onnotice: () => {} });
    try {
      await sql.unsafe(`do $$ begin create role kinetic_app nologin; exception when duplicate_object then null; end $$`);
    } finally {
      await sql.end();
    }
    runTool(tool.path, ["--no-owner", "--exit-on-error", "--single-transaction", `--dbname=${url}`, file]);
    return format;
  }
  await builtinRestore(url, file, Boolean(opts.replace));
  return format;
}

async function builtinRestore(url: string, file: string, replace: boolean): Promise<void> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity })[Symbol.asyncIterator]();
  const next = async () => {
    const r = await lines.next();
    return r.done ? null : r.value;
  };
  if ((await next()) !== MAGIC) throw new Error(`${file} is not a Kinetic Chart backup`);
  const header = JSON.parse((await next()) ?? "{}") as DumpHeader;

  await runMigrations(url);
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const applied = (await sql<{ hash: string }[]>`select hash from drizzle.__drizzle_migrations order by id`).map((r) => r.hash);
    if (header.migrations.some((h, i) => applied[i] !== h)) {
      throw new Error("this backup comes from a version of Kinetic Chart whose migrations differ from this one: restore it with that version");
    }
    const [{ su }] = await sql<{ su: boolean }[]>`select rolsuper as su from pg_roles where rolname = current_user`;
    if (!su) throw new Error("restoring the built-in format needs a superuser connection (the embedded server's owner is one); elsewhere use pg_dump/pg_restore");
    await sql.begin(async (tx) => {
      // triggers (append-only audit, signed-note locks) and foreign keys stay quiet while rows are copied in
      await tx`set local session_replication_role = replica`;
      const names = header.tables.map((t) => t.name);
      if (names.length) {
        if (replace) await tx.unsafe(`truncate ${names.map((n) => `"${n}"`).join(", ")} restart identity cascade`);
        else if (await anyRows(tx, names)) throw new Error("the target database already has data: pass --replace to overwrite it");
      }
      for (const t of header.tables) {
        if ((await next()) !== `TABLE ${t.name}`) throw new Error(`backup damaged near table ${t.name}`);
        const insert = (batch: string[]) => tx.unsafe(
          `insert into "${t.name}" (${t.columns.map((c) => `"${c}"`).join(", ")}) overriding system value
           select ${t.columns.map((c) => `"${c}"`).join(", ")} from json_populate_recordset(null::"${t.name}", ($1::text)::json)`,
          [`[${batch.join(",")}]`],
        );
        let batch: string[] = [];
        for (;;) {
          const line = await next();
          if (line === null) throw new Error(`backup cut off in table ${t.name}`);
          if (line === "END") break;
          batch.push(line);
          if (batch.length === 500) {
            await insert(batch);
            batch = [];
          }
        }
        if (batch.length) await insert(batch);
      }
      for (const s of header.sequences) await tx`select setval(${"public." + s.name}, ${s.value}::bigint, ${s.called})`;
    });
  } finally {
    await sql.end();
  }
}

async function anyRows(tx: postgres.TransactionSql, names: string[]): Promise<boolean> {
  for (const n of names) if ((await tx`select 1 from ${tx(n)} limit 1`).length) return true;
  return false;
}
