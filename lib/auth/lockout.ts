/** Pure lockout rule: 5 failures within 15 minutes lock the account for 15 minutes from the 5th. */
export const LOCKOUT_THRESHOLD = 5;
export const LOCKOUT_WINDOW_MS = 15 * 60_000;
export const LOCKOUT_DURATION_MS = 15 * 60_000;

/**
 * @param recentFailures failure times since the last successful sign-in, newest first
 * @returns when the lock ends, or null when not locked
 */
export function lockedUntil(recentFailures: Date[], now: Date): Date | null {
  if (recentFailures.length < LOCKOUT_THRESHOLD) return null;
  const newest = recentFailures[0].getTime();
  const fifth = recentFailures[LOCKOUT_THRESHOLD - 1].getTime();
  if (newest - fifth > LOCKOUT_WINDOW_MS) return null;
  const until = newest + LOCKOUT_DURATION_MS;
  return now.getTime() < until ? new Date(until) : null;
}
