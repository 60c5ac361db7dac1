/**
 * Plan-of-care arithmetic (DOMAIN.md §5.1–5.2): planned visits from phases, where the patient is in
 * the plan, what is left, and when the next re-examination falls due. Plain values in, plain out.
 */

export interface Phase { visitsPerWeek: number; weeks: number }

const DAY_MS = 86_400_000;

/** planned_visits = Σ(frequency × weeks) over the phases. */
export function plannedVisits(phases: readonly Phase[]): number {
  return phases.reduce((sum, p) => sum + Math.max(0, p.visitsPerWeek) * Math.max(0, p.weeks), 0);
}

/** The plan as one count per week, e.g. 3×2, 2×3, 1×2 → [3, 3, 2, 2, 2, 1, 1]. */
export function weeklyCounts(phases: readonly Phase[]): number[] {
  return phases.flatMap((p) => Array.from({ length: Math.max(0, p.weeks) }, () => Math.max(0, p.visitsPerWeek)));
}

/** Visits still to be booked: never negative, even when the patient came more often than planned. */
export function visitsRemaining(input: { planned: number; done: number; booked: number }): number {
  return Math.max(0, input.planned - input.done - input.booked);
}

/**
 * Which phase the patient is in, counted by visits: the first phase whose cumulative visits are not
 * yet all done. Past the end of the plan it is the last phase (index = phases.length - 1, finished).
 */
export function currentPhase(phases: readonly Phase[], visitsDone: number): { index: number; phase: Phase; finished: boolean } | null {
  if (phases.length === 0) return null;
  let cumulative = 0;
  for (let i = 0; i < phases.length; i++) {
    cumulative += phases[i].visitsPerWeek * phases[i].weeks;
    if (visitsDone < cumulative) return { index: i, phase: phases[i], finished: false };
  }
  return { index: phases.length - 1, phase: phases[phases.length - 1], finished: true };
}

/**
 * The weeks still to book, as counts per week: the visits already done or booked use up the plan
 * from its start, so a plan of [3, 3, 2] with 4 visits taken leaves [2, 2].
 */
export function remainingWeeklyCounts(phases: readonly Phase[], taken: number): number[] {
  let left = Math.max(0, taken);
  const out: number[] = [];
  for (const count of weeklyCounts(phases)) {
    const used = Math.min(count, left);
    left -= used;
    if (count - used > 0) out.push(count - used);
  }
  return out;
}

export function addDaysIso(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  return new Date(d.getTime() + days * DAY_MS).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

export interface ReexamInput {
  everyVisits: number | null;
  everyDays: number | null;
  /** plan start (used when no examination has happened yet) */
  startDate: string;
  /** completed visits of the episode so far */
  visitsDone: number;
  /** the last initial exam or re-exam: its local date and its visit number within the episode (1-based) */
  lastExam: { date: string; visitNumber: number } | null;
  /** the clinic's today (local date) */
  today: string;
}

export interface ReexamDue {
  /** the visit number at which the re-exam falls due, when counted by visits */
  atVisit: number | null;
  /** the date by which it falls due, when counted by days */
  byDate: string | null;
  /** the next visit should be the re-exam (by visits) or the date has come (by days) */
  due: boolean;
}

/**
 * Next re-exam: every N visits or every N days after the last exam, whichever comes first
 * (chiropractic default: 12 visits or 30 days). Without an exam yet, counting starts at the plan start.
 */
export function nextReexam(input: ReexamInput): ReexamDue {
  const fromVisit = input.lastExam?.visitNumber ?? 0;
  const fromDate = input.lastExam?.date ?? input.startDate;
  const atVisit = input.everyVisits ? fromVisit + input.everyVisits : null;
  const byDate = input.everyDays ? addDaysIso(fromDate, input.everyDays) : null;
  const dueByVisits = atVisit !== null && input.visitsDone + 1 >= atVisit;
  const dueByDays = byDate !== null && byDate <= input.today;
  return { atVisit, byDate, due: dueByVisits || dueByDays };
}

/** Outcome measures whose cadence has come round: visits since the measure was last completed. */
export function outcomeMeasuresDue(
  measures: readonly { measure: string; everyVisits: number }[],
  lastCompletedAtVisit: Readonly<Record<string, number>>,
  visitsDone: number,
): string[] {
  return measures.filter((m) => visitsDone - (lastCompletedAtVisit[m.measure] ?? 0) >= m.everyVisits).map((m) => m.measure);
}
