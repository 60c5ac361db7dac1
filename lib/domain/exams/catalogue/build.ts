/**
 * Small constructors that keep the catalogue files readable: each returns plain data.
 * Not exported beyond the catalogue folder by convention (the data files use them).
 */
import type { ClosedRange, ExtraField, Option, Range, ResultSpec, Unit } from "./types";
import { ANGLE_METHODS } from "./types";
import { BODY_REGIONS } from "@/lib/domain/intake/body-regions";

export const opts = (...rows: [string, string][]): Option[] => rows.map(([value, label]) => ({ value, label }));

/**
 * Options whose label is the value made readable: "NO_EFFECT" → "No effect", "SHIFT_L" → "Shift left".
 * Short codes ("PRS", "L4", "NT") are already how clinicians write them and stay as they are.
 */
const readable = (value: string): string => {
  if (value.length <= 3) return value;
  const words = value.replace(/_L$/, "_LEFT").replace(/_R$/, "_RIGHT").toLowerCase().replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
};
export const codes = (...values: string[]): Option[] => values.map((value) => ({ value, label: readable(value) }));

export const num = (key: string, label: string, unit: Unit, min: number, max: number): ExtraField => ({
  key, label, kind: "number", unit, range: { min, max }, integer: unit !== "kg/cm2",
});
export const deg = (key: string, label: string, min: number, max: number) => num(key, label, "deg", min, max);
export const mm = (key: string, label: string, min: number, max: number) => num(key, label, "mm", min, max);
export const bool = (key: string, label: string): ExtraField => ({ key, label, kind: "boolean" });
export const choice = (key: string, label: string, options: readonly Option[], multi = false): ExtraField => ({
  key, label, kind: "enum", options, ...(multi ? { multi } : {}),
});
export const text = (key: string, label: string): ExtraField => ({ key, label, kind: "text" });

export const testResult = (familiarPain: "required_if_pos" | "optional" | "none" = "optional"): ResultSpec => ({ kind: "test_result", familiarPain });

export const degrees = (validation: ClosedRange, reference?: Range, referenceNote?: string): ResultSpec => ({
  kind: "degrees", methods: ANGLE_METHODS, validation, ...(reference ? { reference } : {}), ...(referenceNote ? { referenceNote } : {}),
});

export const millimetres = (validation: ClosedRange, reference?: Range, referenceNote?: string): ResultSpec => ({
  kind: "mm", validation, ...(reference ? { reference } : {}), ...(referenceNote ? { referenceNote } : {}),
});

export const enumOf = (options: readonly Option[], normal?: string, multi = false): ResultSpec => ({
  kind: "enum", options, ...(normal ? { normal } : {}), ...(multi ? { multi } : {}),
});

/** Pain-map regions (DOMAIN.md §1.2), for "where were the symptoms" extras. */
export const bodyRegions = (key: string, label: string): ExtraField => choice(key, label, BODY_REGIONS.map((r) => ({ value: r.id, label: r.label })), true);
