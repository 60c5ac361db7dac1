/**
 * Optional global ratings of change (DOMAIN.md §3.7), wording the project's own. Each is itself a
 * rating of change, so it has no change-since-baseline rules. STarT Back and FABQ belong to the intake
 * screen (§1.5); HOOS / iHOT-12 and the runners' performance tests are not modelled here yet.
 */
import type { MeasureDefinition } from "./types";

/** ≥ +3 is often treated as meaningful improvement (verify). */
export const GROC_MEANINGFUL_IMPROVEMENT = 3;

export const GROC: MeasureDefinition = {
  id: "GROC",
  version: "GROC_15",
  name: "Global Rating of Change",
  instructions: "Since your care began, how has your problem changed overall? Choose a number from −7 (a very great deal worse) to +7 (a very great deal better).",
  items: [{
    id: "CHANGE", title: "Overall change", text: "Overall, how has your problem changed since your care began?", wording: "PROJECT_ORIGINAL",
    response: { kind: "scale", min: -7, max: 7, anchors: [{ value: -7, label: "A very great deal worse" }, { value: 0, label: "About the same" }, { value: 7, label: "A very great deal better" }] },
  }],
  scoring: { kind: "item", itemId: "CHANGE" },
  scoreRange: { min: -7, max: 7 },
  higherIsBetter: true,
  bands: [{ code: "MEANINGFUL_IMPROVEMENT", label: "Meaningful improvement", min: GROC_MEANINGFUL_IMPROVEMENT, max: 7 }],
  change: null,
  licensed: false,
};

export const PGIC: MeasureDefinition = {
  id: "PGIC",
  version: "PGIC_7",
  name: "Patient Global Impression of Change",
  instructions: "Since your care began, how would you describe the change in your condition?",
  items: [{
    id: "CHANGE", title: "Impression of change", text: "How would you describe the change in your condition since your care began?", wording: "PROJECT_ORIGINAL",
    response: {
      kind: "options",
      options: [
        { value: 1, label: "No change, or worse" },
        { value: 2, label: "About the same" },
        { value: 3, label: "A little better, not a noticeable difference" },
        { value: 4, label: "Somewhat better, no real difference to daily life" },
        { value: 5, label: "Moderately better, a small but noticeable difference" },
        { value: 6, label: "Better, a clear difference worth having" },
        { value: 7, label: "A great deal better, a big difference" },
      ],
    },
  }],
  scoring: { kind: "item", itemId: "CHANGE" },
  scoreRange: { min: 1, max: 7 },
  higherIsBetter: true,
  change: null,
  licensed: false,
};
