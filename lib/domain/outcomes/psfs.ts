/**
 * Patient-Specific Functional Scale (DOMAIN.md §3.4, V7, V8). Wording is the project's own. The patient
 * names 1–5 activities; each is rated 0–10 and the score is their mean (one decimal). Activity text is
 * locked after baseline (`./psfs-activities`).
 *
 * Change (V8) is shown under two labelled headings, never merged: the minimal detectable change (90 %)
 * of 2 points for the mean / 3 for one activity, and the MCID of Abbott & Schmitt 2014 (1.3 small,
 * 2.3 medium, 2.7 large change of the mean).
 */
import type { ChangeRules, MeasureDefinition, MeasureItem, ResponseSpec } from "./types";

export const PSFS_MAX_ACTIVITIES = 5;
export const PSFS_ITEM_IDS = ["A1", "A2", "A3", "A4", "A5"] as const;

export const PSFS_SCALE: ResponseSpec = {
  kind: "scale",
  min: 0,
  max: 10,
  anchors: [
    { value: 0, label: "Unable to do it" },
    { value: 10, label: "Able to do it as well as before the problem" },
  ],
};

const ITEMS: readonly MeasureItem[] = PSFS_ITEM_IDS.map((id, i) => ({
  id,
  title: `Activity ${i + 1}`,
  text: "How well can you do this activity today?",
  response: PSFS_SCALE,
  wording: "PROJECT_ORIGINAL",
  patientDefined: true,
  optional: i > 0,
}));

const CHANGE: ChangeRules = {
  higherIsBetter: true,
  thresholds: [
    { id: "PSFS_MDC_MEAN", kind: "MDC", label: "Detectable change (MDC90): mean changed by at least 2 points", basis: "points", value: 2 },
    { id: "PSFS_MDC_ITEM", kind: "MDC", label: "Detectable change (MDC90): one activity changed by at least 3 points", basis: "item_points", value: 3 },
    { id: "PSFS_MCID_SMALL", kind: "MCID", label: "MCID small change: mean at least 1.3 points", basis: "points", value: 1.3, magnitude: "SMALL" },
    { id: "PSFS_MCID_MEDIUM", kind: "MCID", label: "MCID medium change: mean at least 2.3 points", basis: "points", value: 2.3, magnitude: "MEDIUM" },
    { id: "PSFS_MCID_LARGE", kind: "MCID", label: "MCID large change: mean at least 2.7 points", basis: "points", value: 2.7, magnitude: "LARGE" },
  ],
};

export const PSFS: MeasureDefinition = {
  id: "PSFS",
  version: "PSFS_5",
  name: "Patient-Specific Functional Scale",
  instructions:
    "Name up to five activities that you cannot do, or find hard, because of your problem (for example \"run 5 km\" or \"sit through a one-hour meeting\"). Rate each from 0 (unable to do it) to 10 (as well as before the problem).",
  items: ITEMS,
  scoring: { kind: "mean", minAnswered: 1, decimals: 1 },
  scoreRange: { min: 0, max: 10 },
  higherIsBetter: true,
  change: CHANGE,
  licensed: true,
};
