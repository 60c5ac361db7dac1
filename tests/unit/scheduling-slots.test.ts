import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expandAvailability, type WeeklyRule } from "@/lib/domain/scheduling/availability";
import { overlaps, subtractIntervals, within } from "@/lib/domain/scheduling/intervals";
import { generateSlots, nearestAlternatives } from "@/lib/domain/scheduling/slots";
import { addDays, atLocal, isoWeekday, wallClock } from "@/lib/domain/scheduling/zoned";

const NY = "America/New_York";
const weekdays9to5 = (clinicianId = "c1"): WeeklyRule[] =>
  [1, 2, 3, 4, 5].map((weekday) => ({ clinicianId, locationId: "L", weekday, startTime: "09:00:00", endTime: "17:00:00" }));

describe("availability expansion in the clinic zone", () => {
  it("keeps 09:00 local through the week US clocks spring forward (8 March 2026)", () => {
    const w = expandAvailability({ rules: weekdays9to5(), exceptions: [], from: "2026-03-02", to: "2026-03-13", timeZone: NY });
    expect(w).toHaveLength(10);
    for (const x of w) {
      expect(wallClock(x.start, NY).time).toBe("09:00");
      expect(wallClock(x.end, NY).time).toBe("17:00");
    }
    // Friday before is EST (UTC-5), Monday after is EDT (UTC-4)
    expect(w.find((x) => x.date === "2026-03-06")!.start.toISOString()).toBe("2026-03-06T14:00:00.000Z");
    expect(w.find((x) => x.date === "2026-03-09")!.start.toISOString()).toBe("2026-03-09T13:00:00.000Z");
  });

  it("keeps 09:00 local through the week clocks fall back (1 November 2026)", () => {
    const w = expandAvailability({ rules: weekdays9to5(), exceptions: [], from: "2026-10-26", to: "2026-11-06", timeZone: NY });
    expect(w.find((x) => x.date === "2026-10-30")!.start.toISOString()).toBe("2026-10-30T13:00:00.000Z");
    expect(w.find((x) => x.date === "2026-11-02")!.start.toISOString()).toBe("2026-11-02T14:00:00.000Z");
    const slots = generateSlots({ windows: w, busy: [], durationMinutes: 30, stepMinutes: 30 });
    expect(slots.every((s) => wallClock(s.start, NY).minutes >= 9 * 60 && wallClock(s.end, NY).minutes <= 17 * 60)).toBe(true);
    expect(slots.filter((s) => wallClock(s.start, NY).time === "09:00")).toHaveLength(10);
  });

  it("Sunday rules on the DST Sunday itself still start at their wall time", () => {
    const rules: WeeklyRule[] = [{ clinicianId: "c1", locationId: "L", weekday: 7, startTime: "08:00", endTime: "12:00" }];
    const [spring] = expandAvailability({ rules, exceptions: [], from: "2026-03-08", to: "2026-03-08", timeZone: NY });
    const [fall] = expandAvailability({ rules, exceptions: [], from: "2026-11-01", to: "2026-11-01", timeZone: NY });
    expect(spring.start.toISOString()).toBe("2026-03-08T12:00:00.000Z");
    expect(fall.start.toISOString()).toBe("2026-11-01T13:00:00.000Z");
  });

  it("removes all-day exceptions and cuts partial ones (half day)", () => {
    const w = expandAvailability({
      rules: weekdays9to5(),
      exceptions: [
        { clinicianId: "c1", date: "2026-05-04", allDay: true },
        { clinicianId: "c1", date: "2026-05-05", allDay: false, startTime: "13:00", endTime: "17:00" },
        { clinicianId: "other", date: "2026-05-06", allDay: true },
      ],
      from: "2026-05-04", to: "2026-05-06", timeZone: NY,
    });
    expect(w.map((x) => [x.date, wallClock(x.start, NY).time, wallClock(x.end, NY).time])).toEqual([
      ["2026-05-05", "09:00", "13:00"],
      ["2026-05-06", "09:00", "17:00"],
    ]);
  });
});

describe("slot generation", () => {
  const windows = expandAvailability({ rules: weekdays9to5(), exceptions: [], from: "2026-06-01", to: "2026-06-01", timeZone: NY });

  it("skips busy time of the clinician and of everyone (room/patient), and respects duration", () => {
    const busy = [
      { start: new Date("2026-06-01T14:00:00Z"), end: new Date("2026-06-01T14:30:00Z"), clinicianId: "c1" }, // 10:00-10:30 local
      { start: new Date("2026-06-01T15:00:00Z"), end: new Date("2026-06-01T16:00:00Z") }, // patient busy 11-12
      { start: new Date("2026-06-01T13:00:00Z"), end: new Date("2026-06-01T21:00:00Z"), clinicianId: "someone-else" },
    ];
    const slots = generateSlots({ windows, busy, durationMinutes: 60, stepMinutes: 30 });
    const local = slots.map((s) => wallClock(s.start, NY).time);
    expect(local).toEqual(["09:00", "12:00", "12:30", "13:00", "13:30", "14:00", "14:30", "15:00", "15:30", "16:00"]);
  });

  it("does not offer slots in the past", () => {
    const slots = generateSlots({ windows, busy: [], durationMinutes: 30, stepMinutes: 30, notBefore: new Date("2026-06-01T19:10:00Z") });
    expect(slots.map((s) => wallClock(s.start, NY).time)).toEqual(["15:30", "16:00", "16:30"]);
  });

  it("finds the nearest free alternatives either side of a taken time", () => {
    const busy = [{ start: new Date("2026-06-01T15:00:00Z"), end: new Date("2026-06-01T15:30:00Z"), clinicianId: "c1" }];
    const slots = generateSlots({ windows, busy, durationMinutes: 30, stepMinutes: 30 });
    const alts = nearestAlternatives(new Date("2026-06-01T15:00:00Z"), slots, 3);
    expect(alts.map((s) => wallClock(s.start, NY).time)).toEqual(["10:30", "11:30", "12:00"]);
  });
});

// ---- properties ----
const arbTime = fc.integer({ min: 6 * 4, max: 20 * 4 }).map((q) => q * 15); // minutes from midnight, quarter hours
const arbRule = fc.record({ weekday: fc.integer({ min: 1, max: 7 }), a: arbTime, b: arbTime }).filter((r) => r.a !== r.b)
  .map((r) => ({ clinicianId: "c1", locationId: "L", weekday: r.weekday, startTime: hm(Math.min(r.a, r.b)), endTime: hm(Math.max(r.a, r.b)) }));
function hm(m: number) { return `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`; }
const arbStartDate = fc.constantFrom("2026-03-02", "2026-03-05", "2026-10-29", "2026-11-01", "2026-06-15", "2027-03-12");
const arbBusy = (base: string) => fc.array(fc.record({ day: fc.integer({ min: 0, max: 9 }), m: fc.integer({ min: 0, max: 24 * 60 }), len: fc.integer({ min: 5, max: 180 }), mine: fc.boolean() }), { maxLength: 12 })
  .map((xs) => xs.map((x) => {
    const start = new Date(new Date(`${addDays(base, x.day)}T00:00:00Z`).getTime() + (x.m + 4 * 60) * 60_000);
    return { start, end: new Date(start.getTime() + x.len * 60_000), clinicianId: x.mine ? "c1" : null };
  }));

describe("slot properties (fast-check, DST weeks included)", () => {
  it("every slot lies inside availability, never overlaps busy time, has the right length, and is on the right weekday", () => {
    fc.assert(fc.property(
      arbStartDate.chain((d) => fc.tuple(fc.constant(d), fc.array(arbRule, { minLength: 1, maxLength: 6 }), arbBusy(d), fc.constantFrom(15, 30, 45, 60), fc.constantFrom(NY, "Europe/London", "UTC"))),
      ([from, rules, busy, duration, tz]) => {
        const windows = expandAvailability({ rules, exceptions: [{ clinicianId: "c1", date: addDays(from, 2), allDay: false, startTime: "12:00", endTime: "13:00" }], from, to: addDays(from, 9), timeZone: tz });
        const slots = generateSlots({ windows, busy, durationMinutes: duration, stepMinutes: 15 });
        for (const s of slots) {
          expect(s.end.getTime() - s.start.getTime()).toBe(duration * 60_000);
          expect(windows.some((w) => within(s, w))).toBe(true);
          expect(busy.some((b) => overlaps(s, b))).toBe(false);
          const local = wallClock(s.start, tz);
          const rule = rules.filter((r) => r.weekday === isoWeekday(local.date));
          expect(rule.some((r) => local.time >= r.startTime && local.time < r.endTime)).toBe(true);
          const off = { start: atLocal(addDays(from, 2), "12:00", tz), end: atLocal(addDays(from, 2), "13:00", tz) };
          expect(overlaps(s, off)).toBe(false);
        }
      },
    ), { numRuns: 100 });
  });

  it("subtracting intervals leaves pieces inside the original and clear of every cut", () => {
    const arbI = fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 300 })).map(([s, l]) => ({ start: new Date(s * 60_000), end: new Date((s + l) * 60_000) }));
    fc.assert(fc.property(arbI, fc.array(arbI, { maxLength: 8 }), (from, cuts) => {
      const pieces = subtractIntervals(from, cuts);
      for (const p of pieces) {
        expect(within(p, from)).toBe(true);
        expect(cuts.some((c) => overlaps(p, c))).toBe(false);
      }
      const covered = pieces.reduce((n, p) => n + (p.end.getTime() - p.start.getTime()), 0);
      expect(covered).toBeLessThanOrEqual(from.end.getTime() - from.start.getTime());
    }));
  });
});
