/**
 * Range-of-motion (and other measured item) status against the catalogue (DOMAIN.md §2.4, V10).
 * A value outside the validation range is refused with a message naming the valid range; inside it,
 * the value is compared with the reference range widened by a tolerance.
 *
 * JUDGEMENT: DOMAIN.md gives single reference values ("≈ 60°") or short ranges ("35–45°") and no rule
 * for "normal". A measured value within ±5° of the reference (about the error of goniometry and
 * inclinometry) reads as normal. Millimetre references are hard cut-offs stated by DOMAIN.md
 * (Schober: increase ≥ 5 cm), so their tolerance is 0. Both are configurable.
 */
import { findExamItem } from "./catalogue/catalogue";
import type { Range } from "./catalogue/types";

export const ROM_STATUS_TOLERANCE = { deg: 5, mm: 0, count: 0 } as const;
export type RomTolerance = { deg: number; mm: number; count: number };

export type RomStatus =
  | { status: "refused"; message: string; validation: { min: number; max: number } }
  | { status: "below normal" | "normal" | "above normal"; reference: Range | null; message: string };

const UNIT_TEXT = { deg: "°", mm: " mm", count: " beats" } as const;

export function romStatus(code: string, value: number, tolerance: RomTolerance = ROM_STATUS_TOLERANCE): RomStatus {
  const item = findExamItem(code);
  if (!item) throw new Error(`Unknown examination code ${code}`);
  const spec = item.result;
  if (spec.kind !== "degrees" && spec.kind !== "mm" && spec.kind !== "count") {
    throw new Error(`${item.label} is not a measured item (result kind ${spec.kind})`);
  }
  const unitKey = spec.kind === "degrees" ? "deg" : spec.kind;
  const u = UNIT_TEXT[unitKey];
  const { min, max } = spec.validation;
  // Degrees are whole numbers (DOMAIN.md §0); mm and counts likewise in this catalogue.
  if (!Number.isFinite(value) || !Number.isInteger(value) || value < min || value > max) {
    return {
      status: "refused",
      validation: { min, max },
      message: `${item.label}: ${String(value)}${u} is not accepted; enter a whole number from ${min}${u} to ${max}${u}.`,
    };
  }
  const ref = spec.reference ?? null;
  if (!ref) return { status: "normal", reference: null, message: `${item.label}: ${value}${u} (no reference range).` };
  const tol = tolerance[unitKey];
  const note = spec.reference && "referenceNote" in spec && spec.referenceNote ? ` (reference ${spec.referenceNote})` : "";
  if (ref.min !== undefined && value < ref.min - tol) return { status: "below normal", reference: ref, message: `${item.label}: ${value}${u} is below normal${note}.` };
  if (ref.max !== undefined && value > ref.max + tol) return { status: "above normal", reference: ref, message: `${item.label}: ${value}${u} is above normal${note}.` };
  return { status: "normal", reference: ref, message: `${item.label}: ${value}${u} is within normal${note}.` };
}
