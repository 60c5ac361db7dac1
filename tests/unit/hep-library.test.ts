import { describe, expect, it } from "vitest";
import {
  EXERCISES,
  exercisesInCategory,
  exercisesInRegion,
  findExercise,
  isSmr,
  painThresholdFor,
  progressionPath,
  progressionsOf,
  regressionsOf,
} from "@/lib/domain/hep/library/library";
import { HEP_CATEGORIES, HEP_REGIONS, type DoseKind, type Exercise } from "@/lib/domain/hep/library/types";
import { DEFAULT_PAIN_RULE_TEXT } from "@/lib/domain/hep/pain-rule";
import { PRECAUTION_TAGS } from "@/lib/domain/hep/precaution-tags";
import { PRESCRIPTION_LIMITS } from "@/lib/domain/hep/prescription";

type R = [number, number];
/**
 * DOMAIN.md §6.2–6.5, transcribed independently of the data files:
 * [code, name, categories, regions, dose kind, sets, reps|hold|duration, times/day, days/week].
 * Figures DOMAIN leaves out carry the documented defaults: 1 set, once a day, daily (EX-24: EX-23's 4–5 days).
 */
const EXPECTED: [string, string, string[], string[], DoseKind, R, R, R, R][] = [
  ["EX-01", "Supine piriformis stretch (knee to opposite shoulder)", ["STRETCH"], ["HIP_POSTERIOR"], "HOLD", [3, 3], [30, 30], [1, 2], [7, 7]],
  ["EX-02", "Supine figure-4 stretch", ["STRETCH"], ["HIP_POSTERIOR"], "HOLD", [3, 3], [30, 30], [1, 2], [7, 7]],
  ["EX-03", "Seated figure-4 stretch", ["STRETCH"], ["HIP_POSTERIOR"], "HOLD", [3, 3], [30, 30], [2, 3], [7, 7]],
  ["EX-04", "Standing piriformis stretch on table/bench", ["STRETCH"], ["HIP_POSTERIOR"], "HOLD", [3, 3], [30, 30], [1, 1], [7, 7]],
  ["EX-05", "Pigeon stretch (floor)", ["STRETCH"], ["HIP_POSTERIOR"], "HOLD", [2, 3], [30, 45], [1, 1], [7, 7]],
  ["EX-06", "Supine hamstring stretch with strap", ["STRETCH"], ["THIGH_POSTERIOR"], "HOLD", [3, 3], [30, 30], [1, 2], [7, 7]],
  ["EX-07", "Standing hamstring stretch (heel on step)", ["STRETCH"], ["THIGH_POSTERIOR"], "HOLD", [3, 3], [30, 30], [1, 1], [7, 7]],
  ["EX-08", "Active 90-90 hamstring stretch (AIS style)", ["STRETCH"], ["THIGH_POSTERIOR"], "REPS", [1, 2], [10, 10], [1, 1], [7, 7]],
  ["EX-09", "Half-kneeling hip flexor stretch", ["STRETCH"], ["HIP_ANTERIOR"], "HOLD", [3, 3], [30, 30], [1, 2], [7, 7]],
  ["EX-10", "Couch stretch (rectus femoris)", ["STRETCH"], ["THIGH_ANTERIOR"], "HOLD", [2, 3], [30, 30], [1, 1], [7, 7]],
  ["EX-11", "Standing ITB/TFL cross-over stretch", ["STRETCH"], ["THIGH_LATERAL"], "HOLD", [3, 3], [30, 30], [1, 1], [7, 7]],
  ["EX-12", "Standing quadriceps stretch", ["STRETCH"], ["THIGH_ANTERIOR"], "HOLD", [3, 3], [30, 30], [1, 1], [7, 7]],
  ["EX-13", "Adductor rock-back", ["STRETCH", "MOBILITY"], ["HIP_ANTERIOR"], "REPS", [2, 2], [10, 10], [1, 1], [7, 7]],
  ["EX-14", "Single knee-to-chest", ["STRETCH", "MOBILITY"], ["LUMBAR"], "REPS", [1, 1], [10, 10], [1, 2], [7, 7]],
  ["EX-15", "Supine lumbar rotation (knee rocks)", ["MOBILITY"], ["LUMBAR"], "REPS", [1, 1], [10, 15], [1, 2], [7, 7]],
  ["EX-16", "Bridge with adductor ball squeeze", ["STRENGTH"], ["SIJ_PELVIS"], "REPS", [2, 3], [10, 10], [1, 1], [4, 5]],
  ["EX-17", "Cat–camel", ["MOBILITY"], ["LUMBAR"], "REPS", [1, 1], [10, 15], [1, 3], [7, 7]],
  ["EX-18", "Sciatic nerve slider", ["NEURAL_MOBILITY"], ["NEURAL"], "REPS", [1, 1], [10, 15], [2, 3], [7, 7]],
  ["EX-19", "Prone press-up (McKenzie extension)", ["MOBILITY"], ["LUMBAR"], "REPS", [1, 1], [10, 10], [1, 2], [7, 7]],
  ["EX-20", "Glute bridge (double-leg)", ["STRENGTH"], ["HIP_POSTERIOR"], "REPS", [3, 3], [10, 15], [1, 1], [4, 5]],
  ["EX-21", "Single-leg glute bridge", ["STRENGTH"], ["HIP_POSTERIOR"], "REPS", [3, 3], [8, 12], [1, 1], [3, 4]],
  ["EX-22", "Bird dog", ["MOTOR_CONTROL"], ["CORE", "SIJ_PELVIS"], "REPS", [2, 3], [6, 10], [1, 1], [7, 7]],
  ["EX-23", "Side plank from knees", ["STRENGTH"], ["HIP_LATERAL", "CORE"], "HOLD", [3, 5], [10, 20], [1, 1], [4, 5]],
  ["EX-24", "Side plank (full)", ["STRENGTH"], ["HIP_LATERAL", "CORE"], "HOLD", [3, 5], [10, 30], [1, 1], [4, 5]],
  ["EX-25", "McGill curl-up", ["MOTOR_CONTROL"], ["CORE"], "REPS", [3, 3], [5, 5], [1, 1], [7, 7]],
  ["EX-26", "Clamshell (with band)", ["STRENGTH"], ["HIP_LATERAL", "HIP_POSTERIOR"], "REPS", [3, 3], [12, 15], [1, 1], [4, 5]],
  ["EX-27", "Side-lying hip abduction", ["STRENGTH"], ["HIP_LATERAL"], "REPS", [3, 3], [10, 15], [1, 1], [4, 5]],
  ["EX-28", "Lateral band walk", ["STRENGTH"], ["HIP_LATERAL"], "REPS", [3, 3], [10, 15], [1, 1], [3, 4]],
  ["EX-29", "Dead bug", ["MOTOR_CONTROL"], ["CORE"], "REPS", [2, 3], [6, 10], [1, 1], [7, 7]],
  ["EX-30", "Single-leg stance balance", ["BALANCE"], ["HIP_LATERAL"], "HOLD", [3, 3], [30, 30], [1, 1], [7, 7]],
  ["EX-31", "Hip hike (pelvic drop) on step", ["STRENGTH"], ["HIP_LATERAL"], "REPS", [3, 3], [10, 15], [1, 1], [3, 4]],
  ["EX-32", "Single-leg Romanian deadlift", ["STRENGTH"], ["HIP_POSTERIOR", "THIGH_POSTERIOR"], "REPS", [3, 3], [8, 10], [1, 1], [2, 3]],
  ["EX-33", "Step-down (forward or lateral)", ["STRENGTH"], ["HIP_LATERAL", "THIGH_ANTERIOR"], "REPS", [3, 3], [8, 12], [1, 1], [3, 3]],
  ["EX-34", "Posterior pelvic tilt", ["MOTOR_CONTROL"], ["LUMBAR", "CORE"], "REPS", [1, 1], [10, 15], [1, 2], [7, 7]],
  ["EX-35", "Hip 90/90 switches", ["MOBILITY"], ["HIP_POSTERIOR", "HIP_ANTERIOR", "HIP_LATERAL"], "REPS", [2, 2], [8, 10], [1, 1], [7, 7]],
  ["EX-36", "Child's pose / prayer stretch", ["STRETCH"], ["LUMBAR"], "HOLD", [3, 3], [30, 30], [1, 1], [7, 7]],
  ["EX-37", "Foam roll lateral thigh (TFL / vastus lateralis)", ["SELF_MYOFASCIAL"], ["THIGH_LATERAL"], "DURATION", [1, 1], [60, 90], [1, 1], [7, 7]],
  ["EX-38", "Foam roll quadriceps", ["SELF_MYOFASCIAL"], ["THIGH_ANTERIOR"], "DURATION", [1, 1], [60, 90], [1, 1], [7, 7]],
  ["EX-39", "Foam roll glutes / piriformis (figure-4 on roller)", ["SELF_MYOFASCIAL"], ["HIP_POSTERIOR"], "DURATION", [1, 1], [60, 90], [1, 1], [7, 7]],
  ["EX-40", "Ball release piriformis (tennis/lacrosse ball)", ["SELF_MYOFASCIAL"], ["HIP_POSTERIOR"], "DURATION", [1, 1], [60, 120], [1, 2], [7, 7]],
];

/** Rep-based items DOMAIN doses with a pause per rep ("10 reps × 5 s hold"). */
const REP_HOLDS: Record<string, R> = { "EX-08": [2, 2], "EX-14": [5, 5], "EX-16": [3, 5], "EX-19": [1, 2], "EX-20": [2, 3], "EX-22": [8, 10], "EX-25": [8, 10], "EX-34": [5, 5] };

const range = (r?: { min: number; max: number }) => (r ? [r.min, r.max] : undefined);
const amount = (e: Exercise) => e.dose.reps ?? e.dose.holdSeconds ?? e.dose.durationSeconds;
const codes = (list: readonly Exercise[]) => list.map((e) => e.code);

describe("HEP library contents (DOMAIN.md §6.2–6.5)", () => {
  it("has EX-01 … EX-40, each exactly once, in code order", () => {
    const expected = Array.from({ length: 40 }, (_, i) => `EX-${String(i + 1).padStart(2, "0")}`);
    expect(EXPECTED.map((e) => e[0]).sort()).toEqual(expected);
    expect(codes(EXERCISES)).toEqual(expected);
  });

  it.each(EXPECTED)("%s %s: category, region and dosing", (code, name, categories, regions, kind, sets, amt, perDay, perWeek) => {
    const e = findExercise(code)!;
    expect(e.name).toBe(name);
    expect([e.category, ...(e.alsoCategory ? [e.alsoCategory] : [])]).toEqual(categories);
    expect(e.regions).toEqual(regions);
    expect(e.dose.kind).toBe(kind);
    expect(range(e.dose.sets)).toEqual(sets);
    expect(range(amount(e))).toEqual(amt);
    expect(range(e.dose.timesPerDay)).toEqual(perDay);
    expect(range(e.dose.daysPerWeek)).toEqual(perWeek);
    expect(range(e.dose.repHoldSeconds)).toEqual(REP_HOLDS[code]);
  });

  it("carries exactly one amount field, matching its dose kind (V19)", () => {
    for (const e of EXERCISES) {
      const present = (["reps", "holdSeconds", "durationSeconds"] as const).filter((k) => e.dose[k] !== undefined);
      expect(present, e.code).toEqual([{ REPS: "reps", HOLD: "holdSeconds", DURATION: "durationSeconds" }[e.dose.kind]]);
      if (e.dose.repHoldSeconds) expect(e.dose.kind, e.code).toBe("REPS");
    }
    expect(EXERCISES.filter((e) => isSmr(e.code)).map((e) => e.code)).toEqual(["EX-37", "EX-38", "EX-39", "EX-40"]);
  });

  it("keeps every default within the prescription limits", () => {
    const within = (r: { min: number; max: number } | undefined, lim: { min: number; max: number }, code: string) => {
      if (!r) return;
      expect(r.min, code).toBeGreaterThanOrEqual(lim.min);
      expect(r.max, code).toBeLessThanOrEqual(lim.max);
      expect(r.min, code).toBeLessThanOrEqual(r.max);
    };
    for (const e of EXERCISES) {
      within(e.dose.sets, PRESCRIPTION_LIMITS.sets, e.code);
      within(e.dose.reps, PRESCRIPTION_LIMITS.reps, e.code);
      within(e.dose.holdSeconds, { ...PRESCRIPTION_LIMITS.holdSeconds, min: 1 }, e.code);
      within(e.dose.repHoldSeconds, PRESCRIPTION_LIMITS.repHoldSeconds, e.code);
      within(e.dose.durationSeconds, PRESCRIPTION_LIMITS.durationSeconds, e.code);
      within(e.dose.timesPerDay, PRESCRIPTION_LIMITS.timesPerDay, e.code);
      within(e.dose.daysPerWeek, PRESCRIPTION_LIMITS.daysPerWeek, e.code);
    }
  });

  it("uses only the §6.1 enums", () => {
    for (const e of EXERCISES) {
      expect(HEP_CATEGORIES).toContain(e.category);
      for (const r of e.regions) expect(HEP_REGIONS).toContain(r);
    }
  });

  it("marks one-side-at-a-time items as paired, and counts them per side", () => {
    const paired = codes(EXERCISES.filter((e) => e.paired));
    for (const code of ["EX-01", "EX-06", "EX-09", "EX-18", "EX-21", "EX-23", "EX-26", "EX-30", "EX-32", "EX-33", "EX-37", "EX-40"]) expect(paired).toContain(code);
    for (const code of ["EX-15", "EX-16", "EX-17", "EX-19", "EX-20", "EX-25", "EX-34", "EX-35", "EX-36"]) expect(paired).not.toContain(code);
    for (const e of EXERCISES.filter((x) => x.paired)) expect(e.dose.perSide, e.code).toBe(true);
  });

  it("has patient-facing steps, cues, common errors and the pain rule on every item", () => {
    for (const e of EXERCISES) {
      expect(e.steps.length, e.code).toBeGreaterThanOrEqual(2);
      expect(e.steps.length, e.code).toBeLessThanOrEqual(5);
      for (const s of e.steps) expect(s.length, e.code).toBeLessThanOrEqual(160);
      expect(e.cues.length, e.code).toBeGreaterThan(0);
      expect(e.commonErrors.length, e.code).toBeGreaterThan(0);
      expect(e.stopIf.length, e.code).toBeGreaterThan(0);
      expect(e.painRule.text, e.code).toContain(DEFAULT_PAIN_RULE_TEXT);
    }
  });

  it("applies 3/10 as the pain-rule limit, and 5/10 pressure discomfort for self-massage (§6.5)", () => {
    expect(painThresholdFor("EX-20")).toBe(3);
    expect(painThresholdFor("EX-40")).toBe(5);
    expect(painThresholdFor("EX-99")).toBe(3);
  });
});

describe("progressions, regressions and substitutes", () => {
  const all = new Set(codes(EXERCISES));

  it("reference existing codes, never the exercise itself", () => {
    for (const e of EXERCISES) {
      for (const c of [...e.progressions, ...e.regressions, ...e.precautions.flatMap((p) => p.substitute ?? [])]) {
        expect(all.has(c), `${e.code} → ${c}`).toBe(true);
        expect(c, e.code).not.toBe(e.code);
      }
    }
  });

  it("are reciprocal: A progresses to B exactly when B regresses to A", () => {
    for (const a of EXERCISES) {
      for (const b of a.progressions) expect(findExercise(b)!.regressions, `${a.code} → ${b}`).toContain(a.code);
      for (const b of a.regressions) expect(findExercise(b)!.progressions, `${a.code} ← ${b}`).toContain(a.code);
    }
  });

  it("never loop: the progression ladder is acyclic", () => {
    for (const e of EXERCISES) expect(codes(progressionPath(e.code)), e.code).not.toContain(e.code);
  });

  it("DOMAIN's own ladders hold (EX-20 → EX-21, EX-23 → EX-24, EX-09 → EX-10, EX-04 ← EX-05)", () => {
    expect(codes(progressionsOf("EX-20"))).toContain("EX-21");
    expect(codes(progressionsOf("EX-23"))).toEqual(["EX-24"]);
    expect(codes(regressionsOf("EX-10"))).toContain("EX-09");
    expect(codes(regressionsOf("EX-05"))).toEqual(["EX-04"]);
    expect(codes(progressionPath("EX-26"))).toEqual(["EX-27", "EX-28", "EX-31", "EX-33"]);
    expect(progressionsOf("EX-99")).toEqual([]);
    expect(regressionsOf("EX-99")).toEqual([]);
  });

  it("never suggest a substitute that the same precaution would block", () => {
    for (const e of EXERCISES) {
      for (const p of e.precautions.filter((x) => x.substitute)) {
        const sub = findExercise(p.substitute!)!;
        expect(sub.precautions.some((q) => q.tag === p.tag && q.level === "BLOCK"), `${e.code} ${p.tag} → ${sub.code}`).toBe(false);
      }
    }
  });

  it("uses known precaution tags, at most once per exercise", () => {
    for (const e of EXERCISES) {
      const tags = e.precautions.map((p) => p.tag);
      for (const t of tags) expect(PRECAUTION_TAGS[t], `${e.code} ${t}`).toBeDefined();
      expect(new Set(tags).size, e.code).toBe(tags.length);
    }
  });
});

describe("library lookups", () => {
  it("finds by category including the second category, and by region", () => {
    expect(codes(exercisesInCategory("MOBILITY"))).toEqual(["EX-13", "EX-14", "EX-15", "EX-17", "EX-19", "EX-35"]);
    expect(codes(exercisesInCategory("SELF_MYOFASCIAL"))).toEqual(["EX-37", "EX-38", "EX-39", "EX-40"]);
    expect(codes(exercisesInRegion("NEURAL"))).toEqual(["EX-18"]);
    expect(codes(exercisesInRegion("HIP_ANTERIOR"))).toEqual(["EX-09", "EX-13", "EX-35"]);
    expect(findExercise("EX-41")).toBeUndefined();
  });
});
