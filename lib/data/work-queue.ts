import "server-only";
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import type { Caller } from "@/lib/auth/caller";
import { queueItems, type QueueItem } from "@/lib/domain/care-plans/queue";
import { todayIn } from "@/lib/validation/dates";
import { toProgress, type ProgressRow } from "./care-plans";
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
    // Per active plan, three index lookups (its episode's visits, its episode's and its patient's appointments)
    // instead of nine correlated subqueries: still one row per active plan, never the whole history.
    db.execute<PlanRow>(sql`
      select cp.id as "planId", cp.episode_id as "episodeId", e.title as "episodeTitle", cp.version, cp.status,
        to_char(cp.start_date, 'YYYY-MM-DD') as "startDate", cp.phases, cp.preferred_times as "preferredTimes",
        cp.reexam_every_visits as "reexamEveryVisits", cp.reexam_every_days as "reexamEveryDays",
        va.done, ae.booked, ae.next_at as "nextAppointmentAt", va.last_exam as "lastExam",
        p.id as "patientId", p.legal_last_name || ', ' || p.legal_first_name as "patientName", p.phone, p.email, p.mrn,
        cp.created_at as "createdAt", greatest(va.last_visit, ap.last_appointment) as "lastActivityAt",
        coalesce(ap.reexam_booked, false) as "reexamBooked", ct.last_contact as "lastContactAt", coalesce(ap.has_future, false) as "hasFuture"
      from care_plans cp join episodes e on e.id = cp.episode_id join patients p on p.id = cp.patient_id
      cross join lateral (
        select count(*) filter (where v.status = 'completed')::int as done,
          max(v.starts_at) filter (where v.status <> 'cancelled' and v.starts_at <= ${now}) as last_visit,
          (select json_build_object('date', to_char(x.starts_at at time zone ${settings.timeZone}, 'YYYY-MM-DD'), 'visitNumber', x.n)
             from (select v2.starts_at, v2.visit_type, row_number() over (order by v2.starts_at) as n
                   from visits v2 where v2.episode_id = cp.episode_id and v2.status = 'completed') x
             where x.visit_type in ('INITIAL_EXAM', 'RE_EXAM') order by x.n desc limit 1) as last_exam
        from visits v where v.episode_id = cp.episode_id) va
      cross join lateral (
        select count(*)::int as booked, min(a.starts_at) as next_at from appointments a
        where a.episode_id = cp.episode_id and a.status in ('booked', 'arrived') and a.starts_at > ${now}) ae
      cross join lateral (
        select max(a.starts_at) filter (where a.status in ('booked', 'arrived', 'completed') and a.starts_at <= ${now}) as last_appointment,
          bool_or(a.status in ('booked', 'arrived') and a.starts_at > ${now}) as has_future,
          bool_or(a.status in ('booked', 'arrived') and a.starts_at > ${now} and ${sql.raw(RE_EXAM_TYPE)}) as reexam_booked
        from appointments a join appointment_types t on t.id = a.appointment_type_id where a.patient_id = cp.patient_id) ap
      cross join lateral (
        select max(c.contacted_at) as last_contact from queue_contacts c where c.patient_id = cp.patient_id and c.kind = 'dropped_off') ct
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
