import { wallClock } from "./zoned";

/** "09:30" on the clinic's clock. */
export function clockTime(at: Date | string, timeZone: string): string {
  return wallClock(new Date(at), timeZone).time;
}

/** "Monday 9 March 2026" for a local date (no zone needed: it is already a calendar date). */
export function longDate(date: string): string {
  return new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", weekday: "long", day: "numeric", month: "long", year: "numeric" }).format(new Date(`${date}T12:00:00Z`));
}

/** "Mon 9 Mar" */
export function shortDate(date: string): string {
  return new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", weekday: "short", day: "numeric", month: "short" }).format(new Date(`${date}T12:00:00Z`));
}

/** "Mon 9 Mar 2026, 09:30–10:00" in the clinic zone. */
export function slotLabel(start: Date | string, end: Date | string, timeZone: string): string {
  const s = wallClock(new Date(start), timeZone);
  return `${shortDate(s.date)} ${s.date.slice(0, 4)}, ${s.time}–${clockTime(end, timeZone)}`;
}
