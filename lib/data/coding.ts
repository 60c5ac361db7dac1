import "server-only";
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import type { Caller } from "@/lib/auth/caller";
import { patientScope } from "./patients";

import type { BillingRow } from "@/lib/validation/coding";

export type VisitCoding = { diagnoses: { code: string; rank: number }[]; billing: BillingRow[] };

/** Diagnoses and billing lines of a visit, in one query (clinical roles only; the page checks). */
export async function getVisitCoding(db: DbOrTx, caller: Caller, patientId: string, visitId: string): Promise<VisitCoding> {
  const rows = await db.execute<VisitCoding>(visitCodingSql(caller, patientId, visitId));
  return rows[0] ?? { diagnoses: [], billing: [] };
}

/** The query of getVisitCoding, for pages that load several sets in one statement (lib/data/batch.ts). */
export function visitCodingSql(caller: Caller, patientId: string, visitId: string) {
  return sql`
    select
      coalesce((select json_agg(json_build_object('code', d.icd_code, 'rank', d.rank) order by d.rank) from visit_diagnoses d where d.visit_id = v.id), '[]') as diagnoses,
      coalesce((select json_agg(json_build_object('id', b.id, 'code', b.code, 'units', b.units, 'minutes', b.minutes, 'modifiers', b.modifiers,
                'diagnosisPointers', b.diagnosis_pointers) order by b.position) from billing_lines b where b.visit_id = v.id), '[]') as billing
    from visits v join patients p on p.id = v.patient_id
    where v.id = ${visitId} and v.patient_id = ${patientId} and ${patientScope(caller)}`;
}
