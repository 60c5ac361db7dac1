/**
 * Home-exercise adherence from the patient's logs: per week, per item and overall, plus the drop-off and
 * pain-rule flags the clinician's worklist shows. Dates are "yyyy-mm-dd" in the patient's time zone.
 *
 * Counting rules (the why):
 * - A planned session is one performance of one item; an item plans timesPerDay × daysPerWeek a week.
 *   A week only partly inside the program (first week, the current week, the last week, an item added
 *   mid-week) plans that pro rata by its days: 3 days a week over 2 days is 6/7 of a session, because the
 *   plan never said which days, and "you missed 2 of 2" would be unfair on a Saturday start.
 * - A log earns sets done / sets prescribed, at most 1 (extra sets do not make up for a missed day);
 *   a day earns at most timesPerDay per item; a week earns at most what it planned per item. So nothing
 *   exceeds 100 %, and adding a log never lowers any figure.
 * - Percentages are rounded down: 100 % means everything planned so far was done.
 */
import { dateOf, dayNumber, dayOf, weekdayOf } from "@/lib/domain/hep/dates";
import { PAIN_RULE_MAX_ACCEPTABLE } from "@/lib/domain/hep/pain-rule";

export interface AdherenceItem {
  itemId: string;
  sets: number;
  timesPerDay: number;
  daysPerWeek: number;
  /** First / last day the line is in the program, inclusive (an item added or stopped mid-program). */
  startDate?: string;
  endDate?: string;
  /** Logged pain above this breaks the pain rule: 3 by default (§6.1), 5 for self-massage (§6.5). */
  painMaxAcceptable?: number;
}

/** One logged session. Pass a patient's logs in the order they were made (the pain trend reads it within a day). */
export interface AdherenceLog {
  date: string;
  itemId: string;
  setsDone: number;
  /** Pain during the exercise, NPRS 0–10; null when not given. */
  pain?: number | null;
}

export interface AdherenceOptions {
  programStart: string;
  programEnd?: string;
  /** The patient's today, inclusive: today's sessions are planned, so the figure rises as they log. */
  asOf: string;
  /** 0 = Sunday … 6 = Saturday, or weeks counted from the program start. Default Monday (ISO). */
  weekStartsOn?: number | "PROGRAM_START";
  /** Flag a drop-off after this many days in a row without any log. */
  dropOffDays?: number;
  /** The clinician reviewed the pain flags up to this date: only later sessions can raise a new one. */
  reviewedThrough?: string;
}

export interface AdherenceFigure {
  planned: number;
  done: number;
  /** 0–100, rounded down; null when nothing was planned yet. */
  percent: number | null;
}

export interface WeekAdherence extends AdherenceFigure {
  /** The week's first day, and the days of it inside the program so far. */
  weekStart: string;
  from: string;
  to: string;
  days: number;
}

export interface DropOff {
  flagged: boolean;
  daysWithoutLog: number;
  lastLogDate: string | null;
  thresholdDays: number;
}

export interface PainFlag {
  itemId: string;
  action: "REVIEW_WITH_CLINICIAN";
  threshold: number;
  /** The most recent two consecutive sessions above the threshold, oldest first. */
  sessions: [{ date: string; pain: number }, { date: string; pain: number }];
}

export interface AdherenceReport {
  weeks: WeekAdherence[];
  overall: AdherenceFigure;
  items: (AdherenceFigure & { itemId: string })[];
  dropOff: DropOff;
  painFlags: PainFlag[];
  /** Logs not counted: unknown item, not a date, outside the item's days, after asOf, impossible numbers. */
  ignoredLogs: number;
}

export const DEFAULT_DROP_OFF_DAYS = 7;

interface Span {
  from: number;
  to: number;
}

const round2 = (n: number) => Math.round(n * 100) / 100;
const percentOf = (done: number, planned: number): number | null =>
  planned > 0 ? Math.min(100, Math.floor((100 * done) / planned + 1e-9)) : null;
const figure = (planned: number, done: number): AdherenceFigure => ({ planned: round2(planned), done: round2(done), percent: percentOf(done, planned) });

/** The program's days so far: programStart … min(programEnd, asOf). Empty (to < from) before the start. */
function programSpan(o: AdherenceOptions): Span {
  const end = o.programEnd ? Math.min(dayOf(o.programEnd), dayOf(o.asOf)) : dayOf(o.asOf);
  return { from: dayOf(o.programStart), to: end };
}

function itemSpan(item: AdherenceItem, program: Span): Span {
  return {
    from: Math.max(program.from, item.startDate ? dayOf(item.startDate) : program.from),
    to: Math.min(program.to, item.endDate ? dayOf(item.endDate) : program.to),
  };
}

interface UsableLog {
  day: number;
  log: AdherenceLog;
  item: AdherenceItem;
}

/** Logs that count, with their day numbers, in input order. */
function usableLogs(items: readonly AdherenceItem[], logs: readonly AdherenceLog[], o: AdherenceOptions): { usable: UsableLog[]; ignored: number } {
  const program = programSpan(o);
  const byId = new Map(items.map((i) => [i.itemId, i]));
  const usable: UsableLog[] = [];
  for (const log of logs) {
    const item = byId.get(log.itemId);
    const day = dayNumber(log.date);
    const painOk = log.pain == null || (Number.isInteger(log.pain) && log.pain >= 0 && log.pain <= 10);
    if (!item || day === undefined || !painOk || !Number.isInteger(log.setsDone) || log.setsDone < 0) continue;
    const span = itemSpan(item, program);
    if (day < span.from || day > span.to) continue;
    usable.push({ day, log, item });
  }
  return { usable, ignored: logs.length - usable.length };
}

function weekStartOf(day: number, startsOn: number): number {
  return day - ((weekdayOf(day) - startsOn + 7) % 7);
}

/** Per-week, per-item and overall adherence (see the counting rules at the top of the file). */
export function computeAdherence(items: readonly AdherenceItem[], logs: readonly AdherenceLog[], o: AdherenceOptions): Pick<AdherenceReport, "weeks" | "overall" | "items" | "ignoredLogs"> {
  const program = programSpan(o);
  const { usable, ignored } = usableLogs(items, logs, o);
  // Credit per item per day, capped at timesPerDay.
  const credit = new Map<string, Map<number, number>>(items.map((i) => [i.itemId, new Map()]));
  for (const { day, log, item } of usable) {
    const days = credit.get(item.itemId)!;
    const earned = item.sets > 0 ? Math.min(1, log.setsDone / item.sets) : 0;
    days.set(day, Math.min(item.timesPerDay, (days.get(day) ?? 0) + earned));
  }
  const startsOn = o.weekStartsOn === "PROGRAM_START" ? weekdayOf(program.from) : (o.weekStartsOn ?? 1);
  if (!Number.isInteger(startsOn) || startsOn < 0 || startsOn > 6) throw new Error(`weekStartsOn must be 0–6: ${o.weekStartsOn}`);
  const perItem = new Map(items.map((i) => [i.itemId, { planned: 0, done: 0 }]));
  const weeks: WeekAdherence[] = [];
  const firstWeek = program.to < program.from ? Infinity : weekStartOf(program.from, startsOn);
  for (let ws = firstWeek; ws <= program.to; ws += 7) {
    const week: Span = { from: Math.max(ws, program.from), to: Math.min(ws + 6, program.to) };
    let planned = 0;
    let done = 0;
    for (const item of items) {
      const span = itemSpan(item, program);
      const from = Math.max(week.from, span.from);
      const to = Math.min(week.to, span.to);
      if (to < from) continue;
      const itemPlanned = (item.timesPerDay * item.daysPerWeek * (to - from + 1)) / 7;
      let earned = 0;
      for (let d = from; d <= to; d++) earned += credit.get(item.itemId)!.get(d) ?? 0;
      const itemDone = Math.min(itemPlanned, earned);
      planned += itemPlanned;
      done += itemDone;
      const total = perItem.get(item.itemId)!;
      total.planned += itemPlanned;
      total.done += itemDone;
    }
    weeks.push({ weekStart: dateOf(ws), from: dateOf(week.from), to: dateOf(week.to), days: week.to - week.from + 1, ...figure(planned, done) });
  }
  const totals = [...perItem.values()];
  return {
    weeks,
    overall: figure(totals.reduce((a, t) => a + t.planned, 0), totals.reduce((a, t) => a + t.done, 0)),
    items: items.map((i) => ({ itemId: i.itemId, ...figure(perItem.get(i.itemId)!.planned, perItem.get(i.itemId)!.done) })),
    ignoredLogs: ignored,
  };
}

/**
 * Days in a row, up to asOf (or the program end), without any log. Before the first log the count runs
 * from the program start, so a program started today is not a drop-off but one ignored for a week is.
 * A log of 0 sets ("skipped today") still counts as contact: adherence shows the missing work.
 */
export function dropOff(items: readonly AdherenceItem[], logs: readonly AdherenceLog[], o: AdherenceOptions): DropOff {
  const thresholdDays = o.dropOffDays ?? DEFAULT_DROP_OFF_DAYS;
  const program = programSpan(o);
  const { usable } = usableLogs(items, logs, o);
  const last = usable.reduce<number | null>((m, u) => (m === null || u.day > m ? u.day : m), null);
  const daysWithoutLog = Math.max(0, last === null ? program.to - program.from + 1 : program.to - last);
  return { flagged: daysWithoutLog >= thresholdDays, daysWithoutLog, lastLogDate: last === null ? null : dateOf(last), thresholdDays };
}

/**
 * §6.1 pain rule: pain during an exercise above its acceptable maximum on two consecutive logged sessions
 * of the same item → review with the clinician. Sessions without a pain score are skipped, not treated as
 * pain-free; only sessions after `reviewedThrough` count, so a reviewed flag does not come back.
 * Sessions are ordered by date; two on one day keep the order the caller gives (the order they were logged).
 */
export function painFlags(items: readonly AdherenceItem[], logs: readonly AdherenceLog[], o: AdherenceOptions): PainFlag[] {
  const after = o.reviewedThrough ? dayOf(o.reviewedThrough) : -Infinity;
  const { usable } = usableLogs(items, logs, o);
  const flags: PainFlag[] = [];
  for (const item of items) {
    const threshold = item.painMaxAcceptable ?? PAIN_RULE_MAX_ACCEPTABLE;
    const sessions = usable
      .filter((u) => u.item === item && u.log.pain != null && u.day > after)
      .sort((a, b) => a.day - b.day)
      .map((u) => ({ date: u.log.date, pain: u.log.pain! }));
    let latest: PainFlag["sessions"] | null = null;
    for (let k = 1; k < sessions.length; k++) {
      if (sessions[k - 1].pain > threshold && sessions[k].pain > threshold) latest = [sessions[k - 1], sessions[k]];
    }
    if (latest) flags.push({ itemId: item.itemId, action: "REVIEW_WITH_CLINICIAN", threshold, sessions: latest });
  }
  return flags;
}

/** Everything the program view and the clinician's worklist show, in one call. */
export function adherenceReport(items: readonly AdherenceItem[], logs: readonly AdherenceLog[], o: AdherenceOptions): AdherenceReport {
  return { ...computeAdherence(items, logs, o), dropOff: dropOff(items, logs, o), painFlags: painFlags(items, logs, o) };
}
