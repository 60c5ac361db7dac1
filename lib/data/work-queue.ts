import "server-only";
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import type { Caller } from "@/lib/auth/caller";
import { queueItems, type QueueItem } from "@/lib/domain/care-plans/queue";
import { todayIn } from "@/lib/validation/dates";
import { PROGRESS_COLUMNS, toProgress, type ProgressRow } from "./care-plans";
import { patientScope } from "./patients";
import { getClinicSettings } from "./settings";

export type WorkQueueRow = QueueItem & { phone: string | null; email: string | null; mrn: string };

type PlanRow = ProgressRow & {
  patientId: string; patientName: string; phone: string | null; email: string | null; mrn: string; createdAt: string;
  lastActivityAt: string | null; reexamBooked: boolean; lastContactAt: string | null; hasFuture: boolean;
};
type NoShowRow = {
  appointmentId: string; patientId: string; patientName: string; phone: string | null; email: string | null; mrn: string;
  episodeId: string | null; startsAt: string; rebooked: boolean; lastContactAt: string | null;
};

const RE_EXAM_TYPE = "(t.name ~* 're-?exam')";

/**
 * The front desk's work queue at `now` (passed in: re-exam due and drop-off depend on it): patients
 * whose active plan has visits not booked, re-exams due, no-shows to rebook, and people who dropped
 * off. Progress only — no clinical content is selected.
 */
export async function getWorkQueue(db: DbOrTx, caller: Caller, opts: { now: Date }): Promise<WorkQueueRow[]> {
  const settings = await getClinicSettings(db);
  const now = opts.now.toISOString();
  const [plans, noShows] = await Promise.all([
    db.execute<PlanRow>(sql`
      select ${PROGRESS_COLUMNS(opts.now, settings.timeZone)},
        p.id as "patientId", p.legal_last_name || ', ' || p.legal_first_name as "patientName", p.phone, p.email, p.mrn,
        cp.created_at as "createdAt",
        greatest(
          (select max(v.starts_at) from visits v where v.episode_id = cp.episode_id and v.status <> 'cancelled' and v.starts_at <= ${now}),
          (select max(a.starts_at) from appointments a where a.patient_id = cp.patient_id and a.status in ('booked', 'arrived', 'completed') and a.starts_at <= ${now})
        ) as "lastActivityAt",
        exists (select 1 from appointments a join appointment_types t on t.id = a.appointment_type_id
                where a.patient_id = cp.patient_id and a.status in ('booked', 'arrived') and a.starts_at > ${now} and ${sql.raw(RE_EXAM_TYPE)}) as "reexamBooked",
        (select max(c.contacted_at) from queue_contacts c where c.patient_id = cp.patient_id and c.kind = 'dropped_off') as "lastContactAt",
        exists (select 1 from appointments a where a.patient_id = cp.patient_id and a.status in ('booked', 'arrived') and a.starts_at > ${now}) as "hasFuture"
      from care_plans cp join episodes e on e.id = cp.episode_id join patients p on p.id = cp.patient_id
      where cp.is_current and cp.status = 'active' and e.status = 'open' and ${patientScope(caller)}`),
    db.execute<NoShowRow>(sql`
      select a.id as "appointmentId", p.id as "patientId", p.legal_last_name || ', ' || p.legal_first_name as "patientName", p.phone, p.email, p.mrn,
        a.episode_id as "episodeId", a.starts_at as "startsAt",
        exists (select 1 from appointments b where b.patient_id = a.patient_id and b.status in ('booked', 'arrived', 'completed')
                and b.starts_at > a.starts_at and b.created_at >= a.starts_at) as rebooked,
        (select max(c.contacted_at) from queue_contacts c where c.patient_id = a.patient_id and c.kind = 'no_show') as "lastContactAt"
      from appointments a join patients p on p.id = a.patient_id
      where a.status = 'no_show' and a.starts_at <= ${now} and a.starts_at > ${new Date(opts.now.getTime() - 61 * 86_400_000).toISOString()} and ${patientScope(caller)}`),
  ]);
  const today = todayIn(settings.timeZone, opts.now);
  const contact = new Map<string, { phone: string | null; email: string | null; mrn: string }>();
  for (const r of [...plans, ...noShows]) contact.set(r.patientId, { phone: r.phone, email: r.email, mrn: r.mrn });
  const items = queueItems({
    now: opts.now,
    dropOffDays: settings.dropOffDays,
    plans: [...plans].map((r) => {
      const progress = toProgress(r, today);
      const label = progress.reexam.atVisit !== null && progress.done + 1 >= progress.reexam.atVisit
        ? `Re-exam due at visit ${progress.reexam.atVisit}`
        : `Re-exam due by ${progress.reexam.byDate}`;
      return {
        patientId: r.patientId, patientName: r.patientName, episodeId: r.episodeId, planStatus: r.status,
        planned: progress.planned, done: progress.done, booked: progress.booked,
        reexamDue: progress.reexam.due, reexamDueLabel: label, reexamBooked: r.reexamBooked,
        lastActivityAt: r.lastActivityAt ? new Date(r.lastActivityAt) : null, planCreatedAt: new Date(r.createdAt),
        hasFutureAppointment: r.hasFuture,
        lastContactAt: r.lastContactAt ? new Date(r.lastContactAt) : null,
      };
    }),
    noShows: [...noShows].map((r) => ({
      appointmentId: r.appointmentId, patientId: r.patientId, patientName: r.patientName, episodeId: r.episodeId,
      startsAt: new Date(r.startsAt), rebooked: r.rebooked, lastContactAt: r.lastContactAt ? new Date(r.lastContactAt) : null,
    })),
  });
  return items.map((i) => ({ ...i, ...contact.get(i.patientId)! }));
}
