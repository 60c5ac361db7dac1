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
    // Set-based: each table is read once for all active plans (grouped by episode or patient), not
    // by one correlated subquery per plan; the cost grows with the active plans, not with the history.
    db.execute<PlanRow>(sql`
      with plans as (
        select cp.id, cp.episode_id, cp.patient_id, cp.version, cp.status, cp.start_date, cp.phases, cp.preferred_times,
          cp.reexam_every_visits, cp.reexam_every_days, cp.created_at, e.title as episode_title,
          p.legal_last_name || ', ' || p.legal_first_name as patient_name, p.phone, p.email, p.mrn
        from care_plans cp join episodes e on e.id = cp.episode_id join patients p on p.id = cp.patient_id
        where cp.is_current and cp.status = 'active' and e.status = 'open' and ${patientScope(caller)}),
      vis as (
        select v.episode_id, v.starts_at, v.status, v.visit_type,
          row_number() over (partition by v.episode_id, v.status = 'completed' order by v.starts_at) as n
        from visits v where v.episode_id in (select episode_id from plans)),
      vagg as (
        select episode_id, count(*) filter (where status = 'completed')::int as done,
          max(starts_at) filter (where status <> 'cancelled' and starts_at <= ${now}) as last_visit
        from vis group by episode_id),
      last_exam as (
        select distinct on (episode_id) episode_id,
          json_build_object('date', to_char(starts_at at time zone ${settings.timeZone}, 'YYYY-MM-DD'), 'visitNumber', n) as last_exam
        from vis where status = 'completed' and visit_type in ('INITIAL_EXAM', 'RE_EXAM') order by episode_id, n desc),
      by_episode as (
        select a.episode_id, count(*)::int as booked, min(a.starts_at) as next_at from appointments a
        where a.episode_id in (select episode_id from plans) and a.status in ('booked', 'arrived') and a.starts_at > ${now}
        group by a.episode_id),
      by_patient as (
        select a.patient_id,
          max(a.starts_at) filter (where a.status in ('booked', 'arrived', 'completed') and a.starts_at <= ${now}) as last_appointment,
          bool_or(a.status in ('booked', 'arrived') and a.starts_at > ${now}) as has_future,
          bool_or(a.status in ('booked', 'arrived') and a.starts_at > ${now} and ${sql.raw(RE_EXAM_TYPE)}) as reexam_booked
        from appointments a join appointment_types t on t.id = a.appointment_type_id
        where a.patient_id in (select patient_id from plans) group by a.patient_id),
      contacts as (
        select c.patient_id, max(c.contacted_at) as last_contact from queue_contacts c
        where c.kind = 'dropped_off' and c.patient_id in (select patient_id from plans) group by c.patient_id)
      select pl.id as "planId", pl.episode_id as "episodeId", pl.episode_title as "episodeTitle", pl.version, pl.status,
        to_char(pl.start_date, 'YYYY-MM-DD') as "startDate", pl.phases, pl.preferred_times as "preferredTimes",
        pl.reexam_every_visits as "reexamEveryVisits", pl.reexam_every_days as "reexamEveryDays",
        coalesce(vagg.done, 0) as done, coalesce(be.booked, 0) as booked, be.next_at as "nextAppointmentAt", le.last_exam as "lastExam",
        pl.patient_id as "patientId", pl.patient_name as "patientName", pl.phone, pl.email, pl.mrn, pl.created_at as "createdAt",
        greatest(vagg.last_visit, bp.last_appointment) as "lastActivityAt", coalesce(bp.reexam_booked, false) as "reexamBooked",
        ct.last_contact as "lastContactAt", coalesce(bp.has_future, false) as "hasFuture"
      from plans pl left join vagg on vagg.episode_id = pl.episode_id left join last_exam le on le.episode_id = pl.episode_id
        left join by_episode be on be.episode_id = pl.episode_id left join by_patient bp on bp.patient_id = pl.patient_id
        left join contacts ct on ct.patient_id = pl.patient_id`),
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
