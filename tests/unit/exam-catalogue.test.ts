import { describe, expect, it } from "vitest";
import { EXAM_ITEMS, EXAM_ITEM_BY_CODE, LASLETT_MEMBERS, canonicalCode, findExamItem, itemsInGroup } from "@/lib/domain/exams/catalogue/catalogue";
import { COMMON_TESTS_BY_REGION, EXAM_REGION_FOR_BODY_REGION, commonForRegion } from "@/lib/domain/exams/catalogue/common-for-region";
import { PALPATION_STRUCTURES, TRIGGER_POINT_MUSCLES } from "@/lib/domain/exams/catalogue/palpation";
import { GRADE_SCALES } from "@/lib/domain/exams/catalogue/scales";
import { EXAM_REGIONS, type ResultKind } from "@/lib/domain/exams/catalogue/types";
import { REGION_IDS } from "@/lib/domain/intake/body-regions";
import { RED_FLAG_BY_ID } from "@/lib/domain/intake/red-flags";

/**
 * DOMAIN.md §2.8, transcribed independently of the data files:
 * [id, result kind, paired (needs a side), familiar pain required on POS (SIJ provocation, V5)].
 */
const SPECIAL_TESTS: [string, ResultKind, boolean, boolean][] = [
  ["T-SLR", "test_result", true, false],
  ["T-XSLR", "test_result", true, false],
  ["T-SLUMP", "test_result", true, false],
  ["T-PKB", "test_result", true, false],
  ["T-KEMP", "test_result", true, false],
  ["T-PIT", "test_result", false, false],
  ["T-REPMOV", "enum", false, false],
  ["T-VALS", "test_result", false, false],
  ["T-SI-DIST", "test_result", false, true],
  ["T-SI-TT", "test_result", true, true],
  ["T-SI-COMP", "test_result", false, true],
  ["T-SI-ST", "test_result", false, true],
  ["T-GAENS", "test_result", true, true],
  ["T-LASLETT", "derived", false, false],
  ["T-FABER", "test_result", true, false],
  ["T-FADIR", "test_result", true, false],
  ["T-LOGROLL", "test_result", true, false],
  ["T-SCOUR", "test_result", true, false],
  ["T-STINCH", "test_result", true, false],
  ["T-HOP", "test_result", true, false],
  ["T-FULCRUM", "test_result", true, false],
  ["T-TREND", "test_result", true, false],
  ["T-SLS30", "test_result", true, false],
  ["T-FAIR", "test_result", true, false],
  ["T-FREIB", "test_result", true, false],
  ["T-PACE", "test_result", true, false],
  ["T-BEATTY", "test_result", true, false],
  ["T-SPST", "test_result", true, false],
  ["T-THOMAS", "test_result", true, false],
  ["T-OBER", "test_result", true, false],
  ["T-ELY", "test_result", true, false],
  ["T-NOBLE", "test_result", true, false],
  ["T-YEOMAN", "test_result", true, false],
  ["T-HIBBS", "test_result", true, false],
  ["T-GILLET", "mobility", true, false],
  ["T-SFT", "test_result", true, false],
  ["T-SEAT", "test_result", true, false],
];

/** The brief's required core set (DOMAIN.md §2.8 "Library sizing"). */
const CORE_SET = "T-SLR T-XSLR T-SLUMP T-KEMP T-REPMOV T-SI-DIST T-SI-TT T-SI-COMP T-SI-ST T-GAENS T-LASLETT T-FABER T-FADIR T-HOP T-TREND T-FAIR T-FREIB T-PACE T-THOMAS T-OBER T-ELY T-NOBLE T-YEOMAN T-HIBBS T-GILLET T-SFT T-SEAT T-PKB".split(" ");

describe("special-tests library (DOMAIN.md §2.8)", () => {
  it("holds exactly the tests of the table, each once", () => {
    expect(itemsInGroup("special_test").map((i) => i.code).sort()).toEqual(SPECIAL_TESTS.map((t) => t[0]).sort());
  });

  it.each(SPECIAL_TESTS)("%s is recorded as %s (paired %s)", (code, kind, paired, familiarRequired) => {
    const item = findExamItem(code);
    expect(item, code).toBeDefined();
    expect(item!.code).toBe(code);
    expect(item!.groups).toContain("special_test");
    expect(item!.result.kind).toBe(kind);
    expect(item!.paired).toBe(paired);
    if (item!.result.kind === "test_result") expect(item!.result.familiarPain === "required_if_pos").toBe(familiarRequired);
    expect(item!.label.length).toBeGreaterThan(3);
    expect(item!.regions.length).toBeGreaterThan(0);
  });

  it("contains the whole core set", () => {
    for (const code of CORE_SET) expect(findExamItem(code)?.groups, code).toContain("special_test");
  });

  it("marks the five Laslett members, Gaenslen outside the 2-of-4 rule", () => {
    expect(LASLETT_MEMBERS.map((i) => [i.code, i.laslett?.alt])).toEqual([
      ["T-SI-DIST", true], ["T-SI-TT", true], ["T-SI-COMP", true], ["T-SI-ST", true], ["T-GAENS", false],
    ]);
  });

  it("has SLR's angle and the hop test's red-flag prompt", () => {
    expect(findExamItem("T-SLR")!.extras?.find((e) => e.key === "angle_deg")).toMatchObject({ kind: "number", unit: "deg" });
    expect(findExamItem("T-HOP")!.redFlag?.ids).toEqual(["RF-BSI-SACRAL", "RF-BSI-FN", "RF-BSI-PUBIC"]);
  });
});

describe("one code per test", () => {
  it("never repeats a code or alias", () => {
    const all = EXAM_ITEMS.flatMap((i) => [i.code, ...(i.aliases ?? [])]);
    expect(new Set(all).size).toBe(all.length);
    expect(EXAM_ITEM_BY_CODE.size).toBe(all.length);
  });

  it.each([
    ["T-THOMAS", "ML-THOMAS", "muscle_length"],
    ["T-OBER", "ML-OBER", "muscle_length"],
    ["T-ELY", "ML-ELY", "muscle_length"],
    ["T-GILLET", "SIJ-GILLET", "sij_mobility"],
    ["T-SFT", "SIJ-SFT", "sij_mobility"],
    ["T-SEAT", "SIJ-SEAT", "sij_mobility"],
  ] as const)("%s is one item, also listed as %s in %s", (code, alias, group) => {
    const item = findExamItem(alias);
    expect(item).toBe(findExamItem(code));
    expect(item!.groups).toEqual(expect.arrayContaining(["special_test", group]));
    expect(canonicalCode(alias)).toBe(code);
    expect(itemsInGroup(group)).toContain(item);
  });

  it("keeps every data file's items well formed", () => {
    for (const item of EXAM_ITEMS) {
      expect(item.groups.length, item.code).toBeGreaterThan(0);
      const r = item.result;
      if (r.kind === "degrees" || r.kind === "mm" || r.kind === "count") {
        expect(r.validation.min, item.code).toBeLessThanOrEqual(r.validation.max);
        if (r.reference?.min !== undefined) expect(r.reference.min).toBeGreaterThanOrEqual(r.validation.min);
        if (r.reference?.max !== undefined) expect(r.reference.max).toBeLessThanOrEqual(r.validation.max);
      }
      if (r.kind === "enum" && r.normal) expect(r.options.map((o) => o.value), item.code).toContain(r.normal);
      for (const id of item.redFlag?.ids ?? []) expect(RED_FLAG_BY_ID.has(id), `${item.code} → ${id}`).toBe(true);
      const keys = (item.extras ?? []).map((e) => e.key);
      expect(new Set(keys).size, item.code).toBe(keys.length);
    }
  });
});

describe("other examination sections", () => {
  it("§2.1 landmarks record high side and a 0–40 mm difference", () => {
    for (const code of ["PL-CREST", "PL-ASIS", "PL-PSIS", "PL-TROCH"]) {
      const r = findExamItem(code)!.result;
      expect(r).toMatchObject({ kind: "level", diffMm: { min: 0, max: 40 } });
    }
    expect(findExamItem("OBS-GAIT")!.result).toMatchObject({ kind: "enum", multi: true });
  });

  it("§2.2 SI mobility tests use the motion value set or POS/NEG", () => {
    expect(itemsInGroup("sij_mobility").map((i) => i.code)).toEqual(["T-GILLET", "T-SFT", "T-SEAT", "SIJ-LONGSIT", "SIJ-PKF", "SIJ-MP"]);
  });

  it.each([
    // [code, paired, validation min, max, reference min, reference max] — DOMAIN.md §2.4
    ["ROM-LUMB-FLEX", false, 0, 110, 60, 60],
    ["ROM-LUMB-EXT", false, 0, 50, 25, 25],
    ["ROM-LUMB-LATFLEX", true, 0, 50, 25, 25],
    ["ROM-LUMB-ROT", true, 0, 60, 30, 30],
    ["ROM-HIP-FLEX", true, 0, 150, 120, 120],
    ["ROM-HIP-EXT", true, -30, 45, 20, 30],
    ["ROM-HIP-ABD", true, 0, 70, 45, 45],
    ["ROM-HIP-ADD", true, 0, 45, 30, 30],
    ["ROM-HIP-IR", true, 0, 70, 35, 45],
    ["ROM-HIP-ER", true, 0, 80, 45, 45],
  ] as const)("§2.4 %s: validation %i..%i, reference %i..%i", (code, paired, vmin, vmax, rmin, rmax) => {
    const item = findExamItem(code)!;
    expect(item.paired).toBe(paired);
    expect(item.unit).toBe("deg");
    expect(item.result).toMatchObject({ kind: "degrees", validation: { min: vmin, max: vmax }, reference: { min: rmin, max: rmax } });
  });

  it("§2.5 muscle-length group includes the length tests and prone hip rotation", () => {
    expect(itemsInGroup("muscle_length").map((i) => i.code).sort()).toEqual(
      ["ML-AKE", "ML-PIRI", "ML-PSLR", "ROM-HIP-ER", "ROM-HIP-IR", "T-ELY", "T-OBER", "T-THOMAS"].sort(),
    );
  });

  it("§2.6 palpation lists every structure, trigger points on muscles only", () => {
    const expected = [
      "PIRIFORMIS", "GLUTEUS_MAXIMUS", "GLUTEUS_MEDIUS", "GLUTEUS_MINIMUS", "DEEP_ROTATORS", "TFL", "ITB_DISTAL", "QUADRATUS_LUMBORUM",
      "ERECTOR_SPINAE_LUMBAR", "MULTIFIDUS_LUMBAR", "ILIOPSOAS", "RECTUS_FEMORIS", "VASTUS_LATERALIS", "ADDUCTORS", "HAMSTRING_BICEPS_FEMORIS",
      "HAMSTRING_MEDIAL", "PROXIMAL_HAMSTRING_TENDON", "GASTROCNEMIUS", "SOLEUS", "LONG_DORSAL_SI_LIGAMENT", "SACROTUBEROUS_LIGAMENT",
      "ILIOLUMBAR_LIGAMENT", "GREATER_TROCHANTER", "SACRUM", "COCCYX", "SPINOUS_PROCESS_L1", "SPINOUS_PROCESS_L2", "SPINOUS_PROCESS_L3",
      "SPINOUS_PROCESS_L4", "SPINOUS_PROCESS_L5", "SIJ_SULCUS",
    ];
    expect(PALPATION_STRUCTURES.map((s) => s.id)).toEqual(expected);
    expect(TRIGGER_POINT_MUSCLES.map((s) => s.id)).toContain("PIRIFORMIS");
    expect(TRIGGER_POINT_MUSCLES.map((s) => s.id)).not.toContain("ITB_DISTAL");
    expect(PALPATION_STRUCTURES.find((s) => s.id === "SACRUM")!.paired).toBe(false);
    expect(findExamItem("PALP")!.result).toMatchObject({ kind: "grade", scale: "TENDER_0_3" });
    expect(GRADE_SCALES.TENDER_0_3.max).toBe(3);
  });

  it("§2.7 neuro screen covers L2–S2 dermatomes and myotomes and three reflexes", () => {
    for (const root of ["L2", "L3", "L4", "L5", "S1", "S2"]) {
      expect(findExamItem(`NEURO-DERM-${root}`)!.result.kind).toBe("enum");
      expect(findExamItem(`NEURO-MYO-${root}`)!.result).toEqual({ kind: "grade", scale: "MRC_0_5" });
    }
    for (const code of ["NEURO-REFLEX-PATELLAR", "NEURO-REFLEX-MEDHAM", "NEURO-REFLEX-ACHILLES"]) {
      expect(findExamItem(code)!.result).toEqual({ kind: "grade", scale: "REFLEX_0_4" });
    }
    expect(GRADE_SCALES.REFLEX_0_4.grades.map((g) => g.display)).toEqual(["0", "1+", "2+", "3+", "4+"]);
    expect(findExamItem("NEURO-BABINSKI")!.redFlag).toEqual({ when: ["EXTENSOR"], ids: ["RF-UMN"] });
  });
});

describe("commonForRegion", () => {
  it("puts the region's common tests first, in order, and hides nothing", () => {
    const sij = commonForRegion("SIJ").map((i) => i.code);
    expect(sij.slice(0, 7)).toEqual(["T-REPMOV", "T-SI-DIST", "T-SI-TT", "T-SI-COMP", "T-SI-ST", "T-GAENS", "T-LASLETT"]);
    expect(sij.sort()).toEqual(itemsInGroup("special_test").map((i) => i.code).sort());
  });

  it("orders piriformis and ITB presentations by their own tests", () => {
    expect(commonForRegion("PIRIFORMIS")[0].code).toBe("T-FAIR");
    expect(commonForRegion("ITB").slice(0, 2).map((i) => i.code)).toEqual(["T-NOBLE", "T-OBER"]);
    expect(commonForRegion("HIP")[0].code).toBe("T-FADIR");
  });

  it("can order another group, and every curated code exists as a special test", () => {
    expect(commonForRegion("LUMBAR", "rom")[0].code).toBe("ROM-LUMB-FLEX");
    for (const region of EXAM_REGIONS) for (const code of COMMON_TESTS_BY_REGION[region]) expect(findExamItem(code)?.groups, code).toContain("special_test");
  });

  it("maps every pain-map region to an exam region", () => {
    expect(Object.keys(EXAM_REGION_FOR_BODY_REGION).sort()).toEqual([...REGION_IDS].sort());
    expect(EXAM_REGION_FOR_BODY_REGION.BUTTOCK_DEEP).toBe("PIRIFORMIS");
  });
});
