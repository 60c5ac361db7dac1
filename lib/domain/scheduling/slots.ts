import { overlaps, type Interval } from "./intervals";
import type { AvailableWindow } from "./availability";

export interface Slot extends Interval {
  clinicianId: string;
  locationId: string;
}

const MINUTE = 60_000;

/**
 * Bookable starts of `durationMinutes` inside the windows, stepping every `stepMinutes` from each
 * window's start, skipping any that overlap busy time (the clinician's, the room's or the
 * patient's appointments, passed in already filtered to whoever matters) or start before `notBefore`.
 */
export function generateSlots(input: {
  windows: readonly AvailableWindow[];
  busy: readonly (Interval & { clinicianId?: string | null })[];
  durationMinutes: number;
  stepMinutes?: number;
  notBefore?: Date;
}): Slot[] {
  const step = Math.max(5, input.stepMinutes ?? 15) * MINUTE;
  const length = input.durationMinutes * MINUTE;
  if (length <= 0) return [];
  const out: Slot[] = [];
  for (const w of input.windows) {
    // busy time applies to this window when it belongs to the clinician or to everyone (room, patient)
    const busy = input.busy.filter((b) => !b.clinicianId || b.clinicianId === w.clinicianId);
    for (let t = w.start.getTime(); t + length <= w.end.getTime(); t += step) {
      const slot = { start: new Date(t), end: new Date(t + length) };
      if (input.notBefore && slot.start < input.notBefore) continue;
      if (busy.some((b) => overlaps(slot, b))) continue;
      out.push({ ...slot, clinicianId: w.clinicianId, locationId: w.locationId });
    }
  }
  return out.sort((a, b) => a.start.getTime() - b.start.getTime() || a.clinicianId.localeCompare(b.clinicianId));
}

/** The busy intervals a proposed time collides with (empty = free). */
export function conflictsWith<T extends Interval>(proposed: Interval, busy: readonly T[]): T[] {
  return busy.filter((b) => overlaps(proposed, b));
}

/**
 * The free slots nearest in time to what was asked for (either side), for "that slot was just
 * taken" and for series conflicts. Ties go to the later slot, which is usually what people want.
 */
export function nearestAlternatives<S extends Slot>(requested: Date, slots: readonly S[], count = 3): S[] {
  return slots
    .map((s) => ({ s, d: Math.abs(s.start.getTime() - requested.getTime()), later: s.start >= requested }))
    .sort((a, b) => a.d - b.d || Number(b.later) - Number(a.later))
    .slice(0, count)
    .map((x) => x.s)
    .sort((a, b) => a.start.getTime() - b.start.getTime());
}
