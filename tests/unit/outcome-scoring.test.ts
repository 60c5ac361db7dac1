import { describe, expect, it } from "vitest";
import { GROC, PGIC } from "@/lib/domain/outcomes/global-change";
import { LEFS } from "@/lib/domain/outcomes/lefs";
import { applyLicensedText } from "@/lib/domain/outcomes/licensed-text";
import { MEASURES, findMeasure } from "@/lib/domain/outcomes/measures";
import { NPRS, NPRS_3_ITEM } from "@/lib/domain/outcomes/nprs";
import { MODIFIED_ODI, ODI } from "@/lib/domain/outcomes/odi";
import { PSFS } from "@/lib/domain/outcomes/psfs";
import { checkPsfsActivities } from "@/lib/domain/outcomes/psfs-activities";
import { RMDQ } from "@/lib/domain/outcomes/rmdq";
import { type MeasureScore, bandFor, scoreMeasure } from "@/lib/domain/outcomes/score-measure";
import type { MeasureAnswers, MeasureDefinition } from "@/lib/domain/outcomes/types";

const ids = (def: MeasureDefinition) => def.items.map((i) => i.id);
/** Answers for the first n items, each with the given value(s). */
const answers = (def: MeasureDefinition, values: (number | number[])[]): MeasureAnswers => Object.fromEntries(values.map((v, i) => [ids(def)[i], v]));
const scored = (r: MeasureScore) => {
  if (!r.scored) throw new Error(`not scored: ${r.reason}`);
  return r;
};

describe("definitions (DOMAIN.md §3)", () => {
  it("have the documented item counts and scales", () => {
    expect(ODI.items).toHaveLength(10);
    expect(ODI.items.every((i) => i.response.kind === "options" && i.response.options.map((o) => o.value).join() === "0,1,2,3,4,5")).toBe(true);
    expect(LEFS.items).toHaveLength(20);
    expect(LEFS.items.every((i) => i.response.kind === "options" && i.response.options.map((o) => o.value).join() === "0,1,2,3,4")).toBe(true);
    expect(RMDQ.items).toHaveLength(24);
    expect(PSFS.items).toHaveLength(5);
    expect(PSFS.items.every((i) => i.patientDefined && i.response.kind === "scale" && i.response.min === 0 && i.response.max === 10)).toBe(true);
    expect(NPRS.items[0]).toMatchObject({ id: "NOW", response: { kind: "scale", min: 0, max: 10 } });
  });

  it("ship project wording for the licensed instruments, and unique ids", () => {
    for (const def of [ODI, MODIFIED_ODI, LEFS, RMDQ]) {
      expect(def.licensed).toBe(true);
      expect(def.items.every((i) => i.wording === "PROJECT_PARAPHRASE")).toBe(true);
    }
    for (const def of MEASURES) expect(new Set(ids(def)).size).toBe(def.items.length);
    expect(new Set(MEASURES.map((m) => `${m.id}/${m.version}`)).size).toBe(MEASURES.length);
  });

  it("modified ODI replaces only section 8", () => {
    expect(ids(MODIFIED_ODI).filter((id, i) => id !== ids(ODI)[i])).toEqual(["EMPLOYMENT_HOMEMAKING"]);
    expect(ids(ODI)[7]).toBe("SEX_LIFE");
    expect(findMeasure("ODI")).toBe(ODI);
    expect(findMeasure("ODI", "MODIFIED_ODI")).toBe(MODIFIED_ODI);
  });
});

describe("ODI (DOMAIN.md §3.3, V6)", () => {
  it("scores sum / (5 × answered) × 100 with all sections", () => {
    const r = scored(scoreMeasure(ODI, answers(ODI, [1, 2, 3, 2, 1, 0, 2, 1, 3, 2])));
    expect(r.rawScore).toBe(34);
    expect(r.score).toBe(34);
    expect(r.band?.code).toBe("MODERATE");
  });

  it("does not score 7 answered sections; scores 8 out of 40", () => {
    const seven = scoreMeasure(ODI, answers(ODI, [3, 3, 3, 3, 3, 3, 3]));
    expect(seven.scored).toBe(false);
    expect(seven.scored === false && seven.reason).toBe("7 of 10 sections answered; at least 8 needed for a score.");
    expect(seven.missingItems).toEqual(["SEX_LIFE", "SOCIAL_LIFE", "TRAVELLING"]);
    const eight = scored(scoreMeasure(ODI, answers(ODI, [2, 2, 2, 2, 2, 2, 1, 0])));
    // 13 / 40 × 100 = 32.5 → 33
    expect(eight.answered).toBe(8);
    expect(eight.rawScore).toBe(32.5);
    expect(eight.score).toBe(33);
  });

  it("allows the house minimum to be changed", () => {
    expect(scoreMeasure(ODI, answers(ODI, [3, 3, 3, 3, 3, 3, 3]), { minAnswered: 7 })).toMatchObject({ scored: true, score: 60 });
  });

  it("scores a double-marked section at its higher mark", () => {
    const r = scored(scoreMeasure(ODI, answers(ODI, [[1, 3], 0, 0, 0, 0, 0, 0, 0, 0, 0])));
    expect(r.itemScores.PAIN_INTENSITY).toBe(3);
    expect(r.score).toBe(6);
    expect(r.multiMarked).toEqual(["PAIN_INTENSITY"]);
  });

  it.each([
    // sum of 10 sections → score → band
    [10, 20, "MINIMAL"], [11, 22, "MODERATE"], [20, 40, "MODERATE"], [21, 42, "SEVERE"], [30, 60, "SEVERE"],
    [31, 62, "CRIPPLED"], [40, 80, "CRIPPLED"], [41, 82, "BED_BOUND_OR_EXAGGERATING"], [50, 100, "BED_BOUND_OR_EXAGGERATING"], [0, 0, "MINIMAL"],
  ])("sum %i → %i %s", (sum, score, band) => {
    const values = Array.from({ length: 10 }, (_, i) => Math.min(5, Math.max(0, sum - 5 * i)));
    const r = scored(scoreMeasure(ODI, answers(ODI, values)));
    expect(r.score).toBe(score);
    expect(r.band?.code).toBe(band);
  });

  it.each([
    [0, "MINIMAL"], [20, "MINIMAL"], [21, "MODERATE"], [40, "MODERATE"], [41, "SEVERE"], [60, "SEVERE"],
    [61, "CRIPPLED"], [80, "CRIPPLED"], [81, "BED_BOUND_OR_EXAGGERATING"], [100, "BED_BOUND_OR_EXAGGERATING"],
  ])("band edge: %i is %s", (score, band) => {
    // 21, 41, 61 and 81 cannot come out of 8–10 answered sections, so the band table is checked directly.
    expect(bandFor(ODI, score)?.code).toBe(band);
  });

  it("bands the rounded score of a 9-section form (45 points max)", () => {
    // With 9 sections a score can land between integers; bands apply to the rounded score.
    const nine = (sum: number) => scored(scoreMeasure(ODI, answers(ODI, Array.from({ length: 9 }, (_, i) => Math.min(5, Math.max(0, sum - 5 * i))))));
    expect(nine(9)).toMatchObject({ score: 20, band: { code: "MINIMAL", label: "Minimal disability" } }); // 20.0
    expect(nine(10)).toMatchObject({ score: 22, band: { code: "MODERATE" } }); // 22.2
    expect(nine(28).band?.label).toBe("Very severe disability"); // 62.2
    expect(nine(37).band?.label).toBe("Extreme"); // 82.2
  });

  it("refuses values outside 0–5 and unknown sections", () => {
    expect(scoreMeasure(ODI, { ...answers(ODI, [0, 0, 0, 0, 0, 0, 0, 0, 0]), TRAVELLING: 6 }).scored).toBe(false);
    expect(scoreMeasure(ODI, { ...answers(ODI, [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]), DRIVING: 1 })).toMatchObject({ scored: false, reason: 'Unknown item "DRIVING" for ODI.' });
  });
});

describe("LEFS (DOMAIN.md §3.5, V7)", () => {
  it("sums 20 items to 0–80 with % of max", () => {
    expect(scored(scoreMeasure(LEFS, answers(LEFS, Array(20).fill(4))))).toMatchObject({ score: 80, percentOfMax: 100 });
    expect(scored(scoreMeasure(LEFS, answers(LEFS, Array(20).fill(0))))).toMatchObject({ score: 0, percentOfMax: 0 });
    expect(scored(scoreMeasure(LEFS, answers(LEFS, [...Array(10).fill(3), ...Array(10).fill(2)])))).toMatchObject({ score: 50, percentOfMax: 62.5 });
  });

  it("prorates with up to 2 missing items and refuses 3", () => {
    const two = scored(scoreMeasure(LEFS, answers(LEFS, Array(18).fill(3))));
    expect(two).toMatchObject({ rawScore: 54, score: 60, prorated: true });
    expect(two.missingItems).toEqual(["HOPPING", "ROLL_IN_BED"]);
    const three = scoreMeasure(LEFS, answers(LEFS, Array(17).fill(3)));
    expect(three).toMatchObject({ scored: false, reason: "3 items unanswered; at most 2 may be missing for a score." });
  });

  it("refuses a double mark (only ODI scores the higher of two)", () => {
    expect(scoreMeasure(LEFS, answers(LEFS, [[2, 3], ...Array(19).fill(4)])).scored).toBe(false);
  });
});

describe("RMDQ (DOMAIN.md §3.6, V7)", () => {
  it("counts ticked statements; unticked means does not apply", () => {
    expect(scored(scoreMeasure(RMDQ, answers(RMDQ, [1, 0, 1, 1])))).toMatchObject({ score: 3, missingItems: [] });
    expect(scored(scoreMeasure(RMDQ, answers(RMDQ, Array(24).fill(1)))).score).toBe(24);
    expect(scored(scoreMeasure(RMDQ, answers(RMDQ, [0]))).band?.code).toBe("RECOVERED_RANGE");
  });

  it("refuses a wholly blank form", () => {
    expect(scoreMeasure(RMDQ, {})).toMatchObject({ scored: false, reason: "The form is blank: nothing was answered." });
  });
});

describe("PSFS (DOMAIN.md §3.4)", () => {
  it("is the mean of 1–5 activities to one decimal", () => {
    expect(scored(scoreMeasure(PSFS, { A1: 3 }))).toMatchObject({ score: 3 });
    expect(scored(scoreMeasure(PSFS, { A1: 3, A2: 4, A3: 4 }))).toMatchObject({ score: 3.7, missingItems: [] });
    expect(scoreMeasure(PSFS, {})).toMatchObject({ scored: false });
    expect(scoreMeasure(PSFS, { A1: 11 }).scored).toBe(false);
    expect(scoreMeasure(PSFS, { A1: 2.5 }).scored).toBe(false);
  });

  it("locks activity text after baseline, allows new activities", () => {
    const check = checkPsfsActivities({ A1: "Run 5 km", A2: "Sit through a 1-hour meeting" }, { A1: "run  5 km ", A2: "Sit 30 minutes", A3: "Ride bike 30 min" });
    expect(check.ok).toBe(false);
    expect(check.edited.map((e) => e.id)).toEqual(["A2"]);
    expect(check.added).toEqual(["A3"]);
    expect(checkPsfsActivities({ A1: "Run 5 km" }, { A1: "Run 5 km", A2: "Hop" })).toMatchObject({ ok: true, added: ["A2"] });
  });
});

describe("NPRS (DOMAIN.md §3.2, V1) and global ratings", () => {
  it("scores the 'now' rating with display bands", () => {
    expect(scored(scoreMeasure(NPRS, { NOW: 0 })).band?.code).toBe("NONE");
    expect(scored(scoreMeasure(NPRS, { NOW: 3 })).band?.code).toBe("MILD");
    expect(scored(scoreMeasure(NPRS, { NOW: 4 })).band?.code).toBe("MODERATE");
    expect(scored(scoreMeasure(NPRS, { NOW: 7, BEST_24H: 5, WORST_24H: 8 })).band?.code).toBe("SEVERE");
    expect(scoreMeasure(NPRS, { BEST_24H: 2 })).toMatchObject({ scored: false, missingItems: ["NOW"] });
  });

  it("refuses best > worst and warns when now is outside best..worst", () => {
    expect(scoreMeasure(NPRS, { NOW: 5, BEST_24H: 6, WORST_24H: 4 })).toMatchObject({ scored: false });
    expect(scored(scoreMeasure(NPRS, { NOW: 9, BEST_24H: 2, WORST_24H: 6 })).warnings).toHaveLength(1);
    expect(scoreMeasure(NPRS, { NOW: 11 }).scored).toBe(false);
  });

  it("averages now / best / worst in the 3-item version", () => {
    expect(scored(scoreMeasure(NPRS_3_ITEM, { NOW: 4, BEST_24H: 2, WORST_24H: 7 })).score).toBe(4.3);
    expect(scoreMeasure(NPRS_3_ITEM, { NOW: 4, BEST_24H: 2 })).toMatchObject({ scored: false, missingItems: ["WORST_24H"] });
  });

  it("scores GROC (−7..+7, ≥ +3 meaningful) and PGIC (1–7)", () => {
    expect(scored(scoreMeasure(GROC, { CHANGE: 3 })).band?.code).toBe("MEANINGFUL_IMPROVEMENT");
    expect(scored(scoreMeasure(GROC, { CHANGE: -2 })).band).toBeNull();
    expect(scoreMeasure(PGIC, { CHANGE: 0 }).scored).toBe(false);
  });
});

describe("licensed text override", () => {
  it("replaces wording by item id and marks it, keeping values and scores", () => {
    const licensed = applyLicensedText(ODI, { LIFTING: { text: "Official lifting heading", options: { 0: "Official statement 0" } } });
    const lifting = licensed.items.find((i) => i.id === "LIFTING")!;
    expect(lifting).toMatchObject({ text: "Official lifting heading", wording: "CLINIC_LICENSED" });
    expect(lifting.response.kind === "options" && lifting.response.options[0]).toEqual({ value: 0, label: "Official statement 0" });
    expect(licensed.items.find((i) => i.id === "WALKING")!.wording).toBe("PROJECT_PARAPHRASE");
    const a = answers(ODI, [1, 2, 3, 4, 5, 0, 1, 2, 3, 4]);
    expect(scored(scoreMeasure(licensed, a)).score).toBe(scored(scoreMeasure(ODI, a)).score);
    expect(ODI.items.find((i) => i.id === "LIFTING")!.wording).toBe("PROJECT_PARAPHRASE");
  });

  it("throws on an unknown item or option so a typo is never silent", () => {
    expect(() => applyLicensedText(RMDQ, { NOT_AN_ITEM: { text: "x" } })).toThrow(/no item NOT_AN_ITEM/);
    expect(() => applyLicensedText(LEFS, { SQUAT: { options: { 7: "x" } } })).toThrow(/no option with value 7/);
    expect(() => applyLicensedText(PSFS, { A1: { options: { 0: "x" } } })).toThrow(/scale item/);
  });
});
