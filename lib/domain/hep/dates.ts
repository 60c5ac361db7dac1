/**
 * Calendar-date arithmetic on "yyyy-mm-dd" strings. Exercise logs and plan days are dates in the
 * patient's time zone, already converted by the caller; counting them as UTC day numbers keeps the
 * arithmetic free of time zones and daylight-saving jumps (a day is always one step).
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Days since 1970-01-01, or undefined when the text is not a real calendar date ("2026-02-30"). */
export function dayNumber(date: string): number | undefined {
  const m = ISO_DATE.exec(date);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return undefined;
  return ms / DAY_MS;
}

export function isCalendarDate(date: string): boolean {
  return dayNumber(date) !== undefined;
}

/** Day number of a date the caller guarantees; a malformed one is a programming error. */
export function dayOf(date: string): number {
  const n = dayNumber(date);
  if (n === undefined) throw new Error(`Not a calendar date (yyyy-mm-dd): ${date}`);
  return n;
}

export function dateOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return dateOf(dayOf(date) + days);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: number): number {
  // 1970-01-01 was a Thursday (4).
  return (((day + 4) % 7) + 7) % 7;
}
