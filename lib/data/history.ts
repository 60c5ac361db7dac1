import "server-only";
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import type { Caller } from "@/lib/auth/caller";
import type { HistoryData } from "@/lib/validation/history";
import { patientScope } from "./patients";

export type PatientHistory = { data: Partial<HistoryData>; version: number; updatedAt: string | null; updatedByName: string | null };

/** The patient's history (version 0 when none was recorded yet). */
export async function getHistory(db: DbOrTx, caller: Caller, patientId: string): Promise<PatientHistory | null> {
  const rows = await db.execute<{ found: boolean; data: Partial<HistoryData> | null; version: number | null; updatedAt: string | null; updatedByName: string | null }>(sql`
    select true as found, h.data, h.version, h.updated_at as "updatedAt", u.display_name as "updatedByName"
    from patients p left join patient_histories h on h.patient_id = p.id left join users u on u.id = h.updated_by
    where p.id = ${patientId} and ${patientScope(caller)}`);
  const r = rows[0];
  if (!r) return null;
  return { data: r.data ?? {}, version: r.version ?? 0, updatedAt: r.updatedAt, updatedByName: r.updatedByName };
}
