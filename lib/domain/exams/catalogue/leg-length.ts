/**
 * Leg length (DOMAIN.md §2.3). Tape lengths are stored per side in mm as the mean of two readings
 * (the readings themselves are extras); the differences are derived by `legLengthSummary` and stored
 * as their own items so they trend. The prone/supine leg check is SIJ-PKF (see `./sij-mobility`).
 */
import { choice, mm, opts } from "./build";
import type { ExamItem } from "./types";

// Adult ASIS→malleolus lengths run roughly 700–1000 mm; the wide range still catches cm/mm slips.
const TAPE = { min: 400, max: 1300 } as const;

const readings = [mm("reading_1_mm", "First reading", TAPE.min, TAPE.max), mm("reading_2_mm", "Second reading", TAPE.min, TAPE.max)];

export const LEG_LENGTH_ITEMS: readonly ExamItem[] = [
  {
    code: "LL-TRUE", label: "True (anatomical) leg length", source: "§2.3", groups: ["leg_length"], regions: ["PELVIS", "HIP"],
    paired: true, result: { kind: "mm", validation: TAPE }, unit: "mm", extras: readings,
    summary: "ASIS to the distal tip of the medial malleolus, supine, pelvis square; measured twice per side, value = mean.",
    note: "Tape error is roughly ±5–10 mm and tends to underestimate.",
  },
  {
    code: "LL-APP", label: "Apparent (functional) leg length", source: "§2.3", groups: ["leg_length"], regions: ["PELVIS", "HIP"],
    paired: true, result: { kind: "mm", validation: TAPE }, unit: "mm",
    extras: [...readings, choice("proximal_landmark", "Measured from", opts(["UMBILICUS", "Umbilicus"], ["XIPHISTERNUM", "Xiphisternum"]))],
    summary: "Umbilicus (or xiphisternum) to the medial malleolus, same supine position; value = mean of two readings.",
  },
  {
    code: "LL-TRUE-DIFF", label: "True leg length difference", source: "§2.3", groups: ["leg_length"], regions: ["PELVIS", "HIP"],
    paired: false, sideMeaning: "short_side", result: { kind: "mm", validation: { min: 0, max: 100 } }, unit: "mm",
    summary: "Derived: |L − R| of the true-length means; the side is the short side.",
  },
  {
    code: "LL-APP-DIFF", label: "Apparent leg length difference", source: "§2.3", groups: ["leg_length"], regions: ["PELVIS", "HIP"],
    paired: false, sideMeaning: "short_side", result: { kind: "mm", validation: { min: 0, max: 100 } }, unit: "mm",
    summary: "Derived: |L − R| of the apparent-length means; the side is the short side.",
  },
  {
    code: "LL-BLOCK", label: "Standing block test", source: "§2.3", groups: ["leg_length"], regions: ["PELVIS"],
    paired: false, sideMeaning: "short_side", result: { kind: "mm", validation: { min: 0, max: 60 } }, unit: "mm",
    summary: "Blocks under the short-side foot until the crests are level; value = block thickness.",
  },
  {
    code: "LL-IMAGING", label: "Leg length difference on imaging", source: "§2.3", groups: ["leg_length"], regions: ["PELVIS"],
    paired: false, sideMeaning: "short_side", result: { kind: "mm", validation: { min: 0, max: 100 } }, unit: "mm",
    summary: "Reference standard: standing AP pelvis, full-length radiograph or scanogram.",
  },
];
