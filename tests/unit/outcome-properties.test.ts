import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { changeSinceBaseline, type ChangeResult } from "@/lib/domain/outcomes/change-since-baseline";
import { LEFS } from "@/lib/domain/outcomes/lefs";
import { NPRS } from "@/lib/domain/outcomes/nprs";
import { ODI } from "@/lib/domain/outcomes/odi";
import { PSFS } from "@/lib/domain/outcomes/psfs";
import { RMDQ } from "@/lib/domain/outcomes/rmdq";
import { type MeasureScore, scoreMeasure } from "@/lib/domain/outcomes/score-measure";
import type { MeasureDefinition } from "@/lib/domain/outcomes/types";

const ids = (def: MeasureDefinition) => def.items.map((i) => i.id);
const score = (r: MeasureScore) => (r.scored ? r.score : null);
const ok = (r: ChangeResult) => {
  if (!r.comparable) throw new Error(r.reason);
  return r;
};

/** Per item: a value, or undefined (unanswered). */
const sheet = (n: number, max: number, missingRate = 0.15) =>
  fc.array(fc.option(fc.integer({ min: 0, max }), { nil: undefined, freq: Math.round(1 / missingRate) }), { minLength: n, maxLength: n });
const toAnswers = (def: MeasureDefinition, values: (number | undefined)[]) => Object.fromEntries(values.flatMap((v, i) => (v === undefined ? [] : [[ids(def)[i], v]])));

describe("ODI arithmetic (V6)", () => {
  it("is 0–100, and scored exactly when at least 8 sections are answered", () => {
    fc.assert(fc.property(sheet(10, 5), (values) => {
      const r = scoreMeasure(ODI, toAnswers(ODI, values));
      const answered = values.filter((v) => v !== undefined).length;
      expect(r.scored).toBe(answered >= 8);
      if (r.scored) {
        expect(r.score).toBeGreaterThanOrEqual(0);
        expect(r.score).toBeLessThanOrEqual(100);
        expect(r.score).toBe(Math.round((values.reduce<number>((a, v) => a + (v ?? 0), 0) / (5 * answered)) * 100));
      }
    }));
  });

  it("never falls when one answered section gets worse", () => {
    fc.assert(fc.property(sheet(10, 5), fc.nat(9), (values, k) => {
      fc.pre(values.filter((v) => v !== undefined).length >= 8 && values[k] !== undefined && values[k]! < 5);
      const worse = values.map((v, i) => (i === k ? v! + 1 : v));
      expect(score(scoreMeasure(ODI, toAnswers(ODI, worse)))!).toBeGreaterThanOrEqual(score(scoreMeasure(ODI, toAnswers(ODI, values)))!);
    }));
  });

  it("scores a double-marked section as its highest mark", () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 10, maxLength: 10 }), fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 2, maxLength: 3 }), (values, marks) => {
      const multi = { ...toAnswers(ODI, values), LIFTING: marks };
      const single = { ...toAnswers(ODI, values), LIFTING: Math.max(...marks) };
      expect(score(scoreMeasure(ODI, multi))).toBe(score(scoreMeasure(ODI, single)));
    }));
  });
});

describe("LEFS, RMDQ and PSFS arithmetic (V7)", () => {
  it("LEFS is 0–80, prorated only with ≤ 2 missing, and monotone", () => {
    fc.assert(fc.property(sheet(20, 4, 0.08), fc.nat(19), (values, k) => {
      const r = scoreMeasure(LEFS, toAnswers(LEFS, values));
      const missing = values.filter((v) => v === undefined).length;
      expect(r.scored).toBe(missing <= 2);
      if (!r.scored) return;
      expect(r.score).toBeGreaterThanOrEqual(0);
      expect(r.score).toBeLessThanOrEqual(80);
      expect(Math.abs(r.percentOfMax! - (r.score / 80) * 100)).toBeLessThanOrEqual(0.05 + 1e-9);
      if (values[k] !== undefined && values[k]! < 4) {
        const better = values.map((v, i) => (i === k ? v! + 1 : v));
        expect(score(scoreMeasure(LEFS, toAnswers(LEFS, better)))!).toBeGreaterThanOrEqual(r.score);
      }
    }));
  });

  it("RMDQ is the number of ticks, 0–24", () => {
    fc.assert(fc.property(sheet(24, 1, 0.3), (values) => {
      const r = scoreMeasure(RMDQ, toAnswers(RMDQ, values));
      if (values.every((v) => v === undefined)) return expect(r.scored).toBe(false);
      expect(score(r)).toBe(values.filter((v) => v === 1).length);
    }));
  });

  it("PSFS lies between the lowest and highest activity", () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 5 }), (values) => {
      const s = score(scoreMeasure(PSFS, toAnswers(PSFS, values)))!;
      expect(s).toBeGreaterThanOrEqual(Math.min(...values));
      expect(s).toBeLessThanOrEqual(Math.max(...values));
    }));
  });
});

describe("change since baseline (V8)", () => {
  const pair = fc.tuple(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 10 }));

  it("reversing baseline and current reverses change and direction", () => {
    fc.assert(fc.property(pair, ([b, c]) => {
      const there = ok(changeSinceBaseline(NPRS, b, c));
      const back = ok(changeSinceBaseline(NPRS, c, b));
      expect(back.change + there.change).toBe(0);
      expect(Object.is(there.change, -0)).toBe(false);
      const flip = { IMPROVED: "WORSE", WORSE: "IMPROVED", NO_CHANGE: "NO_CHANGE" } as const;
      expect(back.direction).toBe(flip[there.direction]);
    }));
  });

  it("the same numbers read as opposite directions when lower vs higher is better", () => {
    fc.assert(fc.property(pair, ([b, c]) => {
      const lowerBetter = ok(changeSinceBaseline(NPRS, b, c));
      const higherBetter = ok(changeSinceBaseline(PSFS, b, c));
      expect(lowerBetter.improvement + higherBetter.improvement).toBe(0);
      expect(lowerBetter.pctChange).toBe(higherBetter.pctChange);
      if (b !== 0) expect(lowerBetter.pctChange).toBeCloseTo(((c - b) / b) * 100, 1);
    }));
  });

  it("an MCID stays met when the current score improves further", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), (b, c, extra) => {
      const further = Math.max(0, c - extra);
      if (ok(changeSinceBaseline(ODI, b, c)).mcidMet) expect(ok(changeSinceBaseline(ODI, b, further)).mcidMet).toBe(true);
    }));
  });

  it("the ODI percent rule is exactly 30 % of baseline (no float error at the edge)", () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 0, max: 100 }), (b, c) => {
      const r = ok(changeSinceBaseline(ODI, b, c));
      const pct = r.thresholds.find((t) => t.id === "ODI_MCID_PERCENT")!.met;
      expect(pct).toBe((b - c) * 10 >= 3 * b && b > c);
    }));
  });
});
