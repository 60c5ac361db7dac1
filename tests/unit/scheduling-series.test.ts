import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expandAvailability, type WeeklyRule } from "@/lib/domain/scheduling/availability";
import { overlaps, within } from "@/lib/domain/scheduling/intervals";
import { proposeSeries, seriesDates, seriesHorizon } from "@/lib/domain/scheduling/series";
import { atLocal, isoWeekday, wallClock } from "@/lib/domain/scheduling/zoned";

const NY = "America/New_York";
const rules = (start = "08:00", end = "18:00"): WeeklyRule[] =>
  [1, 2, 3, 4, 5].map((weekday) => ({ clinicianId: "c1", locationId: "L", weekday, startTime: start, endTime: end }));
const MWF = [{ weekday: 1, time: "08:00" }, { weekday: 3, time: "08:00" }, { weekday: 5, time: "17:00" }];

function propose(opts: { weeklyCounts: number[]; startDate: string; busy?: { start: Date; end: Date }[]; notBefore?: Date; preferred?: typeof MWF }) {
  const dates = seriesDates({ weeklyCounts: opts.weeklyCounts, preferred: opts.preferred ?? MWF, startDate: opts.startDate });
  const h = seriesHorizon(dates, opts.startDate);
  const windows = expandAvailability({ rules: rules(), exceptions: [], from: h.from, to: h.to, timeZone: NY });
  return proposeSeries({ dates, timeZone: NY, durationMinutes: 30, windows, busy: opts.busy ?? [], notBefore: opts.notBefore ?? new Date("2026-01-01T00:00:00Z") });
}

describe("series dates from the plan's weekly counts", () => {
  it("lays a 3×2, 2×3, 1×2 plan on Mon/Wed/Fri, spreading two visits to Mon and Fri", () => {
    const dates = seriesDates({ weeklyCounts: [3, 3, 2, 2, 2, 1, 1], preferred: MWF, startDate: "2026-03-02" });
    expect(dates).toHaveLength(14);
    expect(dates.slice(0, 3).map((d) => d.date)).toEqual(["2026-03-02", "2026-03-04", "2026-03-06"]);
    expect(dates.slice(6, 8).map((d) => isoWeekday(d.date))).toEqual([1, 5]);
    expect(dates.at(-1)!.date).toBe("2026-04-13");
  });

  it("moves visits that no longer fit a partly gone first week into the next week", () => {
    // from a Thursday only Friday (preferred) and Thursday (borrowed) are left; the third visit moves on
    const dates = seriesDates({ weeklyCounts: [3, 1], preferred: MWF, startDate: "2026-03-05" });
    expect(dates.map((d) => d.date)).toEqual(["2026-03-05", "2026-03-06", "2026-03-09", "2026-03-13"]);
  });

  it("borrows other weekdays when a week needs more visits than preferred days", () => {
    const dates = seriesDates({ weeklyCounts: [3], preferred: [{ weekday: 2, time: "10:00" }], startDate: "2026-03-02" });
    expect(dates.map((d) => [isoWeekday(d.date), d.time])).toEqual([[1, "10:00"], [2, "10:00"], [3, "10:00"]]);
  });

  it("never puts two visits on one day and always yields the full count (property)", () => {
    fc.assert(fc.property(
      fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 8 }),
      fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 0, maxLength: 5 }),
      fc.integer({ min: 0, max: 6 }),
      (counts, days, offset) => {
        const start = `2026-03-${String(2 + offset).padStart(2, "0")}`;
        const dates = seriesDates({ weeklyCounts: counts, preferred: days.map((weekday) => ({ weekday, time: "09:00" })), startDate: start });
        expect(new Set(dates.map((d) => d.date)).size).toBe(dates.length);
        expect(dates.every((d) => d.date >= start)).toBe(true);
        // a week with ≤ 5 visits always fits within the plan weeks plus the spill-over weeks
        expect(dates.length).toBe(counts.reduce((a, b) => a + b, 0));
      },
    ));
  });
});

describe("series proposal with conflicts", () => {
  it("checks every occurrence, not only the first, and offers the nearest free slot for each conflict", () => {
    const busy = [
      { start: atLocal("2026-03-04", "08:00", NY), end: atLocal("2026-03-04", "09:00", NY) }, // 2nd occurrence
      { start: atLocal("2026-03-13", "16:45", NY), end: atLocal("2026-03-13", "17:15", NY) }, // 6th occurrence
    ];
    const occ = propose({ weeklyCounts: [3, 3], startDate: "2026-03-02", busy });
    expect(occ.map((o) => o.status)).toEqual(["free", "busy", "free", "free", "free", "busy"]);
    expect(wallClock(occ[1].alternative!.start, NY)).toMatchObject({ date: "2026-03-04", time: "09:00" });
    expect(wallClock(occ[5].alternative!.start, NY)).toMatchObject({ date: "2026-03-13", time: "17:15" });
    expect(occ.filter((o) => o.status === "free").every((o) => o.alternative === null)).toBe(true);
  });

  it("marks an occurrence outside the clinician's hours as unavailable and proposes a slot inside them", () => {
    const occ = propose({ weeklyCounts: [1], startDate: "2026-03-02", preferred: [{ weekday: 1, time: "19:00" }] });
    expect(occ[0].status).toBe("unavailable");
    expect(wallClock(occ[0].alternative!.start, NY)).toMatchObject({ date: "2026-03-02", time: "17:30" });
  });

  it("keeps 08:00 local across the spring-forward week (UTC offsets change, wall time does not)", () => {
    const occ = propose({ weeklyCounts: [3, 3], startDate: "2026-03-02" });
    expect(occ.every((o) => o.status === "free")).toBe(true);
    const mondays = occ.filter((o) => isoWeekday(o.date) === 1);
    expect(mondays.map((o) => o.requested.start.toISOString())).toEqual(["2026-03-02T13:00:00.000Z", "2026-03-09T12:00:00.000Z"]);
    expect(occ.every((o) => wallClock(o.requested.start, NY).time === o.time)).toBe(true);
  });

  it("keeps 08:00 local across the fall-back week, with alternatives also on local time", () => {
    const busy = [{ start: atLocal("2026-11-02", "08:00", NY), end: atLocal("2026-11-02", "08:30", NY) }];
    const occ = propose({ weeklyCounts: [3, 3], startDate: "2026-10-26", busy });
    expect(occ[0].requested.start.toISOString()).toBe("2026-10-26T12:00:00.000Z");
    expect(occ[3].requested.start.toISOString()).toBe("2026-11-02T13:00:00.000Z");
    expect(occ[3].status).toBe("busy");
    expect(wallClock(occ[3].alternative!.start, NY).time).toBe("08:30");
  });

  it("proposals never overlap busy time or each other and stay inside availability (property)", () => {
    fc.assert(fc.property(
      fc.array(fc.record({ day: fc.integer({ min: 0, max: 20 }), slot: fc.integer({ min: 0, max: 19 }), len: fc.integer({ min: 1, max: 8 }) }), { maxLength: 25 }),
      (raw) => {
        const busy = raw.map((b) => {
          const start = new Date(atLocal("2026-03-02", "08:00", NY).getTime() + b.day * 86_400_000 + b.slot * 30 * 60_000);
          return { start, end: new Date(start.getTime() + b.len * 15 * 60_000) };
        });
        const dates = seriesDates({ weeklyCounts: [3, 3, 2], preferred: MWF, startDate: "2026-03-02" });
        const h = seriesHorizon(dates, "2026-03-02");
        const windows = expandAvailability({ rules: rules(), exceptions: [], from: h.from, to: h.to, timeZone: NY });
        const occ = proposeSeries({ dates, timeZone: NY, durationMinutes: 30, windows, busy, notBefore: new Date("2026-01-01T00:00:00Z") });
        const chosen = occ.map((o) => (o.status === "free" ? o.requested : o.alternative)).filter((x) => x !== null);
        for (const c of chosen) {
          expect(busy.some((b) => overlaps(c, b))).toBe(false);
          expect(windows.some((w) => within(c, w))).toBe(true);
        }
        for (let i = 0; i < chosen.length; i++) for (let j = i + 1; j < chosen.length; j++) expect(overlaps(chosen[i], chosen[j])).toBe(false);
      },
    ), { numRuns: 60 });
  });
});

describe("series from a partly booked plan", () => {
  it("books only what is left, continuing the plan's taper", async () => {
    const { remainingWeeklyCounts } = await import("@/lib/domain/care-plans/plan");
    // 3×2, 2×3, 1×2 is [3, 3, 2, 2, 2, 1, 1] a week; 7 visits done or booked use up the front → [1, 2, 2, 1, 1]
    const counts = remainingWeeklyCounts([{ visitsPerWeek: 3, weeks: 2 }, { visitsPerWeek: 2, weeks: 3 }, { visitsPerWeek: 1, weeks: 2 }], 7);
    expect(counts).toEqual([1, 2, 2, 1, 1]);
    const dates = seriesDates({ weeklyCounts: counts, preferred: MWF, startDate: "2026-03-16" });
    expect(dates.map((d) => d.date)).toEqual(["2026-03-16", "2026-03-23", "2026-03-27", "2026-03-30", "2026-04-03", "2026-04-06", "2026-04-13"]);
  });
});
