/**
 * Which waitlisted patients fit a free slot, best first. Preferences are wall-clock in the clinic
 * zone (a 07:00–10:00 window means local time, whatever the season). Empty preferences mean "any".
 */
import { isoWeekday, minutesOf, wallClock } from "@/lib/domain/scheduling/zoned";

export interface WaitlistPreference {
  entryId: string;
  clinicianIds: string[];
  weekdays: number[];
  timeWindows: { start: string; end: string }[];
  appointmentTypeId: string | null;
  createdAt: Date;
}

export interface SlotToFill {
  clinicianId: string;
  startsAt: Date;
  endsAt: Date;
  appointmentTypeId: string | null;
}

/** How well an entry fits (higher is better), or null when it does not fit at all. */
export function matchScore(pref: WaitlistPreference, slot: SlotToFill, timeZone: string): number | null {
  if (pref.clinicianIds.length > 0 && !pref.clinicianIds.includes(slot.clinicianId)) return null;
  if (pref.appointmentTypeId && slot.appointmentTypeId && pref.appointmentTypeId !== slot.appointmentTypeId) return null;
  const start = wallClock(slot.startsAt, timeZone);
  const end = wallClock(slot.endsAt, timeZone);
  if (pref.weekdays.length > 0 && !pref.weekdays.includes(isoWeekday(start.date))) return null;
  // a slot that runs past local midnight never fits a same-day window
  const endMinutes = end.date === start.date ? end.minutes : 24 * 60;
  if (pref.timeWindows.length > 0 && !pref.timeWindows.some((w) => minutesOf(w.start) <= start.minutes && endMinutes <= minutesOf(w.end))) return null;
  return (pref.clinicianIds.length > 0 ? 4 : 0) + (pref.appointmentTypeId ? 2 : 0) + (pref.weekdays.length > 0 || pref.timeWindows.length > 0 ? 1 : 0);
}

/** Entries that fit the slot: the most specific first (asked for this clinician, this type, this time), then the longest waiting. */
export function rankWaitlist<T extends WaitlistPreference>(entries: readonly T[], slot: SlotToFill, timeZone: string): (T & { score: number })[] {
  return entries
    .map((e) => ({ e, score: matchScore(e, slot, timeZone) }))
    .filter((x): x is { e: T; score: number } => x.score !== null)
    .sort((a, b) => b.score - a.score || a.e.createdAt.getTime() - b.e.createdAt.getTime())
    .map((x) => ({ ...x.e, score: x.score }));
}
