import { z } from "zod";
import { REGION_IDS } from "@/lib/domain/intake/body-regions";
import { RED_FLAGS } from "@/lib/domain/intake/red-flags";
import * as O from "@/lib/domain/intake/options";
import { text, uuid } from "./common";
import { isoDate, latestToday } from "./dates";

const nprs = (label: string) => z.number({ error: `${label}: choose 0 to 10` }).int().min(0, "0 to 10").max(10, "0 to 10");
const count = (label: string, max: number) => z.number({ error: `${label} must be a number` }).int(`${label} must be a whole number`).min(0, `${label} cannot be negative`).max(max, `${label} must be at most ${max}`);
const amount = (label: string, max: number) => z.number({ error: `${label} must be a number` }).min(0, `${label} cannot be negative`).max(max, `${label} must be at most ${max}`);
const many = (o: O.Option[]) => z.array(z.enum(O.values(o), { error: "Unknown choice" })).max(o.length);
const one = (o: O.Option[]) => z.enum(O.values(o), { error: "Choose an option" });

export const PainLocationSchema = z.object({
  regionId: z.enum(REGION_IDS as unknown as [string, ...string[]], { error: "Unknown body region" }),
  side: z.enum(["L", "R", "BIL", "CENTRAL"], { error: "Choose a side" }),
  depth: z.enum(["superficial", "deep"]).optional(),
  isPrimary: z.boolean().optional(),
});

const RED_FLAG_IDS = RED_FLAGS.map((f) => f.id) as [string, ...string[]];
export const RedFlagAnswerSchema = z.object({
  answer: z.enum(["YES", "NO", "UNSURE"], { error: "Answer yes, no or not sure" }),
  detail: text(500, "Details").optional(),
  followUps: z.record(z.string().max(40), z.union([z.boolean(), z.number().min(0).max(1000), z.string().max(40), z.null()])).optional(),
});

/**
 * Every intake field with its own rules (DOMAIN.md §1). Drafts may leave fields out; whatever is
 * present is always valid, so a half-finished intake never stores nonsense.
 */
export const intakeFields = z.object({
  chiefComplaint: text(500, "Main complaint").refine((v) => v.length === 0 || v.length >= 3, "Describe it in at least 3 characters"),
  onsetDate: isoDate("Start date").refine((v) => v <= latestToday(), "The start date cannot be in the future"),
  onsetApproximate: z.boolean(),
  onsetMode: one(O.ONSET_MODES),
  mechanism: many(O.MECHANISMS),
  workRelated: z.boolean(),
  autoRelated: z.boolean(),
  painLocations: z.array(PainLocationSchema).max(44),
  radiation: one(O.RADIATION),
  nprsNow: nprs("Pain now"),
  nprsBest: nprs("Least pain in the last 24 hours"),
  nprsWorst: nprs("Worst pain in the last 24 hours"),
  painQuality: many(O.PAIN_QUALITIES),
  frequency: one(O.FREQUENCIES),
  aggravating: many(O.AGGRAVATING),
  easing: many(O.EASING),
  pattern24h: one(O.PATTERNS_24H),
  morningStiffnessMin: count("Morning stiffness", 240),
  nightPainType: one(O.NIGHT_PAIN),
  functionLimits: text(1000, "What you can't do"),
  goals: text(1000, "Your goals"),
  priorEpisodesCount: count("Earlier episodes", 99),
  medicationsTried: z.array(z.object({ name: text(80, "Medication").min(1, "Name the medication"), effect: one(O.TREATMENT_RESPONSES) })).max(10),
  occupation: text(120, "Occupation"),
  occupationCategory: one(O.OCCUPATION_CATEGORIES),
  sittingHoursPerDay: amount("Sitting hours", 24).multipleOf(0.5, "Use half hours"),
  standingHoursPerDay: amount("Standing hours", 24).multipleOf(0.5, "Use half hours"),
  drivingHoursPerDay: amount("Driving hours", 24).multipleOf(0.5, "Use half hours"),
  habits: many(O.HABITS),
  sports: many(O.SPORTS),
  weeklyKmCurrent: amount("Weekly distance now", 300),
  weeklyKm4wkAgo: amount("Weekly distance 4 weeks ago", 300),
  runsPerWeek: count("Runs per week", 14),
  longestRunKm: amount("Longest run", 300),
  surfacePrimary: one(O.SURFACES),
  hillRunning: one(O.HILLS),
  shoeModel: text(80, "Shoe model"),
  shoeType: one(O.SHOE_TYPES),
  shoeKm: amount("Shoe distance", 5000),
  shoeChangedRecently: z.boolean(),
  crossTraining: text(300, "Cross-training"),
  bikeFitChanged: z.boolean(),
  priorBoneStressInjury: z.boolean(),
  redFlags: z.partialRecord(z.enum(RED_FLAG_IDS), RedFlagAnswerSchema),
  staffNotes: text(2000, "Clinician notes"),
});
export type IntakeAnswers = z.infer<typeof intakeFields>;
export type IntakeDraftAnswers = Partial<IntakeAnswers>;

/** Rules across fields, checked on drafts too (only when both fields are present). */
export function intakeCrossRules(v: IntakeDraftAnswers, ctx: z.RefinementCtx) {
  if (v.nprsBest !== undefined && v.nprsWorst !== undefined && v.nprsBest > v.nprsWorst) {
    ctx.addIssue({ code: "custom", path: ["nprsBest"], message: "The least pain cannot be more than the worst pain" });
  }
  const hours = (v.sittingHoursPerDay ?? 0) + (v.standingHoursPerDay ?? 0) + (v.drivingHoursPerDay ?? 0);
  if (hours > 24) ctx.addIssue({ code: "custom", path: ["sittingHoursPerDay"], message: "Sitting, standing and driving add up to more than 24 hours" });
  if (v.longestRunKm !== undefined && v.weeklyKmCurrent !== undefined && v.longestRunKm > v.weeklyKmCurrent) {
    ctx.addIssue({ code: "custom", path: ["longestRunKm"], message: "The longest run cannot be more than the weekly distance" });
  }
  for (const loc of v.painLocations ?? []) {
    if (loc.side === "CENTRAL" && !["SACRUM", "COCCYX", "PERINEUM_SADDLE", "LUMBAR_UPPER", "LUMBAR_LOWER", "LUMBOSACRAL", "PUBIC", "ABDOMEN_FLANK"].includes(loc.regionId)) {
      ctx.addIssue({ code: "custom", path: ["painLocations"], message: "Choose the left or right side for paired regions" });
      break;
    }
  }
}

/** What must be there before an intake is submitted (DOMAIN.md §1.1 "required"). */
/** The safety questions a patient is asked: never the exam/system items, the runner items only for runners. */
export function askedRedFlags(runner: boolean) {
  return RED_FLAGS.filter((f) => !f.staffOnly && (!f.runnerOnly || runner));
}

export function intakeCompleteRules(v: IntakeDraftAnswers, ctx: z.RefinementCtx) {
  const need = (key: keyof IntakeAnswers, message: string) => {
    const value = v[key];
    if (value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) ctx.addIssue({ code: "custom", path: [key], message });
  };
  need("chiefComplaint", "Describe the main problem");
  need("onsetDate", "Give the date it started (an estimate is fine)");
  need("onsetMode", "Say how it started");
  need("painLocations", "Mark at least one place on the body map");
  need("radiation", "Say whether the pain spreads");
  need("nprsNow", "Rate your pain now");
  need("nprsBest", "Rate your least pain");
  need("nprsWorst", "Rate your worst pain");
  need("frequency", "Say how often you feel it");
  need("nightPainType", "Say whether pain wakes you at night");
  const runner = (v.sports ?? []).some((s) => O.RUNNING_SPORTS.includes(s));
  const unanswered = askedRedFlags(runner).filter((f) => !v.redFlags?.[f.id]);
  if (unanswered.length > 0) ctx.addIssue({ code: "custom", path: ["redFlags"], message: `Answer every safety question (${unanswered.length} left)` });
}

const draftAnswers = intakeFields.partial().superRefine(intakeCrossRules);

export const SaveIntakeDraftInput = z.object({
  intakeId: uuid("intake"),
  version: z.number().int().positive(),
  answers: draftAnswers,
});

export const SubmitIntakeInput = z.object({
  intakeId: uuid("intake"),
  version: z.number().int().positive(),
  answers: intakeFields.partial().superRefine((v, ctx) => { intakeCrossRules(v, ctx); intakeCompleteRules(v, ctx); }),
});

export const AcceptIntakeInput = z.object({
  intakeId: uuid("intake"),
  version: z.number().int().positive(),
  answers: intakeFields.partial().superRefine((v, ctx) => { intakeCrossRules(v, ctx); intakeCompleteRules(v, ctx); }),
});

/** Fields a patient may fill; anything else in a patient's save is dropped before validation. */
export const PATIENT_FIELDS = Object.keys(intakeFields.shape).filter((k) => k !== "staffNotes") as (keyof IntakeAnswers)[];
