/**
 * Ordinal grading scales used by exam items (DOMAIN.md §2.6 tenderness, §2.7 MRC and reflexes).
 * Stored values are the integer grade; `display` is how the chart prints it ("2+" for a reflex).
 */
import type { GradeScaleId } from "./types";

export interface GradeScale {
  id: GradeScaleId;
  label: string;
  min: number;
  max: number;
  grades: readonly { value: number; display: string; meaning: string }[];
}

const scale = (id: GradeScaleId, label: string, rows: [string, string][]): GradeScale => ({
  id,
  label,
  min: 0,
  max: rows.length - 1,
  grades: rows.map(([display, meaning], value) => ({ value, display, meaning })),
});

export const GRADE_SCALES: Record<GradeScaleId, GradeScale> = {
  TENDER_0_3: scale("TENDER_0_3", "Tenderness 0–3", [
    ["0", "No tenderness"],
    ["1", "Tender to firm pressure; reported, no visible reaction"],
    ["2", "Tender with a wince or grimace"],
    ["3", "Withdrawal / jump sign, or will not allow full palpation"],
  ]),
  // Kept so historic 0–4 data stay comparable (DOMAIN.md §2.6 `scale_id`); never mixed with 0–3 in a trend.
  TENDER_0_4: scale("TENDER_0_4", "Tenderness 0–4", [
    ["0", "No tenderness"],
    ["1", "Tender to firm pressure; reported, no visible reaction"],
    ["2", "Tender with a wince or grimace"],
    ["3", "Withdrawal / jump sign"],
    ["4", "Withdrawal to light, non-noxious touch"],
  ]),
  MRC_0_5: scale("MRC_0_5", "MRC muscle strength 0–5", [
    ["0", "No contraction"],
    ["1", "Flicker of contraction"],
    ["2", "Full range with gravity eliminated"],
    ["3", "Full range against gravity"],
    ["4", "Against some resistance"],
    ["5", "Normal strength"],
  ]),
  REFLEX_0_4: scale("REFLEX_0_4", "Reflex grade 0–4+", [
    ["0", "Absent"],
    ["1+", "Diminished / trace (may need reinforcement)"],
    ["2+", "Normal"],
    ["3+", "Brisker than average (may be normal)"],
    ["4+", "Very brisk, hyperactive, with clonus (pathological)"],
  ]),
};

/** MRC grades may carry a − or + (DOMAIN.md §2.7); asymmetry compares the whole grades only. */
export const MRC_MODIFIERS = ["-", "+"] as const;
export type MrcModifier = (typeof MRC_MODIFIERS)[number];

export function gradeDisplay(scaleId: GradeScaleId, value: number): string {
  return GRADE_SCALES[scaleId].grades.find((g) => g.value === value)?.display ?? String(value);
}
