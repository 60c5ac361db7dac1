import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LOCKOUT_DURATION_MS, LOCKOUT_WINDOW_MS, lockedUntil } from "@/lib/auth/lockout";

const T = new Date("2026-01-01T10:00:00Z").getTime();
const times = (...minutesAgo: number[]) => minutesAgo.map((m) => new Date(T - m * 60_000));

describe("lockedUntil", () => {
  it("does not lock for fewer than 5 failures", () => {
    expect(lockedUntil(times(0, 1, 2, 3), new Date(T))).toBeNull();
  });
  it("locks for 15 minutes after the 5th failure within 15 minutes", () => {
    expect(lockedUntil(times(0, 1, 2, 3, 4), new Date(T))?.getTime()).toBe(T + LOCKOUT_DURATION_MS);
    expect(lockedUntil(times(0, 1, 2, 3, 4), new Date(T + LOCKOUT_DURATION_MS))).toBeNull();
  });
  it("does not lock when the five failures span more than 15 minutes", () => {
    expect(lockedUntil(times(0, 4, 8, 12, 16), new Date(T))).toBeNull();
  });
  it("never locks beyond 15 minutes after the newest failure (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 60 * 60_000 }), { minLength: 5, maxLength: 12 }), fc.integer({ min: 0, max: 60 * 60_000 }), (agos, later) => {
        const failures = [...agos].sort((a, b) => a - b).map((a) => new Date(T - a));
        const until = lockedUntil(failures, new Date(T + later));
        if (until) {
          expect(until.getTime()).toBe(failures[0].getTime() + LOCKOUT_DURATION_MS);
          expect(failures[0].getTime() - failures[4].getTime()).toBeLessThanOrEqual(LOCKOUT_WINDOW_MS);
        }
      }),
    );
  });
});
