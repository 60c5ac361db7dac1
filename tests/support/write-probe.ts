import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";

/**
 * "Nothing was written", checked in PostgreSQL itself: every row inserted or updated after a
 * mark carries a newer transaction id (xmin), in whatever table it lands. Audit rows with the
 * outcome "denied" are expected (a refusal is recorded) and are reported apart.
 */
export type WriteMark = bigint;

export async function writeMark(db: DbOrTx): Promise<WriteMark> {
  const [row] = await db.execute<{ xmax: string }>(sql`select pg_snapshot_xmax(pg_current_snapshot())::text as xmax`);
  return BigInt(row.xmax);
}

let tableCache: string[] | null = null;
async function tables(db: DbOrTx): Promise<string[]> {
  if (tableCache) return tableCache;
  const rows = await db.execute<{ name: string }>(sql`
    select table_name as name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' and table_name not like '__drizzle%' order by 1`);
  tableCache = rows.map((r) => r.name);
  return tableCache;
}

export interface Writes {
  /** table → rows inserted or updated since the mark (denied audit rows excluded) */
  changed: Record<string, number>;
  deniedAudits: number;
}

/** `ignore`: tables a running server touches on its own (session last-seen, job claims). */
export async function writesSince(db: DbOrTx, mark: WriteMark, ignore: readonly string[] = []): Promise<Writes> {
  const names = (await tables(db)).filter((t) => !ignore.includes(t));
  // xmin is a 32-bit transaction id; test clusters never wrap around.
  const since = (mark % 2n ** 32n).toString();
  const parts = names.map((t) =>
    t === "audit_events"
      ? sql`select ${t} as t, count(*) filter (where outcome <> 'denied')::int as n, count(*) filter (where outcome = 'denied')::int as d from audit_events where xmin::text::bigint >= ${since}::bigint`
      : sql`select ${t} as t, count(*)::int as n, 0 as d from ${sql.identifier(t)} where xmin::text::bigint >= ${since}::bigint`,
  );
  const rows = await db.execute<{ t: string; n: number; d: number }>(sql.join(parts, sql` union all `));
  const changed: Record<string, number> = {};
  let deniedAudits = 0;
  for (const r of rows) {
    if (r.n > 0) changed[r.t] = r.n;
    deniedAudits += Number(r.d);
  }
  return { changed, deniedAudits };
}
