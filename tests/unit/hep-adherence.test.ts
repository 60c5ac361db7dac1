import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type AdherenceItem,
  type AdherenceLog,
  type AdherenceOptions,
  adherenceReport,
  computeAdherence,
  dropOff,
  painFlags,
} from "@/lib/domain/hep/adherence";
import { addDays, dayNumber, dayOf, isCalendarDate, weekdayOf } from "@/lib/domain/hep/dates";
import {
  dailyLog, itemsAcrossVersions, mondayOf, programWeeks, subjectiveSentence, windowSummary, type VersionForAdherence,
} from "@/lib/domain/hep/program-adherence";

// 2026-03-02 is a Monday; 2026-03-08 is the US daylight-saving change.
const MON = "2026-03-02";
const item = (over: Partial<AdherenceItem> = {}): AdherenceItem => ({ itemId: "A", sets: 3, timesPerDay: 1, daysPerWeek: 7, ...over });
const log = (date: string, over: Partial<AdherenceLog> = {}): AdherenceLog => ({ date, itemId: "A", setsDone: 3, pain: null, ...over });
const opts = (over: Partial<AdherenceOptions> = {}): AdherenceOptions => ({ programStart: MON, asOf: "2026-03-08", ...over });
const days = (from: string, n: number) => Array.from({ length: n }, (_, i) => addDays(from, i));

describe("calendar dates", () => {
  it("accepts only real yyyy-mm-dd dates", () => {
    expect(isCalendarDate("2024-02-29")).toBe(true);
    for (const bad of ["2026-02-29", "2026-13-01", "2026-3-1", "2026-03-01T00:00", ""]) expect(isCalendarDate(bad), bad).toBe(false);
  });
  it("counts days across months, years and daylight-saving changes", () => {
    expect(addDays("2026-02-27", 2)).toBe("2026-03-01");
    expect(addDays("2025-12-31", 1)).toBe("2026-01-01");
    expect(dayOf("2026-03-09") - dayOf("2026-03-08")).toBe(1);
    expect(dayOf("2026-10-26") - dayOf("2026-10-25")).toBe(1);
    expect(weekdayOf(dayOf(MON))).toBe(1);
    expect(weekdayOf(dayNumber("2026-03-08")!)).toBe(0);
    expect(() => dayOf("tomorrow")).toThrow();
  });
});

describe("computeAdherence: arithmetic", () => {
  it("daily item, 5 of 7 days done → 71 % (rounded down)", () => {
    const r = computeAdherence([item()], days(MON, 5).map((d) => log(d)), opts());
    expect(r.weeks).toEqual([{ weekStart: MON, from: MON, to: "2026-03-08", days: 7, planned: 7, done: 5, percent: 71 }]);
    expect(r.overall).toEqual({ planned: 7, done: 5, percent: 71 });
    expect(r.items).toEqual([{ itemId: "A", planned: 7, done: 5, percent: 71 }]);
  });

  it("credits partial sets pro rata", () => {
    const r = computeAdherence([item()], [log(MON, { setsDone: 1 })], opts({ asOf: MON }));
    expect(r.overall).toEqual({ planned: 1, done: 0.33, percent: 33 });
  });

  it("caps a log at one session, a day at times-per-day, and a week at what it planned", () => {
    const extraSets = computeAdherence([item()], [log(MON, { setsDone: 9 })], opts({ asOf: MON }));
    expect(extraSets.overall).toEqual({ planned: 1, done: 1, percent: 100 });
    const doubleSetsTwiceADayPlan = computeAdherence([item({ timesPerDay: 2 })], [log(MON, { setsDone: 6 })], opts({ asOf: MON }));
    expect(doubleSetsTwiceADayPlan.overall).toEqual({ planned: 2, done: 1, percent: 50 });
    const twiceToday = computeAdherence([item()], [log(MON), log(MON)], opts({ asOf: MON }));
    expect(twiceToday.overall.done).toBe(1);
    const twiceADay = computeAdherence([item({ timesPerDay: 2 })], [log(MON), log(MON), log(MON)], opts({ asOf: MON }));
    expect(twiceADay.overall).toEqual({ planned: 2, done: 2, percent: 100 });
    const threeDaysAWeek = computeAdherence([item({ daysPerWeek: 3 })], days(MON, 7).map((d) => log(d)), opts());
    expect(threeDaysAWeek.overall).toEqual({ planned: 3, done: 3, percent: 100 });
  });

  it("does not let an over-done week make up for a missed one", () => {
    const logs = days(MON, 7).map((d) => log(d));
    const r = computeAdherence([item({ daysPerWeek: 3 })], logs, opts({ asOf: "2026-03-15" }));
    expect(r.weeks.map((w) => w.percent)).toEqual([100, 0]);
    expect(r.overall).toEqual({ planned: 6, done: 3, percent: 50 });
  });

  it("plans partial weeks pro rata: a Saturday start with Monday weeks", () => {
    const r = computeAdherence([item({ daysPerWeek: 3 })], [log("2026-03-07")], opts({ programStart: "2026-03-07", asOf: "2026-03-10" }));
    expect(r.weeks).toEqual([
      { weekStart: MON, from: "2026-03-07", to: "2026-03-08", days: 2, planned: 0.86, done: 0.86, percent: 100 },
      { weekStart: "2026-03-09", from: "2026-03-09", to: "2026-03-10", days: 2, planned: 0.86, done: 0, percent: 0 },
    ]);
    expect(r.overall).toEqual({ planned: 1.71, done: 0.86, percent: 50 });
  });

  it("counts weeks from the program start or from another weekday on request", () => {
    const input = [[item({ daysPerWeek: 3 })], [log("2026-03-07")]] as const;
    const fromStart = computeAdherence(...input, opts({ programStart: "2026-03-07", asOf: "2026-03-10", weekStartsOn: "PROGRAM_START" }));
    expect(fromStart.weeks.map((w) => [w.weekStart, w.days, w.percent])).toEqual([["2026-03-07", 4, 58]]);
    const sundays = computeAdherence(...input, opts({ programStart: "2026-03-07", asOf: "2026-03-10", weekStartsOn: 0 }));
    expect(sundays.weeks.map((w) => [w.weekStart, w.from, w.days])).toEqual([["2026-03-01", "2026-03-07", 1], ["2026-03-08", "2026-03-08", 3]]);
    expect(() => computeAdherence(...input, opts({ weekStartsOn: 7 }))).toThrow();
  });

  it("plans an item only on its own days, and sums items", () => {
    const items = [item(), item({ itemId: "B", startDate: "2026-03-05", endDate: "2026-03-06" })];
    const logs = [log(MON), log("2026-03-04", { itemId: "B" }), log("2026-03-05", { itemId: "B" })];
    const r = computeAdherence(items, logs, opts());
    expect(r.items).toEqual([{ itemId: "A", planned: 7, done: 1, percent: 14 }, { itemId: "B", planned: 2, done: 1, percent: 50 }]);
    expect(r.overall).toEqual({ planned: 9, done: 2, percent: 22 });
    expect(r.ignoredLogs).toBe(1);
  });

  it("stops at the program end, and has nothing planned before the start", () => {
    const ended = computeAdherence([item()], days(MON, 7).map((d) => log(d)), opts({ programEnd: "2026-03-04", asOf: "2026-03-20" }));
    expect(ended.overall).toEqual({ planned: 3, done: 3, percent: 100 });
    expect(ended.weeks).toHaveLength(1);
    const early = computeAdherence([item()], [log(MON)], opts({ programStart: "2026-03-09", asOf: MON }));
    expect(early).toEqual({ weeks: [], overall: { planned: 0, done: 0, percent: null }, items: [{ itemId: "A", planned: 0, done: 0, percent: null }], ignoredLogs: 1 });
  });

  it("ignores logs it cannot trust", () => {
    const bad = [
      log(MON, { itemId: "Z" }), log("2026-02-30"), log("2026-03-09"), log("2026-03-01"),
      log(MON, { pain: 11 }), log(MON, { pain: 2.5 }), log(MON, { setsDone: -1 }), log(MON, { setsDone: 1.5 }),
    ];
    const r = computeAdherence([item()], [...bad, log("2026-03-03")], opts());
    expect(r.ignoredLogs).toBe(bad.length);
    expect(r.overall.done).toBe(1);
  });
});

/** A random program: 1–3 items over 1–50 days, with logs in and around it. */
const scenario = fc.record({
  length: fc.integer({ min: 1, max: 50 }),
  weekStartsOn: fc.oneof(fc.integer({ min: 0, max: 6 }), fc.constant("PROGRAM_START" as const)),
  items: fc.array(fc.record({
    sets: fc.integer({ min: 1, max: 6 }), timesPerDay: fc.integer({ min: 1, max: 6 }), daysPerWeek: fc.integer({ min: 1, max: 7 }),
    start: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }), span: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
  }), { minLength: 1, maxLength: 3 }),
  logs: fc.array(fc.record({ offset: fc.integer({ min: -3, max: 55 }), item: fc.nat(2), setsDone: fc.integer({ min: 0, max: 8 }), pain: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }) }), { maxLength: 60 }),
});
type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

const build = (s: Scenario) => {
  const items: AdherenceItem[] = s.items.map((i, k) => ({
    itemId: `I${k}`, sets: i.sets, timesPerDay: i.timesPerDay, daysPerWeek: i.daysPerWeek,
    ...(i.start !== undefined ? { startDate: addDays(MON, i.start) } : {}),
    ...(i.start !== undefined && i.span !== undefined ? { endDate: addDays(MON, i.start + i.span) } : {}),
  }));
  const logs: AdherenceLog[] = s.logs.map((l) => ({ date: addDays(MON, l.offset), itemId: `I${l.item % items.length}`, setsDone: l.setsDone, pain: l.pain }));
  const o: AdherenceOptions = { programStart: MON, asOf: addDays(MON, s.length - 1), weekStartsOn: s.weekStartsOn };
  return { items, logs, o };
};
const percents = (r: ReturnType<typeof computeAdherence>) => [r.overall.percent, ...r.weeks.map((w) => w.percent), ...r.items.map((i) => i.percent)];

describe("computeAdherence: properties", () => {
  it("every figure is 0–100 (or null when nothing was planned) and done never exceeds planned", () => {
    fc.assert(fc.property(scenario, (s) => {
      const { items, logs, o } = build(s);
      const r = computeAdherence(items, logs, o);
      for (const p of percents(r)) if (p !== null) expect(Number.isInteger(p) && p >= 0 && p <= 100).toBe(true);
      for (const f of [r.overall, ...r.weeks, ...r.items]) {
        expect(f.done).toBeLessThanOrEqual(f.planned);
        expect(f.percent === null).toBe(f.planned === 0);
      }
      expect(r.weeks.reduce((a, w) => a + w.days, 0)).toBe(s.length);
      expect(Math.abs(r.weeks.reduce((a, w) => a + w.planned, 0) - r.overall.planned)).toBeLessThanOrEqual(0.005 * r.weeks.length + 1e-9);
    }));
  });

  it("is monotone in logs: one more log never lowers any figure", () => {
    fc.assert(fc.property(scenario, fc.integer({ min: -3, max: 55 }), fc.nat(2), fc.integer({ min: 0, max: 8 }), (s, offset, k, setsDone) => {
      const { items, logs, o } = build(s);
      const before = computeAdherence(items, logs, o);
      const after = computeAdherence(items, [...logs, { date: addDays(MON, offset), itemId: `I${k % items.length}`, setsDone }], o);
      const [b, a] = [percents(before), percents(after)];
      b.forEach((p, i) => { if (p !== null) expect(a[i]!).toBeGreaterThanOrEqual(p); });
      expect(after.overall.done).toBeGreaterThanOrEqual(before.overall.done);
    }));
  });

  it("does not depend on the order of the logs, except within a day (sessions of one day stay in log order)", () => {
    fc.assert(fc.property(scenario, (s) => {
      const { items, logs, o } = build(s);
      const newestFirst = [...logs].sort((a, b) => b.date.localeCompare(a.date));
      expect(adherenceReport(items, newestFirst, o)).toEqual(adherenceReport(items, logs, o));
      expect(computeAdherence(items, [...logs].reverse(), o)).toEqual(computeAdherence(items, logs, o));
    }));
  });

  it("is 100 % when every planned session is logged in full", () => {
    fc.assert(fc.property(scenario, (s) => {
      const { items, o } = build(s);
      const logs = items.flatMap((i) => days(MON, s.length).flatMap((d) => Array.from({ length: i.timesPerDay }, () => ({ date: d, itemId: i.itemId, setsDone: i.sets }))));
      for (const p of percents(computeAdherence(items, logs, o))) if (p !== null) expect(p).toBe(100);
    }));
  });
});

describe("dropOff", () => {
  it("counts days without a log from the program start until the first log", () => {
    expect(dropOff([item()], [], opts({ asOf: MON }))).toEqual({ flagged: false, daysWithoutLog: 1, lastLogDate: null, thresholdDays: 7 });
    expect(dropOff([item()], [], opts({ asOf: "2026-03-07" })).flagged).toBe(false);
    expect(dropOff([item()], [], opts({ asOf: "2026-03-08" })).flagged).toBe(true);
  });
  it("counts days since the last log, with a configurable threshold", () => {
    const logs = [log(MON), log("2026-03-05")];
    expect(dropOff([item()], logs, opts({ dropOffDays: 3 }))).toEqual({ flagged: true, daysWithoutLog: 3, lastLogDate: "2026-03-05", thresholdDays: 3 });
    expect(dropOff([item()], logs, opts({ dropOffDays: 4 })).flagged).toBe(false);
    expect(dropOff([item()], [log("2026-03-08")], opts()).daysWithoutLog).toBe(0);
  });
  it("stops counting at the program end and ignores logs it cannot trust", () => {
    expect(dropOff([item()], [log("2026-03-03")], opts({ programEnd: "2026-03-04", asOf: "2026-03-30" })).daysWithoutLog).toBe(1);
    expect(dropOff([item()], [log("2026-03-07", { itemId: "Z" })], opts()).lastLogDate).toBeNull();
  });
  it("never counts more days after one more log", () => {
    fc.assert(fc.property(scenario, fc.integer({ min: -3, max: 55 }), (s, offset) => {
      const { items, logs, o } = build(s);
      const more = [...logs, { date: addDays(MON, offset), itemId: items[0].itemId, setsDone: 1 }];
      expect(dropOff(items, more, o).daysWithoutLog).toBeLessThanOrEqual(dropOff(items, logs, o).daysWithoutLog);
    }));
  });
});

describe("painFlags (§6.1 pain rule)", () => {
  const series = (pains: (number | null)[], over: Partial<AdherenceLog> = {}) => pains.map((pain, i) => log(addDays(MON, i), { pain, ...over }));

  it("flags two consecutive sessions above 3/10 for review", () => {
    expect(painFlags([item()], series([2, 4, 5]), opts())).toEqual([
      { itemId: "A", action: "REVIEW_WITH_CLINICIAN", threshold: 3, sessions: [{ date: "2026-03-03", pain: 4 }, { date: "2026-03-04", pain: 5 }] },
    ]);
  });
  it("does not flag pain within the rule or a single high session", () => {
    expect(painFlags([item()], series([3, 3, 3]), opts())).toEqual([]);
    expect(painFlags([item()], series([4, 2, 4]), opts())).toEqual([]);
  });
  it("skips sessions without a pain score and reports the latest pair", () => {
    expect(painFlags([item()], series([4, null, 5]), opts())[0].sessions.map((x) => x.pain)).toEqual([4, 5]);
    expect(painFlags([item()], series([5, 5, 1, 6, 7]), opts())[0].sessions.map((x) => x.pain)).toEqual([6, 7]);
  });
  it("counts two sessions on one day, sorts by date, and keeps items apart", () => {
    expect(painFlags([item({ timesPerDay: 2 })], [log(MON, { pain: 4 }), log(MON, { pain: 4 })], opts())).toHaveLength(1);
    expect(painFlags([item()], series([4, 2, 5]).reverse(), opts())).toEqual([]);
    const two = [item(), item({ itemId: "B" })];
    expect(painFlags(two, [log(MON, { pain: 6 }), log("2026-03-03", { itemId: "B", pain: 6 })], opts())).toEqual([]);
  });
  it("uses the item's own limit (self-massage tolerates 5/10)", () => {
    expect(painFlags([item({ painMaxAcceptable: 5 })], series([5, 5]), opts())).toEqual([]);
    expect(painFlags([item({ painMaxAcceptable: 5 })], series([6, 6]), opts())).toHaveLength(1);
  });
  it("only sessions after the last review can raise a flag", () => {
    expect(painFlags([item()], series([5, 5]), opts({ reviewedThrough: "2026-03-03" }))).toEqual([]);
    expect(painFlags([item()], series([5, 5, 5, 5]), opts({ reviewedThrough: "2026-03-03" }))[0].sessions[0].date).toBe("2026-03-04");
  });
});

describe("adherenceReport", () => {
  it("puts the figures and both flags together", () => {
    const r = adherenceReport([item()], [log(MON, { pain: 5 }), log("2026-03-03", { pain: 6 })], opts());
    expect(r.overall.percent).toBe(28);
    expect(r.dropOff).toMatchObject({ flagged: false, daysWithoutLog: 5 });
    expect(r.painFlags).toHaveLength(1);
  });
});

describe("adherence across program versions", () => {
  // v1 (two lines) from Monday; v2 replaces it on Thursday with one line twice a day.
  const versions: VersionForAdherence[] = [
    { assignedOn: MON, supersededOn: "2026-03-05", items: [{ itemId: "A", sets: 3, timesPerDay: 1, daysPerWeek: 7 }, { itemId: "B", sets: 2, timesPerDay: 1, daysPerWeek: 7 }] },
    { assignedOn: "2026-03-05", supersededOn: null, items: [{ itemId: "C", sets: 3, timesPerDay: 2, daysPerWeek: 7 }] },
  ];
  const at = (date: string, itemId: string, pain: number | null = null) => ({ date, itemId, setsDone: 3, pain });

  it("runs each version's lines from its assignment to the day before the next one", () => {
    expect(itemsAcrossVersions(versions)).toEqual([
      expect.objectContaining({ itemId: "A", startDate: MON, endDate: "2026-03-04" }),
      expect.objectContaining({ itemId: "B", startDate: MON, endDate: "2026-03-04" }),
      expect.objectContaining({ itemId: "C", startDate: "2026-03-05" }),
    ]);
  });
  it("plans the week without double counting the progression, and keeps the old version's logs", () => {
    const logs = [...days(MON, 3).flatMap((d) => [at(d, "A"), at(d, "B")]), ...days("2026-03-05", 4).map((d) => at(d, "C"))];
    const [week] = programWeeks(versions, logs, "2026-03-08");
    // v1: 2 lines × 3 days = 6; v2: 2 a day × 4 days = 8
    expect(week).toMatchObject({ weekStart: MON, planned: 14, done: 10, percent: 71 });
  });
  it("does not count a log on the old version's line after it was replaced", () => {
    const [week] = programWeeks(versions, [at("2026-03-06", "A")], "2026-03-08");
    expect(week.done).toBe(0);
  });
  it("summarises a window with the whole window planned and the mean pain", () => {
    const s = windowSummary(versions, [at(MON, "A", 2), at(MON, "B", 4), at("2026-03-05", "C", null)], MON, "2026-03-08");
    expect(s).toEqual({ from: MON, to: "2026-03-08", done: 3, planned: 14, percent: 21, pain: 3 });
    expect(windowSummary([], [], MON, "2026-03-08")).toMatchObject({ planned: 0, percent: null });
  });
  it("writes the Subjective sentence for the next visit, or nothing when no program ran", () => {
    const logs = [...days("2026-03-05", 4).flatMap((d) => [at(d, "C", 3), at(d, "C", 3)]), at("2026-03-04", "A", 3)];
    expect(subjectiveSentence(versions, logs, "2026-03-08")).toBe("Home exercises: completed 9 of 14 sessions in the last 7 days, pain 3/10 after exercises.");
    expect(subjectiveSentence(versions, [], "2026-03-01")).toBeNull();
  });
  it("lists sessions and pain per day, newest first", () => {
    const rows = dailyLog([at(MON, "A", 2), at(MON, "B", 5), at("2026-03-03", "A")], "2026-03-03", 3);
    expect(rows).toEqual([{ date: "2026-03-03", sessions: 1, pain: null }, { date: MON, sessions: 2, pain: 3.5 }, { date: "2026-03-01", sessions: 0, pain: null }]);
  });
  it("finds the Monday of any day", () => {
    expect(["2026-03-02", "2026-03-05", "2026-03-08"].map(mondayOf)).toEqual([MON, MON, MON]);
    expect(mondayOf("2026-03-09")).toBe("2026-03-09");
  });
});
