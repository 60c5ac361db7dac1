import { z } from "zod";
import { isCalendarDate } from "@/lib/domain/hep/dates";
import { DOSE_KINDS, HEP_CATEGORIES, HEP_REGIONS } from "@/lib/domain/hep/library/types";
import { PRESCRIPTION_LIMITS as L } from "@/lib/domain/hep/prescription";
import { optionalText, requiredText, uuid } from "./common";

export const MAX_PROGRAM_ITEMS = 30;

/** Start a program for an episode, blank or from a protocol's template. */
export const StartProgramInput = z.object({
  patientId: uuid("patient"),
  episodeId: uuid("episode"),
  templateId: z.union([uuid("template"), z.literal("")]).optional().transform((v) => v || undefined),
  title: requiredText(120, "Program name"),
});
export type StartProgramInput = z.input<typeof StartProgramInput>;

/**
 * The draft's lines as the builder sends them. Each line is checked against V19 in the action with
 * the exercise's facts from the database (clinic exercises are not in the library module), using
 * `prescriptionItemSchema` from ./hep — the same schema the builder runs before sending.
 */
export const SaveProgramDraftInput = z.object({
  versionId: uuid("program version"),
  items: z.array(z.record(z.string(), z.unknown())).max(MAX_PROGRAM_ITEMS, `A program holds at most ${MAX_PROGRAM_ITEMS} exercises`),
});

export const VersionInput = z.object({ versionId: uuid("program version") });
/** Assigning may need the clinician's reason when an exercise is not advised for this patient. */
export const AssignProgramInput = VersionInput.extend({
  precautionOverride: z.string().trim().max(500, "At most 500 characters").optional(),
});
export const ProgramInput = z.object({ programId: uuid("program") });

const KEY = /^[0-9a-f-]{36}:\d{4}-\d{2}-\d{2}:[1-9]$/;

/**
 * One tap on "done" in the portal. The key is made on the phone from the line, the day and which
 * session of the day it is, so a double tap or a resend after being offline records one completion.
 */
export const LogExerciseInput = z.object({
  itemId: uuid("exercise"),
  date: z.string().refine(isCalendarDate, "Not a date"),
  key: z.string().regex(KEY, "Not a valid log key"),
  pain: z.union([z.int().min(0).max(10), z.null()], { error: "Pain must be a whole number from 0 to 10" }).optional(),
  comment: optionalText(500, "Comment"),
}).refine((v) => v.key.split(":")[0] === v.itemId && v.key.split(":")[1] === v.date, { message: "Not a valid log key", path: ["key"] });
export type LogExerciseInput = z.input<typeof LogExerciseInput>;

const int = (label: string, r: { min: number; max: number }) => {
  const message = `${label} must be a whole number from ${r.min} to ${r.max}`;
  return z.coerce.number({ error: message }).int(message).min(r.min, message).max(r.max, message);
};
const optionalInt = (label: string, r: { min: number; max: number }) =>
  z.preprocess((v) => (v === "" || v === null || v === undefined ? undefined : v), int(label, r).optional());

const lines = (label: string, max: number) => z.string().max(4000, `${label} must be at most 4000 characters`)
  .transform((v) => v.split("\n").map((l) => l.trim()).filter(Boolean))
  .refine((a) => a.length <= max, `${label}: at most ${max} lines`);

/** A clinic-made exercise: the same dosing rules (V19) for its defaults as for a prescription. */
export const ClinicExerciseInput = z.object({
  name: requiredText(120, "Name"),
  region: z.enum(HEP_REGIONS, { error: "Choose a body region" }),
  category: z.enum(HEP_CATEGORIES, { error: "Choose a category" }),
  doseKind: z.enum(DOSE_KINDS, { error: "Choose how it is dosed" }),
  paired: z.coerce.boolean().default(false),
  defaultSets: int("Sets", L.sets),
  defaultReps: optionalInt("Reps", L.reps),
  defaultHoldSeconds: optionalInt("Hold", { min: 1, max: L.holdSeconds.max }),
  defaultDurationSeconds: optionalInt("Duration", L.durationSeconds),
  defaultTimesPerDay: int("Times per day", L.timesPerDay),
  defaultDaysPerWeek: int("Days per week", L.daysPerWeek),
  steps: lines("Steps", 12).refine((a) => a.length > 0, "Write at least one step, one per line"),
  cautions: lines("Cautions", 8),
  videoUrl: optionalText(500, "Video link").refine((v) => v === undefined || /^https:\/\/[^\s]+$/.test(v), "A video link starts with https://"),
  imageId: z.union([uuid("picture"), z.literal("")]).optional().transform((v) => v || undefined),
}).superRefine((v, ctx) => {
  const need = { REPS: "defaultReps", HOLD: "defaultHoldSeconds", DURATION: "defaultDurationSeconds" } as const;
  const label = { REPS: "reps", HOLD: "a hold time in seconds", DURATION: "a duration in seconds" } as const;
  for (const kind of DOSE_KINDS) {
    const field = need[kind];
    if (kind === v.doseKind && v[field] === undefined) ctx.addIssue({ code: "custom", path: [field], message: `Give ${label[kind]}` });
    if (kind !== v.doseKind && v[field] !== undefined) ctx.addIssue({ code: "custom", path: [field], message: `Leave this empty: the exercise is dosed in ${label[v.doseKind]}` });
  }
});
export type ClinicExerciseInput = z.input<typeof ClinicExerciseInput>;

export const UpdateClinicExerciseInput = ClinicExerciseInput.and(z.object({ exerciseId: uuid("exercise") }));
export const RetireExerciseInput = z.object({ exerciseId: uuid("exercise"), retire: z.boolean() });

/** Library search (a GET form: every field optional). */
export const LibraryFilter = z.object({
  // a control character (NUL fails the query) is not a search: dropped like any odd value
  q: z.string().trim().max(100).refine((v) => !/[\u0000-\u001f\u007f]/.test(v)).optional().catch(undefined),
  region: z.enum(HEP_REGIONS).optional().catch(undefined),
  category: z.enum(HEP_CATEGORIES).optional().catch(undefined),
  status: z.enum(["active", "retired", "all"]).optional().catch(undefined),
});
export type LibraryFilter = z.output<typeof LibraryFilter>;
