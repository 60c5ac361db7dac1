import { subtractIntervals, type Interval } from "./intervals";
import { atLocal, datesBetween, isoWeekday } from "./zoned";

/** A recurring weekly rule as stored: wall-clock times in the clinic's zone. */
export interface WeeklyRule {
  clinicianId: string;
  locationId: string;
  weekday: number; // 1 = Monday … 7 = Sunday
  startTime: string; // "09:00" or "09:00:00"
  endTime: string;
}

/** Time off on one date: the whole day, or the hours given (a half day). */
export interface AvailabilityException {
  clinicianId: string;
  date: string;
  allDay: boolean;
  startTime?: string | null;
  endTime?: string | null;
}

export interface AvailableWindow extends Interval {
  clinicianId: string;
  locationId: string;
  date: string;
}

/**
 * Expand weekly rules into concrete windows for each local date in [from, to], minus exceptions.
 * Each day is converted on its own, so 09:00 stays 09:00 local in the week the clocks change.
 */
export function expandAvailability(input: {
  rules: readonly WeeklyRule[];
  exceptions: readonly AvailabilityException[];
  from: string;
  to: string;
  timeZone: string;
}): AvailableWindow[] {
  const out: AvailableWindow[] = [];
  for (const date of datesBetween(input.from, input.to)) {
    const weekday = isoWeekday(date);
    for (const rule of input.rules) {
      if (rule.weekday !== weekday) continue;
      const window: Interval = { start: atLocal(date, rule.startTime, input.timeZone), end: atLocal(date, rule.endTime, input.timeZone) };
      if (window.end <= window.start) continue;
      const off = input.exceptions.filter((e) => e.clinicianId === rule.clinicianId && e.date === date);
      if (off.some((e) => e.allDay)) continue;
      const cuts = off.flatMap((e) => (e.startTime && e.endTime
        ? [{ start: atLocal(date, e.startTime, input.timeZone), end: atLocal(date, e.endTime, input.timeZone) }]
        : []));
      for (const piece of subtractIntervals(window, cuts)) {
        out.push({ ...piece, clinicianId: rule.clinicianId, locationId: rule.locationId, date });
      }
    }
  }
  return out.sort((a, b) => a.start.getTime() - b.start.getTime() || a.clinicianId.localeCompare(b.clinicianId));
}
