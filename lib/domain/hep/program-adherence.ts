/**
 * Adherence of a program across its versions, and the sentences built from it: the portal's week, the
 * chart's days and weeks, and the pre-filled line of the next visit's Subjective.
 *
 * A version's lines count from the day it was assigned to the day before the next version was
 * assigned, so a progression neither doubles the plan nor loses the logs made against the old lines.
 */
import { computeAdherence, type AdherenceItem, type AdherenceLog, type WeekAdherence } from "./adherence";
import { addDays, dayOf, weekdayOf } from "./dates";

export interface VersionForAdherence {
  assignedOn: string;
  /** The day the next version was assigned (this one stopped the day before); null while current. */
  supersededOn: string | null;
  items: { itemId: string; sets: number; timesPerDay: number; daysPerWeek: number }[];
}

export interface LogForAdherence extends AdherenceLog {
  done?: boolean;
}

/** Every line of every assigned version as an adherence item with its own first and last day. */
export function itemsAcrossVersions(versions: readonly VersionForAdherence[]): AdherenceItem[] {
  return versions.flatMap((v) => v.items.map((i) => ({
    ...i,
    startDate: v.assignedOn,
    ...(v.supersededOn ? { endDate: addDays(v.supersededOn, -1) } : {}),
  })));
}

export function programStart(versions: readonly VersionForAdherence[]): string | null {
  return versions.reduce<string | null>((m, v) => (m === null || v.assignedOn < m ? v.assignedOn : m), null);
}

const counted = (logs: readonly LogForAdherence[]) => logs.filter((l) => l.done !== false);

/** Weeks (Monday first) of the whole program up to today. */
export function programWeeks(versions: readonly VersionForAdherence[], logs: readonly LogForAdherence[], today: string): WeekAdherence[] {
  const start = programStart(versions);
  if (!start || start > today) return [];
  return computeAdherence(itemsAcrossVersions(versions), counted(logs), { programStart: start, asOf: today }).weeks;
}

export interface WindowSummary {
  from: string;
  to: string;
  /** Sessions, rounded to whole ones for people. */
  done: number;
  planned: number;
  percent: number | null;
  /** Mean logged pain over the window, rounded; null when none was given. */
  pain: number | null;
}

/**
 * Sessions done versus planned over [from, to] (the planned figure covers the whole window, so on a
 * Tuesday the portal shows "3 of 21 this week", not "3 of 6 so far"), with the mean pain logged.
 */
export function windowSummary(versions: readonly VersionForAdherence[], logs: readonly LogForAdherence[], from: string, to: string): WindowSummary {
  const start = programStart(versions);
  const empty = { from, to, done: 0, planned: 0, percent: null, pain: null };
  if (!start || start > to) return empty;
  const windowStart = start > from ? start : from;
  const report = computeAdherence(itemsAcrossVersions(versions), counted(logs), {
    programStart: windowStart, asOf: to, weekStartsOn: weekdayOf(dayOf(from)),
  });
  const inWindow = counted(logs).filter((l) => l.date >= windowStart && l.date <= to && typeof l.pain === "number");
  const pain = inWindow.length ? Math.round(inWindow.reduce((a, l) => a + (l.pain as number), 0) / inWindow.length) : null;
  return { from, to, done: Math.round(report.overall.done), planned: Math.round(report.overall.planned), percent: report.overall.percent, pain };
}

/** Monday of the week that holds `date`. */
export function mondayOf(date: string): string {
  return addDays(date, -((weekdayOf(dayOf(date)) + 6) % 7));
}

/**
 * The line offered in the next visit's Subjective: "Home exercises: completed 9 of 12 sessions in the
 * last 7 days, pain 3/10 after exercises." Null when no program was running in that week.
 */
export function subjectiveSentence(versions: readonly VersionForAdherence[], logs: readonly LogForAdherence[], today: string): string | null {
  const s = windowSummary(versions, logs, addDays(today, -6), today);
  if (s.planned === 0) return null;
  const pain = s.pain === null ? "no pain score logged" : `pain ${s.pain}/10 after exercises`;
  return `Home exercises: completed ${s.done} of ${s.planned} sessions in the last 7 days, ${pain}.`;
}

export interface DayRow {
  date: string;
  sessions: number;
  pain: number | null;
}

/** Sessions logged and mean pain per day, newest first, over the last `days` days up to today. */
export function dailyLog(logs: readonly LogForAdherence[], today: string, days = 14): DayRow[] {
  const rows: DayRow[] = [];
  for (let i = 0; i < days; i++) {
    const date = addDays(today, -i);
    const those = counted(logs).filter((l) => l.date === date);
    const pains = those.filter((l) => typeof l.pain === "number").map((l) => l.pain as number);
    rows.push({ date, sessions: those.length, pain: pains.length ? Math.round((pains.reduce((a, b) => a + b, 0) / pains.length) * 10) / 10 : null });
  }
  return rows;
}
