/**
 * Numeric Pain Rating Scale (DOMAIN.md §3.2, V1). Wording is the project's own. The score is the
 * "now" rating; the 3-item average (now, best, worst in 24 h) is a separate version so the two are
 * never trended together. Running variants are recorded but not scored.
 */
import type { Band, ChangeRules, Constraint, MeasureDefinition, MeasureItem, ResponseSpec } from "./types";

export const NPRS_SCALE: ResponseSpec = {
  kind: "scale",
  min: 0,
  max: 10,
  anchors: [
    { value: 0, label: "No pain" },
    { value: 10, label: "Worst pain imaginable" },
  ],
};

const item = (id: string, title: string, text: string, optional: boolean): MeasureItem => ({
  id, title, text, response: NPRS_SCALE, wording: "PROJECT_ORIGINAL", ...(optional ? { optional } : {}),
});

const ITEMS: readonly MeasureItem[] = [
  item("NOW", "Now", "How much pain do you have right now?", false),
  item("BEST_24H", "Best in 24 h", "In the last 24 hours, how low was your pain at its least?", true),
  item("WORST_24H", "Worst in 24 h", "In the last 24 hours, how bad was your pain at its worst?", true),
  item("AVG_24H", "Average in 24 h", "Over the last 24 hours, what was your pain on average?", true),
  item("DURING_RUN", "During a run", "How much pain did you have while running on your last run?", true),
  item("AFTER_RUN_NEXT_MORNING", "Morning after a run", "How much pain did you have the morning after your last run?", true),
];

/** Display only (DOMAIN.md §3.2). */
export const NPRS_BANDS: readonly Band[] = [
  { code: "NONE", label: "No pain", min: 0, max: 0 },
  { code: "MILD", label: "Mild", min: 1, max: 3 },
  { code: "MODERATE", label: "Moderate", min: 4, max: 6 },
  { code: "SEVERE", label: "Severe", min: 7, max: 10 },
];

const CONSTRAINTS: readonly Constraint[] = [
  { kind: "lte", left: "BEST_24H", right: "WORST_24H", severity: "error", message: "Best pain in 24 h cannot be higher than worst pain in 24 h." },
  { kind: "between", item: "NOW", low: "BEST_24H", high: "WORST_24H", severity: "warning", message: "Pain now is outside the best–worst range of the last 24 hours; please check." },
];

// V8: a decrease of 2 points or 30 % (Childs 2005); configurable through changeSinceBaseline options.
const CHANGE: ChangeRules = {
  higherIsBetter: false,
  thresholds: [
    { id: "NPRS_MCID_POINTS", kind: "MCID", label: "MCID: change of at least 2 points", basis: "points", value: 2 },
    { id: "NPRS_MCID_PERCENT", kind: "MCID", label: "MCID: improvement of at least 30 %", basis: "percent", value: 30 },
  ],
};

const base = {
  id: "NPRS",
  name: "Numeric Pain Rating Scale",
  instructions: "Choose the number that best describes your pain: 0 means no pain and 10 means the worst pain you can imagine.",
  items: ITEMS,
  scoreRange: { min: 0, max: 10 },
  higherIsBetter: false,
  constraints: CONSTRAINTS,
  change: CHANGE,
  licensed: false,
} as const;

export const NPRS: MeasureDefinition = { ...base, version: "NPRS_NOW", scoring: { kind: "item", itemId: "NOW" }, bands: NPRS_BANDS };

// No bands: they are defined for a single whole-number rating, and an average such as 3.3 falls between them.
export const NPRS_3_ITEM: MeasureDefinition = {
  ...base,
  version: "NPRS_3_ITEM_AVERAGE",
  // The three averaged ratings are all required in this version.
  items: ITEMS.map((i) => (["NOW", "BEST_24H", "WORST_24H"].includes(i.id) ? { ...i, optional: false } : i)),
  scoring: { kind: "mean", itemIds: ["NOW", "BEST_24H", "WORST_24H"], minAnswered: 3, decimals: 1 },
};
