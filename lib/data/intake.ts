import "server-only";
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import type { Caller } from "@/lib/auth/caller";
import type { IntakeDraftAnswers } from "@/lib/validation/intake";
import { patientScope } from "./patients";

export type IntakeForReview = {
  id: string;
  patientId: string;
  episodeId: string;
  episodeTitle: string;
  status: string;
  version: number;
  answers: IntakeDraftAnswers;
  submittedAt: string | null;
  acceptedAt: string | null;
  acceptedByName: string | null;
  revisions: { version: number; changedAt: string; changedByName: string; fields: string[] }[];
  findings: { id: string; flagId: string; action: string; reasons: string[]; restricts: string[]; acknowledgedAt: string | null; acknowledgedByName: string | null; acknowledgement: string | null; needsClarification: boolean }[];
};

/** An intake with its revision trail and red-flag findings (clinical roles only; the page checks). */
export async function getIntakeForReview(db: DbOrTx, caller: Caller, patientId: string, intakeId: string): Promise<IntakeForReview | null> {
  if (!/^[0-9a-f-]{36}$/i.test(intakeId)) return null;
  const rows = await db.execute<IntakeForReview>(sql`
    select i.id, i.patient_id as "patientId", i.episode_id as "episodeId", e.title as "episodeTitle", i.status, i.version, i.answers,
      i.submitted_at as "submittedAt", i.accepted_at as "acceptedAt", acc.display_name as "acceptedByName",
      coalesce((select json_agg(json_build_object('version', r.version, 'changedAt', r.changed_at, 'changedByName', u.display_name,
                 'fields', r.fields) order by r.version desc)
               from intake_revisions r join users u on u.id = r.changed_by where r.intake_id = i.id), '[]') as revisions,
      coalesce((select json_agg(json_build_object('id', f.id, 'flagId', f.flag_id, 'action', f.action, 'reasons', f.reasons,
                 'restricts', f.restricts, 'acknowledgedAt', f.acknowledged_at, 'acknowledgedByName', au.display_name,
                 'acknowledgement', f.acknowledgement, 'needsClarification', f.needs_clarification = 'yes') order by f.raised_at)
               from red_flag_findings f left join users au on au.id = f.acknowledged_by where f.episode_id = i.episode_id), '[]') as findings
    from intakes i join episodes e on e.id = i.episode_id join patients p on p.id = i.patient_id
    left join users acc on acc.id = i.accepted_by
    where i.id = ${intakeId} and i.patient_id = ${patientId} and ${patientScope(caller)}`);
  return rows[0] ?? null;
}

export type PortalIntake = { id: string; status: string; version: number; answers: IntakeDraftAnswers; patientFirstName: string };

/** A patient's own intake: scope in the WHERE clause, staff-only answers removed before it leaves the server. */
export async function getPortalIntake(db: DbOrTx, caller: Caller, intakeId: string): Promise<PortalIntake | null> {
  if (!/^[0-9a-f-]{36}$/i.test(intakeId)) return null;
  const rows = await db.execute<PortalIntake>(sql`
    select i.id, i.status, i.version, i.answers - 'staffNotes' as answers, coalesce(p.preferred_name, p.legal_first_name) as "patientFirstName"
    from intakes i join patients p on p.id = i.patient_id
    where i.id = ${intakeId} and ${patientScope(caller)}`);
  return rows[0] ?? null;
}

/** Intakes waiting for the signed-in patient (or the minors they act for). */
export async function listMyOpenIntakes(db: DbOrTx, caller: Caller): Promise<{ id: string; status: string; patientFirstName: string }[]> {
  const rows = await db.execute<{ id: string; status: string; patientFirstName: string }>(sql`
    select i.id, i.status, coalesce(p.preferred_name, p.legal_first_name) as "patientFirstName"
    from intakes i join patients p on p.id = i.patient_id
    where ${patientScope(caller)} and i.status in ('requested', 'draft', 'submitted')
    order by i.created_at desc`);
  return [...rows];
}
