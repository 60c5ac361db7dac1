/**
 * Small constructors that keep the component data files readable; each returns plain data.
 * Shared option sets used by several components live here too.
 */
import type { AnatomyListId } from "../anatomy";
import type { LineParams } from "../types";
import type { NumRange, Option, ParamSpec } from "./types";

interface Extra {
  required?: boolean;
  requiredAtSignature?: boolean;
  help?: string;
  rangeNote?: string;
}

/** Short codes that are plain words, not abbreviations: shown as words ("Firm", not "FIRM"). */
const SHORT_WORDS = new Set(["FIRM", "DEEP", "NONE", "OIL", "GEL", "LOW", "HIGH", "HOT", "COLD", "WET", "DRY", "SLOW", "FAST", "MILD", "FULL", "SOFT", "BAND", "BALL", "WALL", "TAPE", "BOTH", "LEFT", "HALF"]);

/** "SIDE_POSTURE" → "Side posture"; short codes ("PA", "CR") stay as clinicians write them. */
const readable = (value: string): string => {
  if (value.length <= 4 && !value.includes("_") && !SHORT_WORDS.has(value)) return value;
  const words = value.toLowerCase().replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
};
export const codes = (...values: string[]): Option[] => values.map((value) => ({ value, label: readable(value) }));
export const opts = (...rows: [string, string][]): Option[] => rows.map(([value, label]) => ({ value, label }));

const range = (r: [number, number]): NumRange => ({ min: r[0], max: r[1] });

type NumExtra = Extra & { default?: number; typical?: [number, number] };

export const int = (key: string, label: string, unit: string, r: [number, number], x: NumExtra = {}): ParamSpec => ({
  key, label, kind: "int", unit, range: range(r), ...x, typical: x.typical && range(x.typical),
});

export const dec = (key: string, label: string, unit: string, r: [number, number], step: number, x: NumExtra = {}): ParamSpec => ({
  key, label, kind: "number", unit, range: range(r), step, ...x, typical: x.typical && range(x.typical),
});

export const oneOf = (key: string, label: string, options: readonly Option[], x: Extra & { default?: string } = {}): ParamSpec => ({ key, label, kind: "enum", options, ...x });

export const anyOf = (key: string, label: string, options: readonly Option[], r: [number, number], x: Extra & { default?: readonly string[] } = {}): ParamSpec => ({
  key, label, kind: "multi", options, minItems: r[0], maxItems: r[1], ...x,
});

export const where = (key: string, label: string, list: AnatomyListId, x: Extra & { maxItems?: number; default?: string | readonly string[] } = {}): ParamSpec => {
  const { maxItems, ...rest } = x;
  return { key, label, kind: "anatomy", list, ...(maxItems ? { multi: { maxItems } } : {}), ...rest };
};

export const flag = (key: string, label: string, x: Extra & { default?: boolean } = {}): ParamSpec => ({ key, label, kind: "bool", ...x });

export const text = (key: string, label: string, maxLength: number, x: Extra & { pattern?: { regex: RegExp; message: string } } = {}): ParamSpec => ({
  key, label, kind: "text", maxLength, ...x,
});

/** Required-region shorthand used by most soft-tissue and modality components. */
export const region = (x: Extra = {}) => where("region", "Region", "REGION", { required: true, ...x });

export const PRESSURES = codes("LIGHT", "MODERATE", "FIRM", "DEEP");
export const LUBRICANTS = codes("NONE", "OIL", "LOTION", "CREAM", "GEL");
export const STRETCH_SIDE_NOTE = "Side is the line's side (L, R or both).";

/** Firm or deep pressure counts as deep pressure for the contraindication engine. */
export const isDeepPressure = (p: LineParams): boolean => p.pressure === "FIRM" || p.pressure === "DEEP";

/** Exercise library ids (DOMAIN.md §6), e.g. EX-01. */
export const EXERCISE_ID = { regex: /^EX-\d{2}$/, message: "Use an exercise id such as EX-01" };

/** Electrode fields shared by the e-stim components: adhesive pads matter for the adhesive-allergy rule. */
export const ELECTRODE_TYPES = opts(["ADHESIVE", "Adhesive pads"], ["CARBON_SPONGE", "Carbon with wet sponges (no adhesive)"], ["VACUUM", "Vacuum cups (no adhesive)"]);
export const electrodeParams = (): ParamSpec[] => [
  region(),
  oneOf("electrode_type", "Electrodes", ELECTRODE_TYPES, { required: true, default: "ADHESIVE" }),
  int("electrodes_count", "Number of electrodes", "electrodes", [2, 8], { default: 4 }),
];
export const hasAdhesiveElectrodes = (p: LineParams): boolean => (p.electrode_type ?? "ADHESIVE") === "ADHESIVE";
