import { z } from "zod";
import { findExercise } from "@/lib/domain/hep/library/library";
import { HEP_LOADS, HEP_SIDES, type DoseKind } from "@/lib/domain/hep/library/types";
import { DEFAULT_PAIN_RULE_TEXT } from "@/lib/domain/hep/pain-rule";
import { NOTE_MAX_LENGTH, PAIN_RULE_MAX_LENGTH, PRESCRIPTION_LIMITS as L } from "@/lib/domain/hep/prescription";
import { optionalText, text } from "./common";

/** Every message names the valid range, so one message serves a missing value, a fraction and an out-of-range value. */
const whole = (label: string, range: { min: number; max: number }, unit = "") => {
  const message = `${label} must be a whole number from ${range.min} to ${range.max}${unit}`;
  return z.int({ error: message }).min(range.min, message).max(range.max, message);
};

const positive = (v: number | null | undefined): v is number => typeof v === "number" && v > 0;

/** What the dosing rules need to know of an exercise: library or clinic-made. */
export interface ExerciseFacts {
  paired: boolean;
  doseKind: DoseKind;
}
export type ExerciseLookup = (code: string) => ExerciseFacts | undefined;

export const libraryLookup: ExerciseLookup = (code) => {
  const ex = findExercise(code);
  return ex ? { paired: ex.paired, doseKind: ex.dose.kind } : undefined;
};

/**
 * One line of a home-exercise program (DOMAIN.md §6.1, V19):
 * - exactly one of `reps` / `holdSeconds` is > 0, except for self-myofascial items, which take
 *   `durationSeconds` (30–180) and neither of the other two;
 * - `repHoldSeconds` (the short pause at the end of each rep, e.g. AIS 2 s, bird dog 8–10 s) goes with reps only,
 *   which is how "10 reps × 5 s hold" stays within "exactly one of reps / hold_s";
 * - paired exercises need L, R or BIL; the others are NA (filled in when left out);
 * - `load: KG` needs `loadKg`; the pain rule defaults to the §6.1 text and is never empty, because it is always printed.
 */
export const prescriptionItemSchema = (lookup: ExerciseLookup) => z.object({
  exerciseCode: z.string({ error: "Choose an exercise" }).refine((c) => lookup(c) !== undefined, "Unknown exercise"),
  side: z.enum(HEP_SIDES, { error: "Side must be left, right, both or not applicable" }).optional(),
  sets: whole("Sets", L.sets),
  reps: whole("Reps", L.reps).nullish(),
  holdSeconds: whole("Hold", L.holdSeconds, " seconds").nullish(),
  repHoldSeconds: whole("Hold per rep", L.repHoldSeconds, " seconds").nullish(),
  durationSeconds: whole("Duration", L.durationSeconds, " seconds").nullish(),
  restSeconds: whole("Rest", L.restSeconds, " seconds").nullish(),
  timesPerDay: whole("Times per day", L.timesPerDay),
  daysPerWeek: whole("Days per week", L.daysPerWeek),
  load: z.enum(HEP_LOADS, { error: "Choose a load" }).nullish(),
  loadKg: z.number({ error: `Load must be ${L.loadKg.min} to ${L.loadKg.max} kg` })
    .min(L.loadKg.min, `Load must be ${L.loadKg.min} to ${L.loadKg.max} kg`).max(L.loadKg.max, `Load must be ${L.loadKg.min} to ${L.loadKg.max} kg`).nullish(),
  progressionNote: optionalText(NOTE_MAX_LENGTH, "Progression note"),
  notes: optionalText(NOTE_MAX_LENGTH, "Notes"),
  painRule: text(PAIN_RULE_MAX_LENGTH, "Pain rule").optional().transform((v) => (v ? v : DEFAULT_PAIN_RULE_TEXT)),
  /** Programs group their lines into phases 1–6 (a line without one is in phase 1). */
  phase: whole("Phase", { min: 1, max: 6 }).optional(),
}).superRefine((v, ctx) => {
  const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
  const ex = lookup(v.exerciseCode);
  if (!ex) return;
  if (ex.paired && (v.side === undefined || v.side === "NA")) issue("side", "Choose left, right or both sides for this exercise");
  if (!ex.paired && v.side !== undefined && v.side !== "NA") issue("side", "This exercise is not done one side at a time: choose not applicable");
  if (ex.doseKind === "DURATION") {
    if (!positive(v.durationSeconds)) issue("durationSeconds", `Self-massage needs a duration from ${L.durationSeconds.min} to ${L.durationSeconds.max} seconds`);
    if (positive(v.reps) || positive(v.holdSeconds)) issue(positive(v.reps) ? "reps" : "holdSeconds", "Self-massage is dosed in seconds per area, not reps or holds");
  } else {
    if (v.durationSeconds != null) issue("durationSeconds", "Duration is for self-massage only: give reps or a hold time");
    if (positive(v.reps) && positive(v.holdSeconds)) issue("holdSeconds", "Give reps or a hold time, not both");
    if (!positive(v.reps) && !positive(v.holdSeconds)) issue("reps", "Give either reps or a hold time");
  }
  if (positive(v.repHoldSeconds) && !positive(v.reps)) issue("repHoldSeconds", "A hold per rep needs reps");
  if (v.load === "KG" && v.loadKg == null) issue("loadKg", `Give the load in kg (${L.loadKg.min} to ${L.loadKg.max})`);
  if (v.load !== "KG" && v.loadKg != null) issue("loadKg", "A weight in kg goes with load “kg” only");
}).transform((v) => ({ ...v, side: v.side ?? "NA" }));

export const PrescriptionItemInput = prescriptionItemSchema(libraryLookup);

export type PrescriptionItemInput = z.input<typeof PrescriptionItemInput>;
export type PrescriptionItem = z.output<typeof PrescriptionItemInput>;
