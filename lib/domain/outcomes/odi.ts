/**
 * Oswestry Disability Index definitions (DOMAIN.md §3.3, V6, V8). Two versions, never mixed in one
 * trend line: v2.1a and the modified ODI (section 8 replaced by work / housework).
 *
 * Scoring: a section is answered when at least one statement is marked; a double-marked section scores
 * its HIGHER (worse) mark, as DOMAIN.md §3.3 states; score = round(sum / (5 × answered) × 100), and
 * only when at least 8 of 10 sections are answered (configurable: some allow 7, verify).
 */
import { MODIFIED_ODI_SECTION_8, ODI_SECTIONS, type OdiSection } from "./odi-wording";
import type { Band, ChangeRules, MeasureDefinition, MeasureItem } from "./types";

/** Minimum answered sections for a score (V6). */
export const ODI_MIN_SECTIONS = 8;

export const ODI_BANDS: readonly Band[] = [
  { code: "MINIMAL", label: "Minimal disability", min: 0, max: 20 },
  { code: "MODERATE", label: "Moderate disability", min: 21, max: 40 },
  { code: "SEVERE", label: "Severe disability", min: 41, max: 60 },
  // DOMAIN.md: keep the published band codes, show "very severe" and "extreme" in the UI.
  { code: "CRIPPLED", label: "Very severe disability", min: 61, max: 80 },
  { code: "BED_BOUND_OR_EXAGGERATING", label: "Extreme", min: 81, max: 100 },
];

/** Developer's interpretation of each band, paraphrased (DOMAIN.md §3.3), for the clinician view. */
export const ODI_BAND_DESCRIPTIONS: Record<string, string> = {
  MINIMAL: "Copes with most activities; advice on lifting, sitting and exercise is usually enough.",
  MODERATE: "More pain and difficulty sitting, lifting and standing; travel and social life harder; work may be affected.",
  SEVERE: "Pain dominates; daily activities are affected; warrants detailed investigation.",
  CRIPPLED: "Back pain affects every area of life; active intervention needed.",
  BED_BOUND_OR_EXAGGERATING: "Either bed-bound or magnifying symptoms.",
};

// V8: 10 points or 30 % improvement (consensus; published range ≈ 6–12.8, house choice, verify).
const CHANGE: ChangeRules = {
  higherIsBetter: false,
  thresholds: [
    { id: "ODI_MCID_POINTS", kind: "MCID", label: "MCID: change of at least 10 points", basis: "points", value: 10 },
    { id: "ODI_MCID_PERCENT", kind: "MCID", label: "MCID: improvement of at least 30 %", basis: "percent", value: 30 },
  ],
};

const toItem = ([id, title, statements]: OdiSection): MeasureItem => ({
  id,
  title,
  text: title,
  response: { kind: "options", options: statements.map((label, value) => ({ value, label })) },
  wording: "PROJECT_PARAPHRASE",
});

const base = {
  id: "ODI",
  name: "Oswestry Disability Index",
  instructions:
    "These questions ask how your back or leg pain affects everyday life. In each section, choose the one statement that fits you best today.",
  scoring: { kind: "percent_of_answered_max", itemMax: 5, minAnswered: ODI_MIN_SECTIONS, multipleMarks: "highest" },
  scoreRange: { min: 0, max: 100 },
  higherIsBetter: false,
  bands: ODI_BANDS,
  change: CHANGE,
  licensed: true,
} as const;

export const ODI: MeasureDefinition = { ...base, version: "ODI_2_1A", items: ODI_SECTIONS.map(toItem) };

export const MODIFIED_ODI: MeasureDefinition = {
  ...base,
  version: "MODIFIED_ODI",
  name: "Modified Oswestry Disability Index",
  items: ODI_SECTIONS.map((s) => (s[0] === "SEX_LIFE" ? MODIFIED_ODI_SECTION_8 : s)).map(toItem),
};
