/**
 * "Book the plan": propose every remaining visit of a care plan on the patient's preferred days and
 * times, check EVERY occurrence (not only the first) against the clinician's availability and the
 * busy time of the clinician, the room and the patient, and offer the nearest free slot for each
 * one that does not fit. Each occurrence is placed on its own local date with atLocal, so a 08:00
 * visit stays 08:00 in the clinic's zone in the week the clocks change.
 */
import type { AvailableWindow } from "./availability";
import { overlaps, within, type Interval } from "./intervals";
import { generateSlots, nearestAlternatives, type Slot } from "./slots";
import { addDays, atLocal, startOfWeek } from "./zoned";

export interface PreferredTime { weekday: number; time: string }

export interface SeriesDate { week: number; date: string; time: string }

export type OccurrenceStatus = "free" | "busy" | "unavailable";

export interface Occurrence extends SeriesDate {
  index: number;
  requested: Interval;
  status: OccurrenceStatus;
  /** for a busy or unavailable occurrence: the nearest free slot, or null when none is left */
  alternative: Slot | null;
}

const MINUTE = 60_000;
/** Weeks a series may run past the plan to fit visits that did not fit their own week. */
const MAX_EXTRA_WEEKS = 4;
const DEFAULT_TIME = "09:00";

/** Pick `count` of `n` ordered candidates, spread out (Mon/Wed/Fri with 2 → Mon, Fri). */
function spread(n: number, count: number): number[] {
  if (count >= n) return Array.from({ length: n }, (_, i) => i);
  if (count === 1) return [0];
  return Array.from({ length: count }, (_, i) => Math.round((i * (n - 1)) / (count - 1)));
}

/**
 * The dates and wall-clock times of the series, week by week from the week of `startDate`.
 * Preferred days come first; a week that needs more visits than preferred days borrows other
 * weekdays (Monday–Friday) at the first preferred time. Visits that no longer fit the first,
 * partly gone week move to the next week.
 */
export function seriesDates(input: { weeklyCounts: readonly number[]; preferred: readonly PreferredTime[]; startDate: string }): SeriesDate[] {
  const preferred = [...input.preferred].sort((a, b) => a.weekday - b.weekday || a.time.localeCompare(b.time));
  const fallbackTime = preferred[0]?.time ?? DEFAULT_TIME;
  const preferredDays = new Set(preferred.map((p) => p.weekday));
  const extraDays = [1, 2, 3, 4, 5].filter((d) => !preferredDays.has(d)).map((weekday) => ({ weekday, time: fallbackTime }));
  const monday = startOfWeek(input.startDate);
  const out: SeriesDate[] = [];
  let carry = 0;
  const weeks = input.weeklyCounts.length;
  for (let w = 0; w < weeks + MAX_EXTRA_WEEKS; w++) {
    const count = (input.weeklyCounts[w] ?? 0) + carry;
    if (w >= weeks && count === 0) break;
    const inWeek = (list: readonly PreferredTime[]) => list
      .map((p) => ({ week: w, date: addDays(monday, 7 * w + p.weekday - 1), time: p.time }))
      .filter((d) => d.date >= input.startDate);
    // one visit a day: the first preferred time of a weekday wins
    const seen = new Set<string>();
    const primary = inWeek(preferred).filter((d) => (seen.has(d.date) ? false : (seen.add(d.date), true)));
    const extra = inWeek(extraDays);
    let chosen = primary.length >= count
      ? spread(primary.length, count).map((i) => primary[i])
      : [...primary, ...extra.slice(0, count - primary.length)];
    chosen = chosen.sort((a, b) => a.date.localeCompare(b.date));
    out.push(...chosen);
    carry = count - chosen.length;
  }
  return out;
}

/** The date span whose availability and busy time a proposal needs (with room for alternatives). */
export function seriesHorizon(dates: readonly SeriesDate[], startDate: string): { from: string; to: string } {
  const last = dates.length ? dates[dates.length - 1].date : startDate;
  return { from: startDate, to: addDays(last, 7) };
}

export function insideAvailability(interval: Interval, windows: readonly Interval[]): boolean {
  return windows.some((w) => within(interval, w));
}

export function proposeSeries(input: {
  dates: readonly SeriesDate[];
  timeZone: string;
  durationMinutes: number;
  /** the clinician's availability (expanded, exceptions applied) over the horizon */
  windows: readonly AvailableWindow[];
  /** live appointments of the clinician, the room and the patient */
  busy: readonly Interval[];
  notBefore: Date;
  stepMinutes?: number;
}): Occurrence[] {
  const length = input.durationMinutes * MINUTE;
  const base = input.dates.map((d, index) => {
    const start = atLocal(d.date, d.time, input.timeZone);
    const requested = { start, end: new Date(start.getTime() + length) };
    let status: OccurrenceStatus = "free";
    if (start < input.notBefore || !insideAvailability(requested, input.windows)) status = "unavailable";
    else if (input.busy.some((b) => overlaps(requested, b))) status = "busy";
    return { ...d, index, requested, status, alternative: null as Slot | null };
  });

  // Free occurrences hold their time; each alternative then claims its slot so no two collide.
  const claimed: Interval[] = base.filter((o) => o.status === "free").map((o) => o.requested);
  const usedDates = new Set(base.filter((o) => o.status === "free").map((o) => o.date));
  const candidates = generateSlots({ windows: input.windows, busy: input.busy, durationMinutes: input.durationMinutes, stepMinutes: input.stepMinutes ?? 15, notBefore: input.notBefore });
  for (const o of base) {
    if (o.status === "free") continue;
    const open = candidates.filter((s) => !usedDates.has(dateOfSlot(s, input.windows)) && !claimed.some((c) => overlaps(s, c)));
    const [best] = nearestAlternatives(o.requested.start, open, 1);
    if (best) {
      o.alternative = best;
      claimed.push(best);
      usedDates.add(dateOfSlot(best, input.windows));
    }
  }
  return base;
}

/** The local date of a slot: the date of the availability window it came from. */
function dateOfSlot(slot: Slot, windows: readonly AvailableWindow[]): string {
  return windows.find((w) => w.clinicianId === slot.clinicianId && within(slot, w))?.date ?? "";
}
