import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  checkEntry,
  ENTRY_CRITERIA,
  type EntryAssessment,
  findStage,
  nextSessionDate,
  nextStage,
  RETURN_TO_RUN_STAGES,
  runMinutes,
  sessionMinutes,
  WEEKLY_VOLUME_INCREASE_MAX_PCT,
} from "@/lib/domain/hep/return-to-run";

/** DOMAIN.md §5.5, transcribed independently: [stage, repeats, run min, walk min] or [stage, continuous min]. */
const EXPECTED: ([number, number, number, number] | [number, number])[] = [
  [1, 5, 1, 2], [2, 5, 2, 2], [3, 5, 3, 1], [4, 4, 5, 1], [5, 20], [6, 30],
];

describe("return-to-run stages (DOMAIN.md §5.5)", () => {
  it("has stages 1–6 as in the table", () => {
    expect(RETURN_TO_RUN_STAGES.map((s) => s.stage)).toEqual([1, 2, 3, 4, 5, 6]);
    for (const row of EXPECTED) {
      const s = findStage(row[0])!;
      if (row.length === 4) expect(s.intervals).toEqual({ repeats: row[1], runMinutes: row[2], walkMinutes: row[3] });
      else expect(s.continuousMinutes).toBe(row[1]);
    }
    expect(findStage(6)!.note).toContain("10 %");
    expect(WEEKLY_VOLUME_INCREASE_MAX_PCT).toBe(10);
  });
  it("never asks for less running at a later stage", () => {
    const minutes = RETURN_TO_RUN_STAGES.map(runMinutes);
    expect(minutes).toEqual([5, 10, 15, 20, 20, 30]);
    expect(RETURN_TO_RUN_STAGES.map(sessionMinutes)).toEqual([15, 20, 20, 24, 20, 30]);
  });
  it("runs every other day", () => {
    expect(nextSessionDate("2026-02-27")).toBe("2026-03-01");
  });
});

const READY: EntryAssessment = { painFreeWalkMinutes: 30, painFreeHops: 10, singleLegSquatWithoutPelvicDrop: true, singleLegBridgeWithoutPelvicDrop: true, restNprs: 2 };

describe("entry criteria", () => {
  it("are met at their edges: 30 min walk, 10 hops, NPRS 2 at rest", () => {
    expect(checkEntry(READY)).toEqual({ ready: true, unmet: [] });
  });
  it("list what is missing, in table order", () => {
    const r = checkEntry({ painFreeWalkMinutes: 29, painFreeHops: 9, singleLegSquatWithoutPelvicDrop: false, singleLegBridgeWithoutPelvicDrop: false, restNprs: 3 });
    expect(r).toEqual({ ready: false, unmet: ["WALK_30_PAIN_FREE", "HOP_PAIN_FREE", "SINGLE_LEG_SQUAT", "SINGLE_LEG_BRIDGE", "REST_PAIN_MAX_2"] });
    for (const c of r.unmet) expect(ENTRY_CRITERIA[c].length).toBeGreaterThan(10);
  });
  it("after a bone stress injury, wait for medical clearance (a hop result before it does not count)", () => {
    expect(checkEntry({ ...READY, boneStressInjury: true })).toEqual({ ready: false, unmet: ["HOP_PAIN_FREE", "BONE_STRESS_CLEARED"] });
    expect(checkEntry({ ...READY, boneStressInjury: true, medicallyCleared: true }).ready).toBe(true);
  });
});

describe("nextStage (progression rule)", () => {
  it.each([
    [1, 0, false, "ADVANCE", 2], [3, 2, false, "ADVANCE", 4],
    [3, 3, false, "REPEAT", 3],
    [3, 4, false, "DROP_BACK", 2], [3, 0, true, "DROP_BACK", 2],
    [1, 4, false, "STOP_AND_REVIEW", 1], [1, 1, true, "STOP_AND_REVIEW", 1],
    [6, 2, false, "COMPLETE", 6], [6, 3, false, "REPEAT", 6], [6, 5, false, "DROP_BACK", 5],
  ] as const)("stage %s, pain %s, worse next morning %s → %s (stage %s)", (stage, pain, worse, decision, next) => {
    const r = nextStage(stage, { painDuringRun: pain, worseNextMorning: worse });
    expect(r).toMatchObject({ decision, stage: next });
    expect(r.reason.length).toBeGreaterThan(5);
  });
  it("refuses an unknown stage or an impossible pain score", () => {
    expect(() => nextStage(0, { painDuringRun: 1, worseNextMorning: false })).toThrow();
    expect(() => nextStage(7, { painDuringRun: 1, worseNextMorning: false })).toThrow();
    expect(() => nextStage(2, { painDuringRun: 11, worseNextMorning: false })).toThrow();
    expect(() => nextStage(2, { painDuringRun: 2.5, worseNextMorning: false })).toThrow();
  });
  it("moves at most one stage, forward only when pain ≤ 2 and no worse next morning", () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 10 }), fc.boolean(), (stage, pain, worse) => {
      const r = nextStage(stage, { painDuringRun: pain, worseNextMorning: worse });
      expect(Math.abs(r.stage - stage)).toBeLessThanOrEqual(1);
      expect(r.stage >= 1 && r.stage <= 6).toBe(true);
      expect(r.stage > stage).toBe(pain <= 2 && !worse && stage < 6);
    }));
  });
});
