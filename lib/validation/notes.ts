import { z } from "zod";
import { DISCHARGE_REASONS } from "@/lib/domain/notes/note-content";
import { requiredText, text, uuid } from "./common";

export const NOTE_TYPES = ["INITIAL_EVALUATION", "DAILY", "RE_EXAM", "DISCHARGE"] as const;
export const NOTE_TYPE_LABELS: Record<(typeof NOTE_TYPES)[number], string> = {
  INITIAL_EVALUATION: "Initial evaluation", DAILY: "Daily treatment note (SOAP)", RE_EXAM: "Re-exam / progress note", DISCHARGE: "Discharge summary",
};
/** The note a visit of each type gets (DOMAIN.md §8.1). */
export const NOTE_FOR_VISIT: Readonly<Record<string, (typeof NOTE_TYPES)[number]>> = {
  INITIAL_EXAM: "INITIAL_EVALUATION", TREATMENT: "DAILY", RE_EXAM: "RE_EXAM", PROGRESS_REPORT: "RE_EXAM", DISCHARGE: "DISCHARGE", REFERRAL_ONLY: "DAILY",
};
export const EVALUATION_COMPLEXITIES = ["LOW", "MODERATE", "HIGH"] as const;
/** DOMAIN.md §5.4 discharge reasons, in the words the form shows. */
export const DISCHARGE_REASON_LABELS: Readonly<Record<(typeof DISCHARGE_REASONS)[number], string>> = {
  GOALS_MET: "Goals met", MAX_THERAPEUTIC_BENEFIT: "Maximum therapeutic benefit", SELF_DISCHARGE: "Patient self-discharged",
  NON_ATTENDANCE: "Stopped attending", REFERRED_OUT: "Referred out", TRANSFER_OF_CARE: "Transfer of care",
  BENEFITS_EXHAUSTED: "Benefits exhausted", MOVED_OTHER: "Moved / other",
};
export const CHANGES = ["BETTER", "SAME", "WORSE"] as const;
export const ADHERENCE = ["FULL", "PARTIAL", "NONE", "NOT_ASSIGNED"] as const;

const nullableInt = (label: string, min: number, max: number) =>
  z.union([z.number().int(`${label}: whole numbers only`).min(min, `${label}: ${min} to ${max}`).max(max, `${label}: ${min} to ${max}`), z.null()]);

export const StartNoteInput = z.object({ visitId: uuid("visit"), noteType: z.enum(NOTE_TYPES, { error: "Choose the note type" }) });

export const NoteContent = z.object({
  subjective: text(5000, "Subjective"),
  nprsNow: nullableInt("Pain now", 0, 10),
  changeSinceLast: z.enum(CHANGES).nullable(),
  changePercent: nullableInt("Change", 0, 100),
  hepAdherence: z.enum(ADHERENCE).nullable(),
  objective: text(5000, "Objective"),
  assessment: text(5000, "Assessment"),
  plan: text(5000, "Plan"),
  // Elements some note types need (DOMAIN.md §8.1, §5.4). Optional in the input so older clients
  // and scripts that send only the SOAP fields still save; the form always sends them.
  referralTo: text(300, "Referred to").default(""),
  referralReason: text(1000, "Reason for referral").default(""),
  redFlagReasoning: text(2000, "Red-flag reasoning").default(""),
  evaluationComplexity: z.enum(EVALUATION_COMPLEXITIES, { error: "Choose low, moderate or high" }).nullable().default(null),
  dischargeReason: z.enum(DISCHARGE_REASONS, { error: "Choose a discharge reason" }).nullable().default(null),
  returnToSport: text(1000, "Return to sport").default(""),
  recommendations: text(2000, "Recommendations").default(""),
  followUp: text(1000, "Follow-up").default(""),
  hepGiven: z.boolean().nullable().default(null),
});
export type NoteContent = z.infer<typeof NoteContent>;

export const SaveNoteInput = NoteContent.extend({ noteId: uuid("note"), version: z.number().int().positive() });
export const SignNoteInput = z.object({ noteId: uuid("note"), version: z.number().int().positive() });
export const CosignNoteInput = z.object({ noteId: uuid("note") });
export const VoidNoteInput = z.object({ noteId: uuid("note"), reason: requiredText(300, "Reason") });

export const AddAddendumInput = z
  .object({
    noteId: uuid("note"),
    kind: z.enum(["ADDENDUM", "CORRECTION", "LATE_ENTRY"], { error: "Choose what you are adding" }),
    reason: requiredText(500, "Reason"),
    body: requiredText(5000, "Text"),
    correctedText: text(2000, "Text being corrected").optional(),
    eventAt: z.string().trim().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "Use a date and time like 2026-03-31T09:30").or(z.literal("")).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.kind === "CORRECTION" && !v.correctedText) ctx.addIssue({ code: "custom", path: ["correctedText"], message: "Quote the text that was wrong" });
    if (v.kind === "LATE_ENTRY" && !v.eventAt) ctx.addIssue({ code: "custom", path: ["eventAt"], message: "When did the event you describe happen?" });
  });
