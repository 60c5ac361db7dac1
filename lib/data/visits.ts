import "server-only";
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import type { Caller } from "@/lib/auth/caller";
import { patientScope } from "./patients";

export type VisitRow = {
  id: string; visitType: string; startsAt: string; status: string; clinicianName: string; clinicianCredentials: string | null;
  episodeId: string; episodeTitle: string; cancelReason: string | null;
  noteStatus: "draft" | "signed" | "voided" | null; addendaCount: number; noteSummary: string | null;
};

const VISIT_SELECT = sql`
  select v.id, v.visit_type as "visitType", v.starts_at as "startsAt", v.status, u.display_name as "clinicianName",
    sp.credentials as "clinicianCredentials", v.episode_id as "episodeId", e.title as "episodeTitle", v.cancel_reason as "cancelReason",
    n.status as "noteStatus", (select count(*)::int from note_addenda a where a.note_id = n.id) as "addendaCount",
    left(nullif(n.assessment, ''), 120) as "noteSummary"
  from visits v left join notes n on n.visit_id = v.id join patients p on p.id = v.patient_id join episodes e on e.id = v.episode_id
  join users u on u.id = v.clinician_id left join staff_profiles sp on sp.user_id = u.id`;

/** A patient's visits, newest first, in one query. */
export async function listVisits(db: DbOrTx, caller: Caller, patientId: string): Promise<VisitRow[]> {
  const rows = await db.execute<VisitRow>(sql`${VISIT_SELECT} where v.patient_id = ${patientId} and ${patientScope(caller)} order by v.starts_at desc`);
  return [...rows];
}

export async function getVisit(db: DbOrTx, caller: Caller, patientId: string, visitId: string): Promise<VisitRow | null> {
  if (!/^[0-9a-f-]{36}$/i.test(visitId)) return null;
  const rows = await db.execute<VisitRow>(visitSql(caller, patientId, visitId));
  return rows[0] ?? null;
}

/** The query of getVisit (the id must be a uuid), for pages that load several sets in one statement. */
export function visitSql(caller: Caller, patientId: string, visitId: string) {
  return sql`${VISIT_SELECT} where v.id = ${visitId} and v.patient_id = ${patientId} and ${patientScope(caller)}`;
}
