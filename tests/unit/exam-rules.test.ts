import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareExams } from "@/lib/domain/exams/compare-exams";
import type { ExamFinding } from "@/lib/domain/exams/finding";
import { LEG_LENGTH_BANDS, legLengthBand, legLengthSummary } from "@/lib/domain/exams/leg-length";
import { LASLETT_RULES, laslettCluster } from "@/lib/domain/exams/laslett";
import { myotomeAsymmetry, reflexAsymmetry } from "@/lib/domain/exams/neuro-asymmetry";
import { redFlagHints } from "@/lib/domain/exams/red-flag-hints";
import { romStatus } from "@/lib/domain/exams/rom-status";

const f = (code: string, side: ExamFinding["side"], value: ExamFinding["value"], extra: Partial<ExamFinding> = {}): ExamFinding => ({
  code, side, value, unit: null, ...extra,
});
const pos = (code: string, side: ExamFinding["side"] = "NA", familiarPain = true) => f(code, side, "POS", { familiarPain });
const neg = (code: string, side: ExamFinding["side"] = "NA") => f(code, side, "NEG");

describe("legLengthSummary (DOMAIN.md §2.3, V10)", () => {
  it("averages two readings per side and names the short side", () => {
    const s = legLengthSummary({ true: { L: [880, 884], R: [890, 893] } });
    expect(s.true).toEqual({ meanLMm: 882, meanRMm: 891.5, diffMm: 9.5, shortSide: "L", band: "MILD" });
    expect(s.interpretation).toBe("STRUCTURAL");
  });

  it.each([
    [0, "NEGLIGIBLE"], [4, "NEGLIGIBLE"], [4.5, "NEGLIGIBLE"], [5, "MILD"], [9, "MILD"], [9.5, "MILD"],
    [10, "MODERATE"], [19, "MODERATE"], [19.5, "MODERATE"], [20, "SIGNIFICANT"], [45, "SIGNIFICANT"],
  ] as const)("%s mm is %s", (mm, band) => {
    expect(legLengthBand(mm)).toBe(band);
  });

  it("takes configurable band thresholds", () => {
    expect(legLengthBand(6, { ...LEG_LENGTH_BANDS, mildFromMm: 7 })).toBe("NEGLIGIBLE");
    expect(legLengthSummary({ true: { L: [900, 900], R: [906, 906] } }, { ...LEG_LENGTH_BANDS, mildFromMm: 7 }).true!.band).toBe("NEGLIGIBLE");
  });

  it("reads true equal but apparent different as functional", () => {
    const s = legLengthSummary({ true: { L: [900, 902], R: [901, 901] }, apparent: { L: [950, 952], R: [962, 964] } });
    expect(s.true!.band).toBe("NEGLIGIBLE");
    expect(s.apparent).toMatchObject({ diffMm: 12, shortSide: "L", band: "MODERATE" });
    expect(s.interpretation).toBe("FUNCTIONAL");
  });

  it("refuses fewer than two readings, and equal legs have no short side", () => {
    const s = legLengthSummary({ true: { L: [900], R: [900, 901] }, apparent: { L: [950, 950], R: [950, 950] } });
    expect(s.true).toBeNull();
    expect(s.problems[0]).toMatch(/at least 2 .*for L/);
    expect(s.apparent).toMatchObject({ diffMm: 0, shortSide: null });
    expect(s.interpretation).toBeNull();
  });
});

describe("laslettCluster (DOMAIN.md §2.8, V5)", () => {
  it("is positive with 3 of 5 positive with familiar pain", () => {
    const r = laslettCluster([pos("T-SI-DIST"), pos("T-SI-TT", "R"), neg("T-SI-TT", "L"), neg("T-SI-COMP"), neg("T-SI-ST"), pos("T-GAENS", "R")]);
    expect(r.status).toBe("POSITIVE");
    expect(r.positiveCount).toBe(3);
    expect(r.testsDone).toBe(5);
    expect(r.metBy).toEqual(["3_OF_5", "2_OF_4"]);
    expect(r.main).toMatchObject({ status: "MET", positive: 3, done: 5 });
  });

  it("does not count a POS without familiar pain (V5)", () => {
    const r = laslettCluster([pos("T-SI-DIST"), pos("T-SI-TT", "R", false), f("T-SI-COMP", "NA", "POS") /* familiar pain not answered */, neg("T-SI-ST"), neg("T-GAENS", "R")]);
    expect(r.positiveCount).toBe(1);
    expect(r.testsDone).toBe(5);
    expect(r.posWithoutFamiliarPain).toEqual(["T-SI-TT", "T-SI-COMP"]);
    expect(r.status).toBe("NEGATIVE");
    expect(r.message).toMatch(/Not counted/);
  });

  it("is positive by the alternative 2-of-4 rule without Gaenslen", () => {
    const r = laslettCluster([pos("T-SI-DIST"), pos("T-SI-TT", "L"), neg("T-SI-COMP"), neg("T-SI-ST"), neg("T-GAENS", "L"), neg("T-GAENS", "R")]);
    expect(r.main.status).toBe("NOT_MET");
    expect(r.alt).toMatchObject({ status: "MET", positive: 2, of: 4 });
    expect(r.status).toBe("POSITIVE");
    expect(r.metBy).toEqual(["2_OF_4"]);
  });

  it("counts Gaenslen once even when positive on both sides", () => {
    const r = laslettCluster([pos("T-GAENS", "L"), pos("T-GAENS", "R"), pos("T-SI-DIST"), neg("T-SI-TT", "L"), neg("T-SI-COMP"), neg("T-SI-ST")]);
    expect(r.positiveCount).toBe(2);
    expect(r.main.status).toBe("NOT_MET");
    expect(r.alt.status).toBe("NOT_MET");
    expect(r.status).toBe("NEGATIVE");
  });

  it("is incomplete when fewer than 3 tests are done, and says which are missing", () => {
    const r = laslettCluster([pos("T-SI-DIST"), pos("T-SI-TT", "R"), f("T-SI-COMP", "NA", "NT"), f("T-SI-ST", "NA", "UTP")]);
    expect(r.testsDone).toBe(2);
    expect(r.status).toBe("INCOMPLETE");
    expect(r.notDone).toEqual(["T-SI-COMP", "T-SI-ST", "T-GAENS"]);
    expect(r.message).toMatch(/2 of 5 tests done, at least 3 needed/);
  });

  it("stays incomplete while the tests not done could still decide", () => {
    // Gaenslen, distraction and thigh thrust negative: the 2-of-4 rule could still be met by compression + sacral thrust.
    const r = laslettCluster([neg("T-GAENS", "L"), neg("T-SI-DIST"), neg("T-SI-TT", "R")]);
    expect(r.main.status).toBe("NOT_MET");
    expect(r.alt.status).toBe("INCOMPLETE");
    expect(r.status).toBe("INCOMPLETE");
  });

  it("is negative with 3 negatives when the rest cannot reach either rule", () => {
    expect(laslettCluster([neg("T-SI-DIST"), neg("T-SI-TT", "L"), neg("T-SI-COMP")]).status).toBe("NEGATIVE");
  });

  it("never counts more positives than tests done (property)", () => {
    const code = fc.constantFrom("T-SI-DIST", "T-SI-TT", "T-SI-COMP", "T-SI-ST", "T-GAENS", "T-FABER");
    const finding = fc.record({
      code, side: fc.constantFrom("L", "R", "NA"), value: fc.constantFrom("POS", "NEG", "EQUIV", "NT", "UTP"), unit: fc.constant(null),
      familiarPain: fc.option(fc.boolean(), { nil: undefined }),
    }) as fc.Arbitrary<ExamFinding>;
    fc.assert(fc.property(fc.array(finding, { maxLength: 12 }), (fs) => {
      const r = laslettCluster(fs);
      expect(r.positiveCount).toBeLessThanOrEqual(r.testsDone);
      expect(r.testsDone).toBeLessThanOrEqual(5);
      if (r.testsDone < LASLETT_RULES.minTestsDone) expect(r.status).toBe("INCOMPLETE");
      if (r.status === "POSITIVE") expect(r.alt.positive).toBeGreaterThanOrEqual(LASLETT_RULES.altNeeded);
    }));
  });
});

describe("reflex and myotome asymmetry (V9)", () => {
  it("flags a difference of one grade and names the lower side", () => {
    const r = reflexAsymmetry([f("NEURO-REFLEX-ACHILLES", "L", 1), f("NEURO-REFLEX-ACHILLES", "R", 2), f("NEURO-REFLEX-PATELLAR", "BIL", 2)]);
    expect(r.asymmetric).toEqual(["NEURO-REFLEX-ACHILLES"]);
    expect(r.rows.find((x) => x.code === "NEURO-REFLEX-ACHILLES")).toMatchObject({ L: 1, R: 2, difference: 1, lowerSide: "L" });
    expect(r.rows.find((x) => x.code === "NEURO-REFLEX-PATELLAR")).toMatchObject({ L: 2, R: 2, asymmetric: false });
    expect(r.commentRequired).toEqual([]);
  });

  it("requires a comment for 0 and 4+, and 4+ / Babinski / sustained clonus suggest RF-UMN", () => {
    const r = reflexAsymmetry([
      f("NEURO-REFLEX-ACHILLES", "L", 0),
      f("NEURO-REFLEX-ACHILLES", "R", 0, { comment: "absent both sides with reinforcement; age 71" }),
      f("NEURO-REFLEX-PATELLAR", "R", 4),
      f("NEURO-BABINSKI", "L", "EXTENSOR"),
      f("NEURO-BABINSKI", "R", "FLEXOR"),
      f("NEURO-CLONUS", "L", 3),
      f("NEURO-CLONUS", "R", 5),
    ]);
    expect(r.commentRequired).toEqual([{ code: "NEURO-REFLEX-ACHILLES", side: "L", grade: 0 }, { code: "NEURO-REFLEX-PATELLAR", side: "R", grade: 4 }]);
    expect(r.redFlags.map((x) => x.reason)).toEqual(["Patellar reflex (knee jerk) R graded 4+", "Extensor plantar response L", "Sustained ankle clonus R (5 beats)"]);
    expect(r.redFlags.every((x) => x.id === "RF-UMN")).toBe(true);
  });

  it("reports grades outside the scale instead of guessing", () => {
    expect(reflexAsymmetry([f("NEURO-REFLEX-PATELLAR", "L", 5)]).invalid).toHaveLength(1);
  });

  it("compares whole MRC grades (4− vs 4+ is not an asymmetry, 4 vs 5 is)", () => {
    const r = myotomeAsymmetry([
      f("NEURO-MYO-L5", "L", 4, { modifier: "-" }), f("NEURO-MYO-L5", "R", 4, { modifier: "+" }),
      f("NEURO-MYO-S1", "L", 5), f("NEURO-MYO-S1", "R", 4),
      f("NEURO-MYO-L4", "L", 5),
    ]);
    expect(r.asymmetric).toEqual(["NEURO-MYO-S1"]);
    expect(r.rows.find((x) => x.code === "NEURO-MYO-S1")!.lowerSide).toBe("R");
    expect(r.rows.find((x) => x.code === "NEURO-MYO-L4")).toMatchObject({ L: 5, R: null, difference: null, asymmetric: false });
  });
});

describe("romStatus (DOMAIN.md §2.4, V10)", () => {
  it("refuses a value outside the validation range, naming the valid range", () => {
    const r = romStatus("ROM-LUMB-FLEX", 120);
    expect(r.status).toBe("refused");
    expect(r.message).toBe("Lumbar flexion: 120° is not accepted; enter a whole number from 0° to 110°.");
    expect(romStatus("ROM-HIP-EXT", -31).message).toMatch(/from -30° to 45°/);
    expect(romStatus("ROM-HIP-IR", 30.5).status).toBe("refused");
  });

  it.each([
    ["ROM-HIP-IR", 29, "below normal"], ["ROM-HIP-IR", 30, "normal"], ["ROM-HIP-IR", 40, "normal"], ["ROM-HIP-IR", 50, "normal"], ["ROM-HIP-IR", 51, "above normal"],
    ["ROM-LUMB-FLEX", 54, "below normal"], ["ROM-LUMB-FLEX", 55, "normal"], ["ROM-LUMB-FLEX", 66, "above normal"],
    ["ROM-HIP-EXT", -10, "below normal"], ["ML-AKE", 25, "normal"], ["ML-AKE", 26, "above normal"],
    ["ROM-SCHOBER", 49, "below normal"], ["ROM-SCHOBER", 50, "normal"], ["ROM-SCHOBER", 90, "normal"],
  ] as const)("%s %i → %s", (code, value, status) => {
    expect(romStatus(code, value).status).toBe(status);
  });

  it("takes a configurable tolerance and refuses non-measured items", () => {
    expect(romStatus("ROM-LUMB-FLEX", 57, { deg: 0, mm: 0, count: 0 }).status).toBe("below normal");
    expect(() => romStatus("T-SLR", 40)).toThrow(/not a measured item/);
    expect(() => romStatus("NOPE", 1)).toThrow(/Unknown/);
  });
});

describe("compareExams", () => {
  const deg = (code: string, side: ExamFinding["side"], value: number, method = "goniometer"): ExamFinding => ({ code, side, value, unit: "deg", method });

  it("reports added, removed, changed and unchanged per code and side, with both values", () => {
    const previous = [deg("ROM-HIP-IR", "R", 25), deg("ROM-HIP-IR", "L", 40), pos("T-FAIR", "R"), neg("T-SLR", "R")];
    const current = [deg("ROM-HIP-IR", "R", 35), deg("ROM-HIP-IR", "L", 40), neg("T-FAIR", "R"), pos("T-FADIR", "R")];
    const byKey = Object.fromEntries(compareExams(previous, current).map((c) => [`${c.code} ${c.side}`, c]));
    expect(byKey["ROM-HIP-IR R"]).toMatchObject({ status: "changed", previous: 25, current: 35, delta: 10 });
    expect(byKey["ROM-HIP-IR L"]).toMatchObject({ status: "unchanged", delta: 0 });
    expect(byKey["T-FAIR R"]).toMatchObject({ status: "changed", previous: "POS", current: "NEG" });
    expect(byKey["T-SLR R"]).toMatchObject({ status: "removed", previous: "NEG", current: undefined });
    expect(byKey["T-FADIR R"]).toMatchObject({ status: "added", previous: undefined, current: "POS" });
  });

  it("treats NT as not tested, folds aliases and keeps sites apart", () => {
    const previous = [pos("ML-THOMAS", "L"), pos("T-SLR", "L"), { ...f("PALP", "R", 2), site: "PIRIFORMIS", unit: "grade" as const }];
    const current = [pos("T-THOMAS", "L"), f("T-SLR", "L", "NT"), { ...f("PALP", "R", 1), site: "PIRIFORMIS", unit: "grade" as const }, { ...f("PALP", "R", 3), site: "TFL", unit: "grade" as const }];
    const out = compareExams(previous, current);
    expect(out.find((c) => c.code === "T-THOMAS")!.status).toBe("unchanged");
    expect(out.find((c) => c.code === "T-SLR")!.status).toBe("removed");
    expect(out.filter((c) => c.code === "PALP").map((c) => [c.site, c.status, c.delta])).toEqual([["PIRIFORMIS", "changed", -1], ["TFL", "added", undefined]]);
  });

  it("flags a method change and a unit mismatch", () => {
    const [c] = compareExams([deg("ROM-HIP-ER", "L", 40, "visual_estimate")], [deg("ROM-HIP-ER", "L", 45)]);
    expect(c.methodChanged).toBe(true);
    const [u] = compareExams([{ ...f("ROM-FTF", "NA", 10), unit: "mm" }], [{ ...f("ROM-FTF", "NA", 10), unit: "deg" }]);
    expect(u).toMatchObject({ status: "changed", unitMismatch: true });
    expect(u.delta).toBeUndefined();
  });

  it("compares multi-select values as sets", () => {
    const [c] = compareExams([f("OBS-GAIT", "NA", ["ANTALGIC", "SHORT_STRIDE"])], [f("OBS-GAIT", "NA", ["SHORT_STRIDE", "ANTALGIC"])]);
    expect(c.status).toBe("unchanged");
  });

  it("an exam compared with itself is all unchanged (property)", () => {
    const finding = fc.record({
      code: fc.constantFrom("T-SLR", "T-FAIR", "ROM-HIP-IR", "PALP"), side: fc.constantFrom("L", "R"),
      value: fc.oneof(fc.constantFrom("POS", "NEG", "EQUIV", "UTP"), fc.integer({ min: 0, max: 90 })), unit: fc.constant(null),
    }) as fc.Arbitrary<ExamFinding>;
    fc.assert(fc.property(fc.array(finding, { maxLength: 10 }), (fs) => {
      expect(compareExams(fs, fs).every((c) => c.status === "unchanged")).toBe(true);
    }));
  });
});

describe("redFlagHints", () => {
  it("prompts the bone-stress items for a positive hop test and the CES item for saddle loss", () => {
    const hints = redFlagHints([pos("T-HOP", "R"), neg("T-HOP", "L"), f("NEURO-DERM-SADDLE", "CENTRAL", "DIMINISHED"), f("OBS-GAIT", "NA", ["FOOT_DROP_L"])]);
    expect(hints.map((h) => h.redFlagId)).toEqual(["RF-BSI-SACRAL", "RF-BSI-FN", "RF-BSI-PUBIC", "RF-CES-1", "RF-NEURO"]);
    expect(redFlagHints([f("NEURO-CLONUS", "L", 3)])).toEqual([]);
    expect(redFlagHints([f("NEURO-CLONUS", "L", 4)]).map((h) => h.redFlagId)).toEqual(["RF-UMN"]);
  });
});
