/**
 * Plain-language labels and dosing lines for the library, the builder, the portal and the handout.
 * Patient-facing wording: "3 sets of 30 seconds, each side", never "3 × 30 s BIL".
 */
import type { HepCategory, HepRegion, HepSide } from "./library/types";

export const REGION_LABELS: Record<HepRegion, string> = {
  LUMBAR: "Low back", SIJ_PELVIS: "SI joint / pelvis", HIP_POSTERIOR: "Buttock (gluteal / piriformis)", HIP_ANTERIOR: "Front of hip",
  HIP_LATERAL: "Side of hip", THIGH_POSTERIOR: "Back of thigh", THIGH_ANTERIOR: "Front of thigh", THIGH_LATERAL: "Outer thigh",
  CORE: "Core", NEURAL: "Nerve mobility",
};

export const CATEGORY_LABELS: Record<HepCategory, string> = {
  STRETCH: "Stretch", STRENGTH: "Strength", MOTOR_CONTROL: "Motor control", MOBILITY: "Mobility",
  NEURAL_MOBILITY: "Nerve mobility", SELF_MYOFASCIAL: "Self-massage (roller / ball)", BALANCE: "Balance",
};

export const SIDE_LABELS: Record<HepSide, string> = { L: "left side", R: "right side", BIL: "each side", NA: "" };

export const LOAD_LABELS: Record<string, string> = {
  BODYWEIGHT: "body weight", BAND_LIGHT: "light band", BAND_MEDIUM: "medium band", BAND_HEAVY: "heavy band", KG: "kg",
};

export interface DoseLine {
  side: HepSide | string;
  sets: number;
  reps?: number | null;
  holdSeconds?: number | null;
  repHoldSeconds?: number | null;
  durationSeconds?: number | null;
  timesPerDay: number;
  daysPerWeek: number;
  load?: string | null;
  loadKg?: number | null;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "3 sets of 10 reps (hold 2 seconds each), each side". */
export function describeSets(d: DoseLine): string {
  let what: string;
  if (d.durationSeconds) what = `${plural(d.sets, "round")} of ${d.durationSeconds} seconds`;
  else if (d.holdSeconds) what = `${plural(d.sets, "set")}, hold ${d.holdSeconds} seconds`;
  else what = `${plural(d.sets, "set")} of ${d.reps ?? 0} reps${d.repHoldSeconds ? ` (hold ${d.repHoldSeconds} seconds each)` : ""}`;
  const side = SIDE_LABELS[d.side as HepSide] ?? "";
  const load = d.load === "KG" && d.loadKg ? `, ${d.loadKg} kg` : d.load && d.load !== "BODYWEIGHT" ? `, ${LOAD_LABELS[d.load] ?? d.load}` : "";
  return `${what}${side ? `, ${side}` : ""}${load}`;
}

/** "Twice a day, 5 days a week". */
export function describeFrequency(d: Pick<DoseLine, "timesPerDay" | "daysPerWeek">): string {
  const perDay = d.timesPerDay === 1 ? "Once a day" : d.timesPerDay === 2 ? "Twice a day" : `${d.timesPerDay} times a day`;
  const perWeek = d.daysPerWeek === 7 ? "every day" : `${plural(d.daysPerWeek, "day")} a week`;
  return `${perDay}, ${perWeek}`;
}

export function describeDose(d: DoseLine): string {
  return `${describeSets(d)} · ${describeFrequency(d)}`;
}

/** A "yyyy-mm-dd" date in a time zone (the clinic's, used as the patient's day). */
export function dateInZone(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(at);
}
