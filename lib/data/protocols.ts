import "server-only";
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import type { ProtocolStep } from "@/lib/domain/treatment/protocols";

export type ProtocolSummary = {
  id: string; code: string; version: number; name: string; source: "reference" | "clinic"; status: "active" | "retired"; steps: number; createdByName: string | null;
};
export type ProtocolDetail = ProtocolSummary & {
  description: string; lines: ProtocolStep[]; createdAt: string;
  versions: { id: string; version: number; status: "active" | "retired"; createdAt: string; createdByName: string | null }[];
};

/** The library: the newest version of every protocol (reference first), retired ones last. */
export async function listProtocols(db: DbOrTx): Promise<ProtocolSummary[]> {
  return db.execute<ProtocolSummary>(sql`
    select distinct on (p.code) p.id, p.code, p.version, p.name, p.source, p.status, jsonb_array_length(p.lines)::int as steps, u.display_name as "createdByName"
    from protocols p left join users u on u.id = p.created_by
    order by p.code, p.version desc`).then((rows) => [...rows].sort((a, b) =>
      Number(a.status === "retired") - Number(b.status === "retired") || Number(a.source === "clinic") - Number(b.source === "clinic") || a.code.localeCompare(b.code)));
}

/** One version with its steps and the list of all versions of the same protocol. */
export async function getProtocol(db: DbOrTx, id: string): Promise<ProtocolDetail | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const [row] = await db.execute<ProtocolDetail>(sql`
    select p.id, p.code, p.version, p.name, p.source, p.status, jsonb_array_length(p.lines)::int as steps, u.display_name as "createdByName",
      p.description, p.lines, p.created_at as "createdAt",
      (select json_agg(json_build_object('id', v.id, 'version', v.version, 'status', v.status, 'createdAt', v.created_at, 'createdByName', vu.display_name) order by v.version desc)
         from protocols v left join users vu on vu.id = v.created_by where v.code = p.code) as versions
    from protocols p left join users u on u.id = p.created_by where p.id = ${id}`);
  return row ?? null;
}
