import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { goalProgress, latestValueFor } from "@/lib/domain/care-plans/goals";
import { currentPhase, nextReexam, outcomeMeasuresDue, plannedVisits, remainingWeeklyCounts, visitsRemaining, weeklyCounts } from "@/lib/domain/care-plans/plan";
import { queueItems, type NoShow, type PlanState } from "@/lib/domain/care-plans/queue";
import { matchScore, rankWaitlist, type WaitlistPreference } from "@/lib/domain/care-plans/waitlist-match";

const PLAN = [{ visitsPerWeek: 3, weeks: 2 }, { visitsPerWeek: 2, weeks: 3 }, { visitsPerWeek: 1, weeks: 2 }];
const phaseArb = fc.array(fc.record({ visitsPerWeek: fc.integer({ min: 1, max: 5 }), weeks: fc.integer({ min: 1, max: 12 }) }), { minLength: 1, maxLength: 5 });

describe("plan arithmetic", () => {
  it("3×2, 2×3, 1×2 plans 14 visits", () => {
    expect(plannedVisits(PLAN)).toBe(14);
    expect(weeklyCounts(PLAN)).toEqual([3, 3, 2, 2, 2, 1, 1]);
    expect(visitsRemaining({ planned: 14, done: 4, booked: 6 })).toBe(4);
    expect(visitsRemaining({ planned: 14, done: 12, booked: 6 })).toBe(0);
  });

  it("finds the phase by visits done", () => {
    expect(currentPhase(PLAN, 0)!.index).toBe(0);
    expect(currentPhase(PLAN, 5)!.index).toBe(0);
    expect(currentPhase(PLAN, 6)!.index).toBe(1);
    expect(currentPhase(PLAN, 12)!.index).toBe(2);
    expect(currentPhase(PLAN, 14)).toMatchObject({ index: 2, finished: true });
    expect(currentPhase([], 0)).toBeNull();
  });

  it("planned = Σ weekly counts; remaining weekly counts sum to planned − taken (property)", () => {
    fc.assert(fc.property(phaseArb, fc.integer({ min: 0, max: 200 }), (phases, taken) => {
      const planned = plannedVisits(phases);
      expect(weeklyCounts(phases).reduce((a, b) => a + b, 0)).toBe(planned);
      const rest = remainingWeeklyCounts(phases, taken);
      expect(rest.reduce((a, b) => a + b, 0)).toBe(Math.max(0, planned - taken));
      expect(rest.every((c) => c > 0)).toBe(true);
    }));
  });

  it("remaining is never negative and never more than planned (property)", () => {
    fc.assert(fc.property(fc.nat(100), fc.nat(100), fc.nat(100), (planned, done, booked) => {
      const r = visitsRemaining({ planned, done, booked });
      expect(r).toBeGreaterThanOrEqual(0);
      expect(r).toBeLessThanOrEqual(planned);
      expect(r + done + booked).toBeGreaterThanOrEqual(planned);
    }));
  });

  it("the phase index never goes backwards as visits accumulate (property)", () => {
    fc.assert(fc.property(phaseArb, fc.nat(60), fc.nat(60), (phases, a, b) => {
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      expect(currentPhase(phases, lo)!.index).toBeLessThanOrEqual(currentPhase(phases, hi)!.index);
    }));
  });
});

describe("re-exam cadence", () => {
  const base = { everyVisits: 12, everyDays: 30, startDate: "2026-03-02", today: "2026-03-20" };
  it("is due at visit 12 or 30 days after the last exam, whichever comes first", () => {
    expect(nextReexam({ ...base, visitsDone: 5, lastExam: { date: "2026-03-02", visitNumber: 1 } })).toEqual({ atVisit: 13, byDate: "2026-04-01", due: false });
    expect(nextReexam({ ...base, visitsDone: 12, lastExam: { date: "2026-03-02", visitNumber: 1 } }).due).toBe(true);
    expect(nextReexam({ ...base, today: "2026-04-01", visitsDone: 3, lastExam: { date: "2026-03-02", visitNumber: 1 } }).due).toBe(true);
  });
  it("counts from the plan start without an exam, by days only when no visit cadence is set", () => {
    expect(nextReexam({ ...base, everyVisits: null, visitsDone: 50, lastExam: null })).toEqual({ atVisit: null, byDate: "2026-04-01", due: false });
    expect(nextReexam({ ...base, everyDays: null, everyVisits: 10, visitsDone: 9, lastExam: null })).toEqual({ atVisit: 10, byDate: null, due: true });
  });
  it("outcome measures come due by visits since last completed", () => {
    expect(outcomeMeasuresDue([{ measure: "ODI", everyVisits: 6 }, { measure: "NPRS", everyVisits: 1 }], { ODI: 2, NPRS: 7 }, 7)).toEqual([]);
    expect(outcomeMeasuresDue([{ measure: "ODI", everyVisits: 6 }, { measure: "NPRS", everyVisits: 1 }], { ODI: 2, NPRS: 7 }, 8)).toEqual(["ODI", "NPRS"]);
  });
});

describe("goal progress", () => {
  it("ODI 34 → ≤ 20: a score of 27 is half way; 20 is met", () => {
    const g = { comparator: "<=" as const, baselineValue: 34, targetValue: 20 };
    expect(goalProgress(g, 27)).toEqual({ latest: 27, fraction: 0.5, met: false });
    expect(goalProgress(g, 20)).toMatchObject({ fraction: 1, met: true });
    expect(goalProgress(g, 40)).toMatchObject({ fraction: 0, met: false });
    expect(goalProgress(g, null)).toEqual({ latest: null, fraction: null, met: false });
  });
  it("run 0 → ≥ 5 km upward; reads the outcome score first, else the recorded value", () => {
    expect(goalProgress({ comparator: ">=", baselineValue: 0, targetValue: 5 }, 2)).toMatchObject({ fraction: 0.4, met: false });
    expect(latestValueFor({ measure: "ODI", currentValue: 30 }, { ODI: 22 })).toBe(22);
    expect(latestValueFor({ measure: "OTHER", currentValue: 3 }, { ODI: 22 })).toBe(3);
    expect(latestValueFor({ measure: "LEFS" }, {})).toBeNull();
  });
  it("fraction stays within 0…1 and is 1 exactly when met (property)", () => {
    fc.assert(fc.property(fc.boolean(), fc.integer({ min: -100, max: 100 }), fc.integer({ min: -100, max: 100 }), fc.integer({ min: -200, max: 200 }),
      (down, baselineValue, targetValue, v) => {
        const p = goalProgress({ comparator: down ? "<=" : ">=", baselineValue, targetValue }, v);
        expect(p.fraction).toBeGreaterThanOrEqual(0);
        expect(p.fraction).toBeLessThanOrEqual(1);
        if (p.met) expect(p.fraction).toBe(1);
      }));
  });
});

describe("work queue rules", () => {
  const now = new Date("2026-04-20T15:00:00Z");
  const day = 86_400_000;
  const plan = (over: Partial<PlanState>): PlanState => ({
    patientId: "p1", patientName: "Ada", episodeId: "e1", planStatus: "active", planned: 14, done: 4, booked: 10,
    reexamDue: false, reexamDueLabel: null, reexamBooked: false, lastActivityAt: new Date(now.getTime() - 2 * day),
    planCreatedAt: new Date("2026-03-01T12:00:00Z"), hasFutureAppointment: true, lastContactAt: null, ...over,
  });
  const noShow = (over: Partial<NoShow>): NoShow => ({
    appointmentId: "a1", patientId: "p2", patientName: "Bo", episodeId: null, startsAt: new Date(now.getTime() - 3 * day), rebooked: false, lastContactAt: null, ...over,
  });
  const kinds = (plans: PlanState[], noShows: NoShow[] = [], dropOffDays = 14) => queueItems({ plans, noShows, now, dropOffDays }).map((i) => i.kind);

  it("a fully booked, recently seen plan needs nothing", () => {
    expect(kinds([plan({})])).toEqual([]);
  });
  it("unbooked plan visits, a re-exam due (until one is booked), a no-show not yet rebooked", () => {
    expect(kinds([plan({ booked: 6 })])).toEqual(["book_plan"]);
    expect(queueItems({ plans: [plan({ booked: 6 })], noShows: [], now, dropOffDays: 14 })[0].detail).toBe("4 of 14 planned visits not booked");
    expect(kinds([plan({ reexamDue: true })])).toEqual(["reexam_due"]);
    expect(kinds([plan({ reexamDue: true, reexamBooked: true })])).toEqual([]);
    expect(kinds([], [noShow({})])).toEqual(["no_show"]);
    expect(kinds([], [noShow({ rebooked: true })])).toEqual([]);
    expect(kinds([], [noShow({ startsAt: new Date(now.getTime() - 61 * day) })])).toEqual([]);
    expect(kinds([], [noShow({ lastContactAt: new Date(now.getTime() - day) })])).toEqual([]);
  });
  it("dropped off: no visit or appointment for N days (clinic setting) while the plan is active", () => {
    const quiet = plan({ lastActivityAt: new Date(now.getTime() - 14 * day), hasFutureAppointment: false });
    expect(kinds([quiet])).toEqual(["dropped_off"]);
    expect(kinds([quiet], [], 21)).toEqual([]);
    expect(kinds([{ ...quiet, lastActivityAt: new Date(now.getTime() - 13 * day) }])).toEqual([]);
    expect(kinds([{ ...quiet, planStatus: "completed" }])).toEqual([]);
    expect(kinds([{ ...quiet, hasFutureAppointment: true }])).toEqual([]);
    expect(kinds([{ ...quiet, lastContactAt: new Date(now.getTime() - day) }])).toEqual([]);
    // never seen at all: counts from the plan's creation
    expect(kinds([plan({ lastActivityAt: null, hasFutureAppointment: false, booked: 10 })])).toEqual(["dropped_off"]);
  });
  it("orders no-shows, re-exams, unbooked plans, then dropped-off patients", () => {
    const items = kinds([plan({ booked: 0, reexamDue: true, lastActivityAt: null, hasFutureAppointment: false })], [noShow({})]);
    expect(items).toEqual(["no_show", "reexam_due", "book_plan", "dropped_off"]);
  });
});

describe("waitlist matching for a freed slot", () => {
  const NY = "America/New_York";
  const entry = (over: Partial<WaitlistPreference>): WaitlistPreference => ({
    entryId: "x", clinicianIds: [], weekdays: [], timeWindows: [], appointmentTypeId: null, createdAt: new Date("2026-03-01T12:00:00Z"), ...over,
  });
  // Tuesday 10 March 2026, 08:00–08:30 in New York (EDT, the week after the change)
  const slot = { clinicianId: "c1", startsAt: new Date("2026-03-10T12:00:00Z"), endsAt: new Date("2026-03-10T12:30:00Z"), appointmentTypeId: "t1" };

  it("filters by clinician, type, weekday and local time window", () => {
    expect(matchScore(entry({}), slot, NY)).toBe(0);
    expect(matchScore(entry({ clinicianIds: ["c2"] }), slot, NY)).toBeNull();
    expect(matchScore(entry({ appointmentTypeId: "t2" }), slot, NY)).toBeNull();
    expect(matchScore(entry({ weekdays: [1, 3] }), slot, NY)).toBeNull();
    expect(matchScore(entry({ weekdays: [2], timeWindows: [{ start: "07:00", end: "09:00" }] }), slot, NY)).toBe(1);
    // 08:00 local, not 08:00 UTC: a UTC-minded window would wrongly match
    expect(matchScore(entry({ timeWindows: [{ start: "11:00", end: "13:00" }] }), slot, NY)).toBeNull();
    expect(matchScore(entry({ timeWindows: [{ start: "08:15", end: "10:00" }] }), slot, NY)).toBeNull();
  });

  it("ranks the most specific first, then the longest waiting", () => {
    const ranked = rankWaitlist([
      entry({ entryId: "any-old", createdAt: new Date("2026-01-01T00:00:00Z") }),
      entry({ entryId: "clinician", clinicianIds: ["c1"], createdAt: new Date("2026-03-05T00:00:00Z") }),
      entry({ entryId: "any-new", createdAt: new Date("2026-02-01T00:00:00Z") }),
      entry({ entryId: "wrong-day", weekdays: [5] }),
    ], slot, NY);
    expect(ranked.map((r) => r.entryId)).toEqual(["clinician", "any-old", "any-new"]);
  });
});

describe("care plan input", () => {
  it("reports an invalid start date on its field instead of throwing in the date arithmetic", async () => {
    const { CarePlanInput } = await import("@/lib/validation/care-plans");
    const input = {
      patientId: "22aee4b9-c81c-44a3-9ac4-c1b077c49475", episodeId: "e2e13d6c-9b28-4335-8cc9-a6a3451256ae", baseVersion: 0, status: "active",
      startDate: "\u{87425}2026-13-40", phases: [{ visitsPerWeek: 1, weeks: 1 }],
      goals: [{ type: "SHORT_TERM", domain: "PAIN", description: "Less pain", measure: "NPRS", baselineValue: 6, targetValue: 2, unit: "/10", comparator: "<=", targetDate: "2026-12-01", status: "NOT_STARTED" }],
      reexamEveryVisits: 6, outcomeMeasures: [], dischargeCriteria: "Goals met", preferredTimes: [],
    };
    const r = CarePlanInput.safeParse(input);
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join("."))).toContain("startDate");
  });
});
