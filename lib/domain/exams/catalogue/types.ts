/**
 * Shape of the examination catalogue (DOMAIN.md §0, §2). Every examination item is data: one code per
 * test, whatever number of sections of DOMAIN.md list it (Thomas is both a muscle-length test and a
 * special test: one item, two groups), so a finding recorded under either heading trends as one line.
 *
 * A stored finding is `{ code, side, site?, value, unit }` (see `../finding.ts`): `site` is the body
 * site or movement direction when one procedure is repeated at several places (palpation structures,
 * segmental motion palpation levels, McKenzie directions). It maps to FHIR Observation.bodySite.
 */

/** Laterality (DOMAIN.md §0). Paired items need L, R or BIL (V4). */
export const SIDES = ["L", "R", "BIL", "CENTRAL", "NA"] as const;
export type Side = (typeof SIDES)[number];

/** Result of a provocation / special test (DOMAIN.md §0). */
export const TEST_RESULTS = ["POS", "NEG", "EQUIV", "NT", "UTP"] as const;
export type TestResult = (typeof TEST_RESULTS)[number];

/** SI motion tests per side (DOMAIN.md §2.2). */
export const MOBILITY_RESULTS = ["HYPOMOBILE", "NORMAL", "HYPERMOBILE", "NT"] as const;
export type MobilityResult = (typeof MOBILITY_RESULTS)[number];

export const ANGLE_METHODS = ["goniometer", "inclinometer", "visual_estimate"] as const;
export type AngleMethod = (typeof ANGLE_METHODS)[number];

/** §2.1 landmark comparison methods. */
export const LEVEL_METHODS = ["PALPATION_VISUAL", "PALM_CALIPER", "INCLINOMETER", "PHOTO_GRID"] as const;
export type LevelMethod = (typeof LEVEL_METHODS)[number];

export const EXAM_GROUPS = [
  "observation",
  "pelvic_level",
  "sij_mobility",
  "leg_length",
  "rom",
  "muscle_length",
  "palpation",
  "neuro",
  "special_test",
] as const;
export type ExamGroup = (typeof EXAM_GROUPS)[number];

/** Regions an item is relevant to; the presenting regions drive `commonForRegion`. */
export const EXAM_REGIONS = ["LUMBAR", "SIJ", "PELVIS", "HIP", "PIRIFORMIS", "ITB", "THIGH", "LEG"] as const;
export type ExamRegion = (typeof EXAM_REGIONS)[number];

export const EXAM_REGION_LABELS: Record<ExamRegion, string> = {
  LUMBAR: "Lumbar spine",
  SIJ: "Sacro-iliac joint",
  PELVIS: "Pelvis",
  HIP: "Hip",
  PIRIFORMIS: "Piriformis / deep gluteal",
  ITB: "Iliotibial band / lateral hip–thigh",
  THIGH: "Thigh",
  LEG: "Lower leg",
};

/** Units of stored values: lengths are always mm internally (DOMAIN.md §0), displayed as cm. */
export type Unit = "deg" | "mm" | "s" | "grade" | "count" | "kg/cm2" | "nprs";

export interface Option {
  value: string;
  label: string;
}

/** Inclusive range; an open end is left out (Schober: increase ≥ 50 mm has no upper normal). */
export interface Range {
  min?: number;
  max?: number;
}

/** Closed range, for what the form may accept at all. */
export interface ClosedRange {
  min: number;
  max: number;
}

/** Extra fields recorded with a result (DOMAIN.md "Extra fields" / "What to record" columns). */
export type ExtraField =
  | { key: string; label: string; kind: "number"; unit: Unit; range: ClosedRange; integer?: boolean }
  | { key: string; label: string; kind: "boolean" }
  | { key: string; label: string; kind: "enum"; options: readonly Option[]; multi?: boolean }
  | { key: string; label: string; kind: "text" };

export type GradeScaleId = "TENDER_0_3" | "TENDER_0_4" | "MRC_0_5" | "REFLEX_0_4";

/**
 * How the main value of a finding is recorded.
 * - `test_result`: POS/NEG/EQUIV/NT/UTP; `familiarPain` says whether "reproduces the usual complaint"
 *   is asked, and whether a POS needs it answered (SIJ provocation, V5).
 * - `mobility`: HYPOMOBILE/NORMAL/HYPERMOBILE/NT per side (§2.2).
 * - `degrees` / `mm` / `count`: a measurement with the range a form may accept (`validation`, V10) and the
 *   reference range (`reference`) `romStatus` compares against.
 * - `grade`: an ordinal scale (tenderness, MRC, reflexes), see `./scales`.
 * - `enum`: one (or with `multi` several) of the options; `normal` names the unremarkable option.
 * - `level`: a landmark height comparison `{ high_side: L|R|LEVEL, diff_mm }` (§2.1).
 * - `derived`: computed, never typed (T-LASLETT); `computedBy` names the function.
 */
export type ResultSpec =
  | { kind: "test_result"; familiarPain: "required_if_pos" | "optional" | "none" }
  | { kind: "mobility" }
  | { kind: "degrees"; methods: readonly AngleMethod[]; validation: ClosedRange; reference?: Range; referenceNote?: string }
  | { kind: "mm"; validation: ClosedRange; reference?: Range; referenceNote?: string }
  | { kind: "count"; validation: ClosedRange; reference?: Range }
  | { kind: "grade"; scale: GradeScaleId; altScales?: readonly GradeScaleId[] }
  | { kind: "enum"; options: readonly Option[]; multi?: boolean; normal?: string }
  | { kind: "level"; diffMm: ClosedRange; methods: readonly LevelMethod[]; levelBelowMm?: number }
  | { kind: "derived"; computedBy: string; values: readonly string[] };

export type ResultKind = ResultSpec["kind"];

/** A site a repeated procedure is applied to (palpation structure, spinal level, movement direction). */
export interface ExamSite {
  id: string;
  label: string;
  /** The site has a left and a right (the finding then needs L, R or BIL). */
  paired: boolean;
}

export interface ExamItem {
  /** The one code of this test, stored on every finding. */
  code: string;
  /** Other DOMAIN.md ids for the same test (ML-THOMAS for T-THOMAS); lookups resolve them. */
  aliases?: readonly string[];
  label: string;
  /** DOMAIN.md section(s) the item comes from, for reviewers. */
  source: string;
  groups: readonly ExamGroup[];
  regions: readonly ExamRegion[];
  /** Needs a side L/R (or BIL) on every finding (DOMAIN.md §0, V4). Ignored when `sites` decide. */
  paired: boolean;
  /**
   * What the side means when it is not simply "the side tested": the side of the positive finding
   * (standing flexion test: the PSIS that rises), the short side (leg checks) or the stance leg.
   * Short-side items are not `paired`: when the legs are equal there is no side to name (`NA`).
   */
  sideMeaning?: "finding" | "short_side" | "stance";
  result: ResultSpec;
  unit: Unit | null;
  /** Present when one procedure is charted per site; the site is part of a finding's identity. */
  sites?: readonly ExamSite[];
  extras?: readonly ExtraField[];
  /** SIJ provocation cluster member (DOMAIN.md §2.8, V5); `alt` = also in the 4-test alternative rule. */
  laslett?: { alt: boolean };
  /**
   * Results that should prompt the named red-flag screen items (ids of `RED_FLAGS`): a value listed in
   * `when`, or a number strictly above `above` (clonus > 3 beats).
   */
  redFlag?: { when?: readonly string[]; above?: number; ids: readonly string[] };
  /** One line, own words: what it assesses / when it is positive. */
  summary?: string;
  /** Show as "clinician estimate" (DOMAIN.md flags poor inter-examiner reliability). */
  lowReliability?: boolean;
  /** Safety or interpretation note the UI shows next to the item. */
  note?: string;
}
