/**
 * Outcome measures as data (DOMAIN.md §3): items, response options with their values, the scoring
 * rule, bands and change thresholds. One generic scorer (`./score-measure`) and one change function
 * (`./change-since-baseline`) read these; there is no code per questionnaire.
 */

/**
 * Where an item's wording comes from. The licensed instruments (ODI, RMDQ, LEFS) ship with wording
 * written for this project that keeps each item's meaning without copying the licensed text;
 * a clinic holding a licence can swap in the official wording per item (`./licensed-text`).
 */
export type WordingSource = "PROJECT_ORIGINAL" | "PROJECT_PARAPHRASE" | "CLINIC_LICENSED";

export interface ResponseOption {
  value: number;
  label: string;
}

export type ResponseSpec =
  | { kind: "options"; options: readonly ResponseOption[] }
  /** Integer scale; anchors label some points (0 = no pain …). */
  | { kind: "scale"; min: number; max: number; anchors: readonly ResponseOption[] };

export interface MeasureItem {
  id: string;
  /** Section title or short name (ODI "Lifting", LEFS "Squatting"). */
  title: string;
  /** The question or statement shown. */
  text: string;
  response: ResponseSpec;
  wording: WordingSource;
  /** The patient writes the item (PSFS activities); the text is locked after baseline. */
  patientDefined?: boolean;
  /** Not needed for a score (NPRS best/worst/run variants). */
  optional?: boolean;
}

/**
 * How answers become a score.
 * - `item`: the value of one item (NPRS "now", GROC, PGIC).
 * - `mean`: mean of the answered items, to `decimals` (PSFS; NPRS 3-item average).
 * - `percent_of_answered_max`: sum / (itemMax × answered) × 100, rounded; scored only with at least
 *   `minAnswered` items; a multi-marked item counts its highest mark (ODI).
 * - `sum`: total; with up to `maxMissing` items missing the total is prorated, beyond that not scored (LEFS).
 * - `count_endorsed`: number of items answered `endorsedValue`; unanswered = not endorsed; a wholly
 *   blank form is not scored (RMDQ).
 */
export type ScoringRule =
  | { kind: "item"; itemId: string }
  | { kind: "mean"; itemIds?: readonly string[]; minAnswered: number; decimals: number }
  | { kind: "percent_of_answered_max"; itemMax: number; minAnswered: number; multipleMarks: "highest" }
  | { kind: "sum"; maxMissing: number; reportPercentOfMax: boolean }
  | { kind: "count_endorsed"; endorsedValue: number };

export interface Band {
  code: string;
  label: string;
  /** Inclusive bounds on the score. */
  min: number;
  max: number;
}

/** Cross-item checks (V1: NPRS best ≤ worst; "now" outside best..worst is only a warning). */
export type Constraint =
  | { kind: "lte"; left: string; right: string; severity: "error" | "warning"; message: string }
  | { kind: "between"; item: string; low: string; high: string; severity: "error" | "warning"; message: string };

/**
 * One threshold of clinically meaningful change (V8). `points` compares the change in score units,
 * `percent` the improvement relative to baseline, `item_points` the largest change of any single
 * item present at both times (PSFS). `kind` labels it: MCID (minimal clinically important
 * difference) or MDC (minimal detectable change) — never shown under the other's name.
 */
export interface ChangeThreshold {
  id: string;
  kind: "MCID" | "MDC";
  label: string;
  basis: "points" | "percent" | "item_points";
  value: number;
  /** PSFS (Abbott & Schmitt 2014): the size of change this MCID marks. */
  magnitude?: "SMALL" | "MEDIUM" | "LARGE";
  /** Threshold sets a clinic chooses between (RMDQ developer vs consensus); none = always applies. */
  presets?: readonly string[];
}

export interface ChangeRules {
  higherIsBetter: boolean;
  thresholds: readonly ChangeThreshold[];
  defaultPreset?: string;
}

export interface MeasureDefinition {
  id: string;
  /** Stored with every administration; trends never mix versions (ODI 2.1a vs modified ODI). */
  version: string;
  name: string;
  instructions: string;
  items: readonly MeasureItem[];
  scoring: ScoringRule;
  /** Possible score range, for display and property checks. */
  scoreRange: { min: number; max: number };
  higherIsBetter: boolean;
  bands?: readonly Band[];
  constraints?: readonly Constraint[];
  /** null for measures that are themselves a rating of change (GROC, PGIC). */
  change: ChangeRules | null;
  /** Copyright holder's licence needed for the official wording (DOMAIN.md §3 licensing, §10.8). */
  licensed: boolean;
}

/** Answers by item id. An array is several marks on one item (allowed only where the rule says). */
export type MeasureAnswers = Readonly<Record<string, number | readonly number[] | null | undefined>>;
