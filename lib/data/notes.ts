import "server-only";
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import type { Caller } from "@/lib/auth/caller";
import type { NoteContent } from "@/lib/validation/notes";
import { patientScope } from "./patients";

export type VisitNote = NoteContent & {
  id: string; noteType: "INITIAL_EVALUATION" | "DAILY" | "RE_EXAM" | "DISCHARGE"; status: "draft" | "signed" | "voided"; version: number;
  requiresCosign: boolean; authorId: string; authorName: string; voidReason: string | null; authorSupervisorId: string | null;
  authorDiscipline: string | null;
  /** Pain now (0–10) on the episode's previous signed note, shown beside today's (DOMAIN.md §8.1 S). */
  previousNprs: number | null;
  /** Unacknowledged red flags of the episode: the note then needs a referral (or, for a FLAG, reasoning). */
  openRedFlags: { id: string; action: string }[];
  signatures: { role: string; attestation: string; signedAt: string }[];
  addenda: { id: string; kind: string; reason: string; body: string; correctedText: string | null; eventAt: string | null; attestation: string; createdAt: string }[];
};

/** The note of a visit with its signatures and addenda, in one query (clinical roles only; the page checks). */
export async function getVisitNote(db: DbOrTx, caller: Caller, patientId: string, visitId: string): Promise<VisitNote | null> {
  const rows = await db.execute<VisitNote>(visitNoteSql(caller, patientId, visitId));
  return rows[0] ?? null;
}

/** The query of getVisitNote, for pages that load several sets in one statement (lib/data/batch.ts). */
export function visitNoteSql(caller: Caller, patientId: string, visitId: string) {
  return sql`
    select n.id, n.note_type as "noteType", n.status, n.version, n.requires_cosign as "requiresCosign", n.author_id as "authorId",
      u.display_name as "authorName", n.void_reason as "voidReason", sp.supervisor_user_id as "authorSupervisorId",
      n.subjective, n.nprs_now as "nprsNow", n.change_since_last as "changeSinceLast", n.change_percent as "changePercent",
      n.hep_adherence as "hepAdherence", n.objective, n.assessment, n.plan, n.referral_to as "referralTo", n.referral_reason as "referralReason",
      n.red_flag_reasoning as "redFlagReasoning", n.evaluation_complexity as "evaluationComplexity", n.discharge_reason as "dischargeReason",
      n.return_to_sport as "returnToSport", n.recommendations, n.follow_up as "followUp", n.hep_given as "hepGiven", sp.discipline as "authorDiscipline",
      (select pn.nprs_now from notes pn join visits pv on pv.id = pn.visit_id join visits cv on cv.id = n.visit_id
        where pv.episode_id = cv.episode_id and pv.starts_at < cv.starts_at and pn.status = 'signed' and pn.nprs_now is not null
        order by pv.starts_at desc limit 1) as "previousNprs",
      coalesce((select json_agg(json_build_object('id', r.flag_id, 'action', r.action)) from red_flag_findings r join visits v on v.episode_id = r.episode_id
                where v.id = n.visit_id and r.acknowledged_at is null), '[]') as "openRedFlags",
      coalesce((select json_agg(json_build_object('role', s.role, 'attestation', s.attestation, 'signedAt', s.signed_at) order by s.signed_at)
                from note_signatures s where s.note_id = n.id), '[]') as signatures,
      coalesce((select json_agg(json_build_object('id', a.id, 'kind', a.kind, 'reason', a.reason, 'body', a.body, 'correctedText', a.corrected_text,
                 'eventAt', a.event_at, 'attestation', a.attestation, 'createdAt', a.created_at) order by a.created_at)
                from note_addenda a where a.note_id = n.id), '[]') as addenda
    from notes n join patients p on p.id = n.patient_id join users u on u.id = n.author_id
    left join staff_profiles sp on sp.user_id = n.author_id
    where n.visit_id = ${visitId} and n.patient_id = ${patientId} and ${patientScope(caller)}`;
}

export type UnsignedNote = { noteId: string; visitId: string; patientId: string; patientName: string; startsAt: string };

/** The caller's drafts older than 24 hours, for the dashboard (DOMAIN.md §8.2 timeliness). */
export async function listStaleDrafts(db: DbOrTx, caller: Caller, now: Date): Promise<UnsignedNote[]> {
  const rows = await db.execute<UnsignedNote>(sql`
    select n.id as "noteId", n.visit_id as "visitId", n.patient_id as "patientId", p.legal_first_name || ' ' || p.legal_last_name as "patientName", v.starts_at as "startsAt"
    from notes n join visits v on v.id = n.visit_id join patients p on p.id = n.patient_id
    where n.author_id = ${caller.userId} and n.status = 'draft' and v.starts_at < ${new Date(now.getTime() - 86_400_000).toISOString()}
      and p.status not in ('voided', 'merged')
    order by v.starts_at limit 50`);
  return [...rows];
}
