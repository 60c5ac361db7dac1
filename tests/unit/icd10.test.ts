import { describe, expect, it } from "vitest";
import { EXCLUDES1_PAIRS, ICD10_CODES } from "@/lib/domain/coding/icd10-codes";
import { findIcd, isBillableIcd, normaliseIcd, searchIcd, validateDiagnoses, type IcdRule } from "@/lib/domain/coding/icd10";

/** Every billable code of DOMAIN.md §7.1, as it goes on a claim (7th-character codes as their initial encounter). */
const SEED = `M54.50 M54.51 M54.59 M54.89 M54.9 M54.16 M54.17 M54.30 M54.31 M54.32 M54.40 M54.41 M54.42 M51.16 M51.17 M51.26 M51.27
M51.360 M51.361 M51.362 M51.369 M51.370 M51.371 M51.372 M51.379 M47.816 M47.817 M48.061 M48.062 M43.06 M43.16 M43.17 M53.2X6 M53.2X7
M53.86 M62.830 M62.838 M79.18 S39.012A S33.5XXA M99.03 M48.46XA M99.04 M99.05 M53.3 M53.2X8 M53.88 M46.1 S33.6XXA M48.48XA M84.350A
Z87.312 G57.00 G57.01 G57.02 G57.03 G57.10 G57.11 G57.12 M25.551 M25.552 M25.559 M70.61 M70.62 M70.71 M70.72 M76.01 M76.02 M76.11
M76.12 M76.30 M76.31 M76.32 M84.351A M84.352A M84.359A M16.11 M16.12 M25.851 M25.852 S76.011A S76.012A S76.111A S76.112A S76.211A
S76.212A S76.311A S76.312A M79.651 M79.652 M79.604 M79.605 M21.751 M21.752 M62.81 R26.89 R26.2 G54.4 G54.1 Y93.02 Y93.55 Y99.8
X50.3XXA Z79.01 Z79.52 Z96.641 Z96.642 Z98.1 Z71.82`.split(/\s+/);

/** §7.1 laterality, written out: code → side. */
const LATERAL: Record<string, string> = {
  "M54.30": "UNSPECIFIED", "M54.31": "R", "M54.32": "L", "M54.40": "UNSPECIFIED", "M54.41": "R", "M54.42": "L",
  "G57.00": "UNSPECIFIED", "G57.01": "R", "G57.02": "L", "G57.03": "BIL", "M25.559": "UNSPECIFIED", "M76.30": "UNSPECIFIED",
  "M76.31": "R", "M76.32": "L", "M84.351": "R", "M84.352": "L", "Z96.641": "R", "Z96.642": "L", "M54.50": "NONE",
};

const rules = (codes: string[], sides: ("L" | "R" | "BIL" | "CENTRAL" | "NA")[] = []) => validateDiagnoses(codes, sides).issues.map((i) => `${i.severity}:${i.rule}`);
const firstMessage = (codes: string[], sides: ("L" | "R" | "BIL" | "CENTRAL")[] = []) => validateDiagnoses(codes, sides).issues[0]?.message ?? "";

describe("ICD-10-CM seed list (DOMAIN.md §7.1)", () => {
  it.each(SEED)("%s is in the list and billable", (code) => {
    expect(isBillableIcd(code)).toBe(true);
  });

  it("holds each code once and records laterality", () => {
    expect(new Set(ICD10_CODES.map((c) => c.code)).size).toBe(ICD10_CODES.length);
    for (const [code, side] of Object.entries(LATERAL)) expect(findIcd(code)?.laterality, code).toBe(side);
  });

  it("normalises what people type", () => {
    expect(normaliseIcd(" m5450 ")).toBe("M54.50");
    expect(normaliseIcd("s33.5xxa")).toBe("S33.5XXA");
    expect(normaliseIcd("M54")).toBe("M54");
    expect(normaliseIcd("back pain")).toBeNull();
    expect(validateDiagnoses(["m5450"]).ok).toBe(true);
  });
});

describe("validateDiagnoses (DOMAIN.md §7.2, V4, V15)", () => {
  it.each(["M54.5", "M51.36", "M51.37", "M79.1"])("refuses the header code %s and names the billable children", (code) => {
    const v = validateDiagnoses([code]);
    expect(v.ok).toBe(false);
    expect(v.issues[0].rule).toBe<IcdRule>("HEADER");
  });

  it("points M54.5 to M54.50 / M54.51 / M54.59 and refuses any code with children", () => {
    expect(firstMessage(["M54.5"])).toMatch(/M54\.50, M54\.51 or M54\.59/);
    expect(firstMessage(["M54.4"])).toMatch(/header code with more specific codes: M54\.40, M54\.41, M54\.42/);
    expect(rules(["G57.0"])).toEqual(["error:HEADER"]);
  });

  it("refuses unreadable and unknown codes", () => {
    expect(rules(["lower back"])).toEqual(["error:FORMAT"]);
    expect(rules(["M99.99"])).toEqual(["error:UNKNOWN"]);
  });

  it("requires the 7th character and the placeholder X", () => {
    expect(rules(["S39.012"])).toEqual(["error:SEVENTH_CHARACTER"]);
    expect(firstMessage(["S39.012"])).toMatch(/A \(initial encounter\), D \(subsequent encounter\), S \(sequela\)/);
    expect(rules(["S39.012D"])).toEqual([]);
    expect(rules(["S39.012Z"])).toEqual(["error:SEVENTH_CHARACTER"]);
    expect(rules(["S33.5A"])).toEqual(["error:PLACEHOLDER_X"]);
    expect(firstMessage(["S33.5A"])).toMatch(/write S33\.5XXA/);
    expect(rules(["S33.5"])).toEqual(["error:PLACEHOLDER_X"]);
    expect(rules(["S33.5XXS"])).toEqual([]);
    expect(rules(["M48.46A"])).toEqual(["error:PLACEHOLDER_X"]);
  });

  it("accepts each fracture family's own 7th characters only", () => {
    expect(rules(["M48.48XG"])).toEqual([]);
    expect(rules(["M48.48XK"])).toEqual(["error:SEVENTH_CHARACTER"]);
    expect(rules(["M84.350K"])).toEqual([]);
    expect(rules(["M84.350P"])).toEqual([]);
  });

  it("checks laterality against the documented side (V4)", () => {
    expect(rules(["G57.01"], ["R"])).toEqual([]);
    expect(rules(["G57.01"], ["BIL"])).toEqual([]);
    expect(rules(["G57.01"], ["L"])).toEqual(["error:LATERALITY"]);
    expect(firstMessage(["G57.01"], ["L"])).toMatch(/right code but the documented side is left/);
    expect(rules(["G57.03"], ["R"])).toEqual(["error:LATERALITY"]);
    expect(rules(["G57.03"], ["L", "R"])).toEqual([]);
    expect(rules(["M76.32"], ["CENTRAL"])).toEqual(["error:LATERALITY"]);
    expect(rules(["M76.32"])).toEqual(["warning:LATERALITY"]);
    expect(rules(["M54.30"], ["R"])).toEqual(["warning:LATERALITY"]);
    expect(rules(["M54.50"], ["L"])).toEqual([]);
    expect(validateDiagnoses(["M54.30"], ["R"]).ok).toBe(true);
  });

  it.each(EXCLUDES1_PAIRS.map(([a, b]) => [a, b]))("refuses %s- together with %s-", (a, b) => {
    const child = (prefix: string) => ICD10_CODES.find((c) => c.billable && c.code.startsWith(prefix))!;
    const code = (prefix: string) => { const c = child(prefix); return `${c.code}${c.seventh?.[0] ?? ""}`; };
    const v = validateDiagnoses([code(a), code(b)], ["L", "R"]);
    expect(v.ok).toBe(false);
    expect(v.issues.map((i) => i.rule)).toContain("EXCLUDES1");
  });

  it("lists the §7.2 Excludes1 pairs", () => {
    expect(EXCLUDES1_PAIRS.map((p) => p.join(" / "))).toEqual([
      "M54.5 / M54.4", "M54.5 / S39.012", "M54.5 / M51.2", "M54.3 / M54.4", "M54.3 / G57.0", "M54.3 / M51.1", "M54.4 / M51.1", "M54.1 / M51.1",
    ]);
    expect(firstMessage(["M54.41", "M51.16"], ["R"])).toMatch(/M54\.41 and M51\.16 cannot be coded together/);
    expect(validateDiagnoses(["M54.41", "M99.03", "M62.830"], ["R"]).ok).toBe(true);
  });

  it("refuses duplicates and more than 12 codes", () => {
    expect(rules(["M54.50", "m5450"])).toEqual(["error:DUPLICATE"]);
    const thirteen = ["M54.50", "M99.03", "M99.04", "M99.05", "M62.830", "M62.838", "M79.18", "M53.86", "M47.816", "M48.061", "M43.06", "R26.89", "M62.81"];
    expect(rules(thirteen.slice(0, 12))).toEqual([]);
    expect(rules(thirteen)).toEqual(["error:TOO_MANY"]);
  });
});

describe("searchIcd", () => {
  it("finds by code prefix, with or without the dot, offering billable codes first", () => {
    expect(searchIcd("M54.5").map((r) => r.code)).toEqual(["M54.50", "M54.51", "M54.59"]);
    expect(searchIcd("m545").map((r) => r.code)).toEqual(["M54.50", "M54.51", "M54.59"]);
    expect(searchIcd("M54.5", { includeHeaders: true }).map((r) => r.code)).toEqual(["M54.5", "M54.50", "M54.51", "M54.59"]);
  });

  it("finds by words in any case, every word counting", () => {
    expect(searchIcd("PIRIFORMIS").map((r) => r.code)).toEqual(expect.arrayContaining(["G57.01", "G57.02"]));
    expect(searchIcd("sciatica right").map((r) => r.code)).toEqual(["M54.31", "M54.41"]);
    expect(searchIcd("iliotibial left").map((r) => r.code)).toEqual(["M76.32"]);
    expect(searchIcd("")).toEqual([]);
    expect(searchIcd("zebra")).toEqual([]);
  });

  it("shows the claim forms of 7th-character codes", () => {
    expect(searchIcd("S33.5")[0]).toMatchObject({ code: "S33.5XX", billableForms: ["S33.5XXA", "S33.5XXD", "S33.5XXS"] });
  });
});
