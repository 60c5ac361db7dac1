import "server-only";
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";

export type DashboardCounts = {
  activePatients: number;
  portalAccounts: number;
  activeStaff: number;
  heldMessages: number;
}

/** Headline counts for the staff home in one statement. */
export async function getDashboardCounts(db: DbOrTx): Promise<DashboardCounts> {
  const [row] = await db.execute<DashboardCounts>(sql`
    select (select count(*)::int from patients where status = 'active') as "activePatients",
      (select count(*)::int from users where kind = 'patient' and active and password_hash is not null) as "portalAccounts",
      (select count(*)::int from users where kind = 'staff' and active) as "activeStaff",
      (select count(*)::int from outbox_messages where status in ('held', 'failed')) as "heldMessages"`);
  return row;
}

export type IntakeToReview = { intakeId: string; patientId: string; patientName: string; episodeTitle: string; submittedAt: string };

/** Intakes patients have sent that no clinician has accepted yet, oldest first (clinical roles). */
export async function listIntakesToReview(db: DbOrTx, limit = 20): Promise<IntakeToReview[]> {
  const rows = await db.execute<IntakeToReview>(sql`
    select i.id as "intakeId", p.id as "patientId", p.legal_first_name || ' ' || p.legal_last_name as "patientName",
      e.title as "episodeTitle", i.submitted_at as "submittedAt"
    from intakes i join patients p on p.id = i.patient_id join episodes e on e.id = i.episode_id
    where i.status = 'submitted' and p.status not in ('voided', 'merged')
    order by i.submitted_at limit ${limit}`);
  return [...rows];
}
