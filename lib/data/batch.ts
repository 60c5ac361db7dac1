import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";

/**
 * Several independent row sets in ONE statement (one round trip, one statement in the query budget):
 * each query becomes a JSON array column, in the query's own order. Values arrive as JSON
 * (timestamps as ISO strings), so queries select display-ready columns.
 */
export async function selectSets<K extends string>(db: DbOrTx, queries: Record<K, SQL>): Promise<Record<K, Record<string, unknown>[]>> {
  const keys = Object.keys(queries) as K[];
  const columns = keys.map((k) => sql`(select coalesce(json_agg(t), '[]'::json) from (${queries[k]}) t) as ${sql.identifier(k)}`);
  const [row] = await db.execute<Record<K, Record<string, unknown>[]>>(sql`select ${sql.join(columns, sql`, `)}`);
  return row;
}
