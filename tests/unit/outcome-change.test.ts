import { describe, expect, it } from "vitest";
import { type ChangeResult, changeSinceBaseline } from "@/lib/domain/outcomes/change-since-baseline";
import { GROC } from "@/lib/domain/outcomes/global-change";
import { LEFS } from "@/lib/domain/outcomes/lefs";
import { NPRS } from "@/lib/domain/outcomes/nprs";
import { MODIFIED_ODI, ODI } from "@/lib/domain/outcomes/odi";
import { PSFS } from "@/lib/domain/outcomes/psfs";
import { RMDQ } from "@/lib/domain/outcomes/rmdq";
import { scoreMeasure } from "@/lib/domain/outcomes/score-measure";

const ok = (r: ChangeResult) => {
  if (!r.comparable) throw new Error(r.reason);
  return r;
};
const met = (r: ChangeResult) => ok(r).thresholds.filter((t) => t.met).map((t) => t.id);

describe("NPRS (V8: ≥ 2 points or ≥ 30 %)", () => {
  it.each([
    [6, 4, true, ["NPRS_MCID_POINTS", "NPRS_MCID_PERCENT"]],
    [6, 5, false, []], // 1 point, 16.7 %
    [3, 2, true, ["NPRS_MCID_PERCENT"]], // 1 point but 33 %
    [10, 7, true, ["NPRS_MCID_POINTS", "NPRS_MCID_PERCENT"]], // exactly 30 %
    [10, 8, true, ["NPRS_MCID_POINTS"]], // 2 points, 20 %
    [7, 5, true, ["NPRS_MCID_POINTS"]], // 2 points, 28.6 %
  ])("%i → %i: MCID %s", (b, c, mcid, ids) => {
    const r = ok(changeSinceBaseline(NPRS, b, c));
    expect(r.direction).toBe("IMPROVED");
    expect(r.mcidMet).toBe(mcid);
    expect(met(r)).toEqual(ids);
  });

  it("reports a rise as worse; percent never flags a worsening", () => {
    const small = ok(changeSinceBaseline(NPRS, 2, 3));
    expect(small).toMatchObject({ direction: "WORSE", change: 1, improvement: -1, pctChange: 50, mcidMet: false, meaningfulWorsening: false });
    const big = ok(changeSinceBaseline(NPRS, 3, 5));
    expect(big).toMatchObject({ direction: "WORSE", mcidMet: false, meaningfulWorsening: true });
    expect(met(big)).toEqual(["NPRS_MCID_POINTS"]);
  });

  it("has no percent change from a baseline of 0", () => {
    const r = ok(changeSinceBaseline(NPRS, 0, 2));
    expect(r.pctChange).toBeNull();
    expect(r.direction).toBe("WORSE");
  });
});

describe("ODI (V8: ≥ 10 points or ≥ 30 %)", () => {
  it.each([
    [40, 30, true], [40, 31, false], [30, 21, true], [20, 15, false], [20, 14, true], [50, 41, false], [80, 57, true],
  ])("%i → %i: MCID %s", (b, c, mcid) => {
    expect(ok(changeSinceBaseline(ODI, b, c)).mcidMet).toBe(mcid);
  });

  it("takes scored administrations, and never compares versions", () => {
    const base = scoreMeasure(ODI, { PAIN_INTENSITY: 4, PERSONAL_CARE: 2, LIFTING: 4, WALKING: 2, SITTING: 3, STANDING: 3, SLEEPING: 2, SEX_LIFE: 2, SOCIAL_LIFE: 3, TRAVELLING: 3 });
    const now = scoreMeasure(ODI, { PAIN_INTENSITY: 2, PERSONAL_CARE: 1, LIFTING: 2, WALKING: 1, SITTING: 2, STANDING: 2, SLEEPING: 1, SEX_LIFE: 1, SOCIAL_LIFE: 2, TRAVELLING: 2 });
    expect(ok(changeSinceBaseline(ODI, base, now))).toMatchObject({ baseline: 56, current: 32, change: -24, improvement: 24, mcidMet: true });
    const modified = scoreMeasure(MODIFIED_ODI, { PAIN_INTENSITY: 1, PERSONAL_CARE: 1, LIFTING: 1, WALKING: 1, SITTING: 1, STANDING: 1, SLEEPING: 1, EMPLOYMENT_HOMEMAKING: 1 });
    expect(changeSinceBaseline(ODI, base, modified)).toEqual({ comparable: false, reason: "Different versions (ODI_2_1A and MODIFIED_ODI) are never compared." });
    const unscored = scoreMeasure(ODI, { PAIN_INTENSITY: 1 });
    expect(changeSinceBaseline(ODI, base, unscored)).toMatchObject({ comparable: false, reason: "The current administration has no score." });
  });

  it("accepts house thresholds", () => {
    const r = ok(changeSinceBaseline(ODI, 40, 32, { thresholds: [{ id: "HOUSE", kind: "MCID", label: "8 points", basis: "points", value: 8 }] }));
    expect(r.mcidMet).toBe(true);
  });
});

describe("LEFS (V8: ≥ 9 points, higher is better)", () => {
  it.each([[40, 49, "IMPROVED", true], [40, 48, "IMPROVED", false], [49, 40, "WORSE", false], [40, 40, "NO_CHANGE", false]] as const)(
    "%i → %i is %s, MCID %s", (b, c, direction, mcid) => {
      const r = ok(changeSinceBaseline(LEFS, b, c));
      expect(r.direction).toBe(direction);
      expect(r.mcidMet).toBe(mcid);
    },
  );

  it("labels MCID and MDC separately", () => {
    const r = ok(changeSinceBaseline(LEFS, 40, 49));
    expect(r.thresholds.map((t) => [t.kind, t.met])).toEqual([["MCID", true], ["MDC", true]]);
    expect(r.mdcMet).toBe(true);
    expect(ok(changeSinceBaseline(LEFS, 49, 40)).meaningfulWorsening).toBe(true);
  });
});

describe("PSFS (V8: detectable change vs MCID, labelled)", () => {
  it.each([
    [3, 4.3, "SMALL", false], [3, 4.2, null, false], [3, 5, "SMALL", true], [3, 5.3, "MEDIUM", true], [3, 5.7, "LARGE", true],
  ] as const)("mean %s → %s: MCID %s, detectable %s", (b, c, magnitude, mdc) => {
    const r = ok(changeSinceBaseline(PSFS, b, c));
    expect(r.magnitude).toBe(magnitude);
    expect(r.mcidMet).toBe(magnitude !== null);
    expect(r.thresholds.find((t) => t.id === "PSFS_MDC_MEAN")!.met).toBe(mdc);
  });

  it("flags a single activity changed by 3 and compares only activities rated at both times", () => {
    const base = scoreMeasure(PSFS, { A1: 2, A2: 5, A3: 6 });
    const now = scoreMeasure(PSFS, { A1: 5, A2: 5, A3: 6, A4: 9 });
    const r = ok(changeSinceBaseline(PSFS, base, now));
    expect(r.newItems).toEqual(["A4"]);
    expect(r).toMatchObject({ baseline: 4.3, current: 5.3, change: 1 });
    expect(met(r)).toEqual(["PSFS_MDC_ITEM"]);
    expect(r.mcidMet).toBe(false);
    expect(r.items.find((i) => i.id === "A1")!.change).toBe(3);
  });

  it("labels every threshold as MDC or MCID, never both", () => {
    const labels = ok(changeSinceBaseline(PSFS, 2, 6)).thresholds.map((t) => `${t.kind}: ${t.label}`);
    expect(labels.filter((l) => l.startsWith("MDC")).every((l) => /Detectable change/.test(l))).toBe(true);
    expect(labels.filter((l) => l.startsWith("MCID")).every((l) => /^MCID: MCID/.test(l))).toBe(true);
  });
});

describe("RMDQ (V8: configurable developer 2–3 or consensus 5 / 30 %)", () => {
  it("uses the consensus by default", () => {
    expect(ok(changeSinceBaseline(RMDQ, 12, 8)).mcidMet).toBe(true); // 4 points, 33 %
    expect(ok(changeSinceBaseline(RMDQ, 20, 16)).mcidMet).toBe(false); // 4 points, 20 %
    expect(ok(changeSinceBaseline(RMDQ, 20, 15)).mcidMet).toBe(true); // 5 points
  });

  it.each([["DEVELOPER_2", 2, true], ["DEVELOPER_3", 2, false], ["DEVELOPER_3", 3, true]] as const)("%s with a %i-point drop: %s", (preset, drop, mcid) => {
    expect(ok(changeSinceBaseline(RMDQ, 20, 20 - drop, { preset })).mcidMet).toBe(mcid);
  });

  it("refuses an unknown preset and a rating-of-change measure", () => {
    expect(changeSinceBaseline(RMDQ, 10, 5, { preset: "NOPE" }).comparable).toBe(false);
    expect(changeSinceBaseline(GROC, 1, 5).comparable).toBe(false);
  });
});
