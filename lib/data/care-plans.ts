import "server-only";
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import type { PreferredTime, StoredGoal, StoredOutcomeDue, StoredPhase } from "@/db/schema";
import type { Caller } from "@/lib/auth/caller";
import { hasPermission } from "@/lib/auth/permissions";
import { goalProgress, latestValueFor, type GoalProgress } from "@/lib/domain/care-plans/goals";
import { currentPhase, nextReexam, outcomeMeasuresDue, plannedVisits, visitsRemaining, type ReexamDue } from "@/lib/domain/care-plans/plan";
import { todayIn } from "@/lib/validation/dates";
import { patientScope } from "./patients";

/**
 * What the front desk may see of a plan (DESIGN.md §1): counts, dates, frequencies. Never goals,
 * discharge criteria or anything else clinical — those columns are not even selected here.
 */
export interface CarePlanProgress {
  planId: string;
  episodeId: string;
  episodeTitle: string;
  version: number;
  status: "active" | "completed" | "discontinued";
  startDate: string;
  phases: StoredPhase[];
  preferredTimes: PreferredTime[];
  reexamEveryVisits: number | null;
  reexamEveryDays: number | null;
  planned: number;
  done: number;
  booked: number;
  remaining: number;
  phaseIndex: number | null;
  reexam: ReexamDue;
  nextAppointmentAt: string | null;
}

export type ProgressRow = Omit<CarePlanProgress, "planned" | "remaining" | "phaseIndex" | "reexam"> & {
  lastExam: { date: string; visitNumber: number } | null;
};

/**
 * The counts the chart shows: done = completed visits of the episode; booked = live appointments of
 * the episode still ahead; re-exam counted from the last completed initial exam or re-exam.
 */
export const PROGRESS_COLUMNS = (now: Date, timeZone: string) => sql`
  cp.id as "planId", cp.episode_id as "episodeId", e.title as "episodeTitle", cp.version, cp.status,
  to_char(cp.start_date, 'YYYY-MM-DD') as "startDate", cp.phases, cp.preferred_times as "preferredTimes",
  cp.reexam_every_visits as "reexamEveryVisits", cp.reexam_every_days as "reexamEveryDays",
  (select count(*)::int from visits v where v.episode_id = cp.episode_id and v.status = 'completed') as done,
  (select count(*)::int from appointments a where a.episode_id = cp.episode_id and a.status in ('booked', 'arrived') and a.starts_at > ${now.toISOString()}) as booked,
  (select min(a.starts_at) from appointments a where a.episode_id = cp.episode_id and a.status in ('booked', 'arrived') and a.starts_at > ${now.toISOString()}) as "nextAppointmentAt",
  (select json_build_object('date', to_char(x.starts_at at time zone ${timeZone}, 'YYYY-MM-DD'), 'visitNumber', x.n)
     from (select v.starts_at, v.visit_type, row_number() over (order by v.starts_at) as n
           from visits v where v.episode_id = cp.episode_id and v.status = 'completed') x
     where x.visit_type in ('INITIAL_EXAM', 'RE_EXAM') order by x.n desc limit 1) as "lastExam"`;

export function toProgress(r: ProgressRow, today: string): CarePlanProgress {
  const planned = plannedVisits(r.phases);
  const { lastExam, ...rest } = r;
  return {
    ...rest,
    nextAppointmentAt: r.nextAppointmentAt ? new Date(r.nextAppointmentAt).toISOString() : null,
    planned,
    remaining: visitsRemaining({ planned, done: r.done, booked: r.booked }),
    phaseIndex: currentPhase(r.phases, r.done)?.index ?? null,
    reexam: nextReexam({ everyVisits: r.reexamEveryVisits, everyDays: r.reexamEveryDays, startDate: r.startDate, visitsDone: r.done, lastExam, today }),
  };
}

/** Current plans of a patient's episodes, progress only: safe for every staff role. */
export async function getCarePlanProgress(db: DbOrTx, caller: Caller, patientId: string, opts: { now: Date; timeZone: string }): Promise<CarePlanProgress[]> {
  const rows = await db.execute<ProgressRow>(sql`
    select ${PROGRESS_COLUMNS(opts.now, opts.timeZone)}
    from care_plans cp join episodes e on e.id = cp.episode_id join patients p on p.id = cp.patient_id
    where cp.patient_id = ${patientId} and cp.is_current and ${patientScope(caller)}
    order by e.status = 'open' desc, cp.created_at desc`);
  const today = todayIn(opts.timeZone, opts.now);
  return [...rows].map((r) => toProgress(r, today));
}

export interface PlanVersion {
  id: string;
  episodeId: string;
  version: number;
  isCurrent: boolean;
  status: "active" | "completed" | "discontinued";
  startDate: string;
  phases: StoredPhase[];
  goals: StoredGoal[];
  reexamEveryVisits: number | null;
  reexamEveryDays: number | null;
  outcomeMeasures: StoredOutcomeDue[];
  dischargeCriteria: string;
  preferredTimes: PreferredTime[];
  changeReason: string | null;
  createdByName: string;
  createdAt: string;
}

export interface CarePlanClinical {
  /** every version of every episode's plan, newest first */
  versions: PlanVersion[];
  /** per episode: goal progress of the current version, in goal order */
  goalProgress: Record<string, GoalProgress[]>;
  /** per episode: outcome measures whose cadence has come round */
  outcomesDue: Record<string, string[]>;
}

/**
 * The clinical side of the plans (goals, discharge criteria, history). Returns null for a caller
 * without clinical read access, so a page or an action that forgets to check still leaks nothing.
 */
export async function getCarePlanClinical(db: DbOrTx, caller: Caller, patientId: string): Promise<CarePlanClinical | null> {
  if (!hasPermission(caller.roles, "chart.clinical.read")) return null;
  const [row] = await db.execute<{
    versions: PlanVersion[] | null;
    scores: { episodeId: string; measure: string; score: number; visitNumber: number | null }[] | null;
    done: Record<string, number> | null;
  }>(sql`
    with scoped as (select p.id from patients p where p.id = ${patientId} and ${patientScope(caller)})
    select
      (select json_agg(json_build_object(
         'id', cp.id, 'episodeId', cp.episode_id, 'version', cp.version, 'isCurrent', cp.is_current, 'status', cp.status,
         'startDate', to_char(cp.start_date, 'YYYY-MM-DD'), 'phases', cp.phases, 'goals', cp.goals,
         'reexamEveryVisits', cp.reexam_every_visits, 'reexamEveryDays', cp.reexam_every_days, 'outcomeMeasures', cp.outcome_measures,
         'dischargeCriteria', cp.discharge_criteria, 'preferredTimes', cp.preferred_times, 'changeReason', cp.change_reason,
         'createdByName', u.display_name, 'createdAt', cp.created_at) order by cp.episode_id, cp.version desc)
       from care_plans cp join users u on u.id = cp.created_by join scoped s on s.id = cp.patient_id) as versions,
      -- the latest completed score of each measure per episode, with how many completed visits preceded it
      (select json_agg(json_build_object('episodeId', x.episode_id, 'measure', x.measure, 'score', x.score, 'visitNumber', x.visit_number))
       from (select distinct on (o.episode_id, o.measure) o.episode_id, o.measure, o.score,
               (select count(*)::int from visits v where v.episode_id = o.episode_id and v.status = 'completed' and v.starts_at <= o.completed_at) as visit_number
             from outcome_responses o join scoped s on s.id = o.patient_id
             where o.status = 'completed' and o.score is not null
             order by o.episode_id, o.measure, o.completed_at desc) x) as scores,
      (select json_object_agg(d.episode_id, d.n) from (
         select v.episode_id, count(*)::int as n from visits v join scoped s on s.id = v.patient_id where v.status = 'completed' group by v.episode_id) d) as done`);
  const versions = row?.versions ?? [];
  const scores = row?.scores ?? [];
  const goalProgressByEpisode: Record<string, GoalProgress[]> = {};
  const outcomesDue: Record<string, string[]> = {};
  for (const v of versions.filter((x) => x.isCurrent)) {
    const latest: Record<string, number> = {};
    const atVisit: Record<string, number> = {};
    for (const s of scores.filter((x) => x.episodeId === v.episodeId)) {
      latest[s.measure] = Number(s.score);
      atVisit[s.measure] = s.visitNumber ?? 0;
    }
    goalProgressByEpisode[v.episodeId] = v.goals.map((g) => goalProgress(g, latestValueFor(g, latest)));
    outcomesDue[v.episodeId] = outcomeMeasuresDue(v.outcomeMeasures, atVisit, row?.done?.[v.episodeId] ?? 0);
  }
  return { versions, goalProgress: goalProgressByEpisode, outcomesDue };
}
