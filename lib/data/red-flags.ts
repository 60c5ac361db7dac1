import "server-only";
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import type { Caller } from "@/lib/auth/caller";
import { patientScope } from "./patients";

export type RedFlagFindingRow = {
  id: string; flagId: string; action: string; reasons: string[]; restricts: string[]; raisedAt: string; episodeTitle: string;
  acknowledgedAt: string | null; acknowledgedByName: string | null; acknowledgement: string | null; needsClarification: boolean;
};

/** Every red-flag finding of a patient, newest first (clinical roles only; the page checks). */
export async function listRedFlagFindings(db: DbOrTx, caller: Caller, patientId: string): Promise<RedFlagFindingRow[]> {
  const rows = await db.execute<RedFlagFindingRow>(sql`
    select f.id, f.flag_id as "flagId", f.action, f.reasons, f.restricts, f.raised_at as "raisedAt", e.title as "episodeTitle",
      f.acknowledged_at as "acknowledgedAt", u.display_name as "acknowledgedByName", f.acknowledgement,
      f.needs_clarification = 'yes' as "needsClarification"
    from red_flag_findings f join episodes e on e.id = f.episode_id join patients p on p.id = f.patient_id
    left join users u on u.id = f.acknowledged_by
    where f.patient_id = ${patientId} and ${patientScope(caller)}
    order by f.acknowledged_at is null desc, f.raised_at desc`);
  return [...rows];
}
