/**
 * The one clock. Every rule that depends on "now" (idle timeout, lockout, link expiry, and every
 * later date rule) reads it here, so tests can move time instead of waiting.
 * KC_FIXED_NOW (ISO) pins the clock for a whole process, for end-to-end scenarios.
 */
let override: (() => Date) | null = null;

export function now(): Date {
  if (override) return override();
  const fixed = process.env.KC_FIXED_NOW;
  return fixed ? new Date(fixed) : new Date();
}

/** Tests: pin the clock to a date (or a function); null restores real time. */
export function setClock(value: Date | (() => Date) | null): void {
  if (value === null) override = null;
  else if (value instanceof Date) override = () => new Date(value.getTime());
  else override = value;
}

export function advanceClock(ms: number): void {
  const current = now();
  setClock(new Date(current.getTime() + ms));
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;

/** A moment as the clinic's wall clock shows it, e.g. "Sat 21 Nov 2026, 14:05". */
export function formatInZone(at: Date | string, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", { timeZone, weekday: "short", day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" }).format(new Date(at));
}

/** The UTC instant of a wall-clock time ("2026-03-29T09:30") in a zone; daylight-saving aware. */
export function zonedTimeToUtc(local: string, timeZone: string): Date {
  const asUtc = new Date(`${local}:00Z`);
  // The zone's offset at that moment, found by formatting the guess back into the zone (twice, for DST edges).
  let guess = asUtc;
  for (let i = 0; i < 2; i++) {
    const parts = Object.fromEntries(new Intl.DateTimeFormat("en-US", {
      timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit",
    }).formatToParts(guess).map((p) => [p.type, p.value]));
    const shown = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second);
    guess = new Date(guess.getTime() - (shown - asUtc.getTime()));
  }
  return guess;
}
