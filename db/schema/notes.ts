import { DISCHARGE_REASONS } from "../../lib/domain/notes/note-content";
import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { patients } from "./patients";
import { users } from "./users";
import { visits } from "./visits";

export const noteType = pgEnum("note_type", ["INITIAL_EVALUATION", "DAILY", "RE_EXAM", "DISCHARGE"]);

/**
 * The visit note (SOAP). Draft → signed (locked by trigger, with every other row of the visit) →
 * possibly voided with a reason. Corrections are addenda, never edits.
 */
export const notes = pgTable(
  "notes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    visitId: uuid("visit_id").notNull().references(() => visits.id, { onDelete: "restrict" }),
    patientId: uuid("patient_id").notNull().references(() => patients.id, { onDelete: "restrict" }),
    noteType: noteType("note_type").notNull(),
    status: text("status", { enum: ["draft", "signed", "voided"] }).notNull().default("draft"),
    subjective: text("subjective").notNull().default(""),
    nprsNow: integer("nprs_now"),
    changeSinceLast: text("change_since_last", { enum: ["BETTER", "SAME", "WORSE"] }),
    changePercent: integer("change_percent"),
    hepAdherence: text("hep_adherence", { enum: ["FULL", "PARTIAL", "NONE", "NOT_ASSIGNED"] }),
    objective: text("objective").notNull().default(""),
    assessment: text("assessment").notNull().default(""),
    plan: text("plan").notNull().default(""),
    // Elements some note types need before signing (DOMAIN.md §8.1, §5.4): referral when a red flag
    // was raised, reasoning for a FLAG-level finding, PT evaluation complexity, discharge details.
    referralTo: text("referral_to").notNull().default(""),
    referralReason: text("referral_reason").notNull().default(""),
    redFlagReasoning: text("red_flag_reasoning").notNull().default(""),
    evaluationComplexity: text("evaluation_complexity", { enum: ["LOW", "MODERATE", "HIGH"] }),
    dischargeReason: text("discharge_reason", { enum: DISCHARGE_REASONS }),
    returnToSport: text("return_to_sport").notNull().default(""),
    recommendations: text("recommendations").notNull().default(""),
    followUp: text("follow_up").notNull().default(""),
    hepGiven: boolean("hep_given"),
    requiresCosign: boolean("requires_cosign").notNull().default(false),
    version: integer("version").notNull().default(1),
    authorId: uuid("author_id").notNull().references(() => users.id, { onDelete: "restrict" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
    updatedBy: uuid("updated_by").notNull().references(() => users.id, { onDelete: "restrict" }),
    voidedAt: timestamp("voided_at", { withTimezone: true }),
    voidedBy: uuid("voided_by").references(() => users.id, { onDelete: "restrict" }),
    voidReason: text("void_reason"),
  },
  (t) => [
    uniqueIndex("notes_visit_key").on(t.visitId),
    index("notes_patient_idx").on(t.patientId),
    check("notes_nprs_range", sql`${t.nprsNow} is null or ${t.nprsNow} between 0 and 10`),
    check("notes_evaluation_complexity", sql`${t.evaluationComplexity} is null or ${t.evaluationComplexity} in ('LOW', 'MODERATE', 'HIGH')`),
    check("notes_discharge_reason", sql`${t.dischargeReason} is null or ${t.dischargeReason} in ('GOALS_MET', 'MAX_THERAPEUTIC_BENEFIT', 'SELF_DISCHARGE', 'NON_ATTENDANCE', 'REFERRED_OUT', 'TRANSFER_OF_CARE', 'BENEFITS_EXHAUSTED', 'MOVED_OTHER')`),
    check("notes_void_complete", sql`${t.status} <> 'voided' or (${t.voidedAt} is not null and ${t.voidedBy} is not null and length(trim(${t.voidReason})) > 0)`),
  ],
);

/** Signatures are rows of their own, so a co-signature can follow the author's. Append-only. */
export const noteSignatures = pgTable(
  "note_signatures",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    noteId: uuid("note_id").notNull().references(() => notes.id, { onDelete: "restrict" }),
    signerId: uuid("signer_id").notNull().references(() => users.id, { onDelete: "restrict" }),
    role: text("role", { enum: ["author", "cosigner"] }).notNull(),
    attestation: text("attestation").notNull(),
    contentHash: text("content_hash").notNull(),
    signedAt: timestamp("signed_at", { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex("note_signatures_note_role_key").on(t.noteId, t.role)],
);

/** Addenda, corrections and late entries (DOMAIN.md §8.3): signed child records, shown under the original. */
export const noteAddenda = pgTable(
  "note_addenda",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    noteId: uuid("note_id").notNull().references(() => notes.id, { onDelete: "restrict" }),
    kind: text("kind", { enum: ["ADDENDUM", "CORRECTION", "LATE_ENTRY"] }).notNull(),
    reason: text("reason").notNull(),
    body: text("body").notNull(),
    correctedText: text("corrected_text"),
    eventAt: timestamp("event_at", { withTimezone: true }),
    authorId: uuid("author_id").notNull().references(() => users.id, { onDelete: "restrict" }),
    attestation: text("attestation").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    index("note_addenda_note_idx").on(t.noteId, t.createdAt),
    check("note_addenda_correction_text", sql`${t.kind} <> 'CORRECTION' or length(trim(${t.correctedText})) > 0`),
  ],
);
