import { sql } from "drizzle-orm";
import { check, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { patients } from "./patients";
import { users } from "./users";

/** One complaint followed over time (FHIR EpisodeOfCare), e.g. "R buttock pain when running". */
export const episodes = pgTable(
  "episodes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    patientId: uuid("patient_id").notNull().references(() => patients.id, { onDelete: "restrict" }),
    title: text("title").notNull(),
    status: text("status", { enum: ["open", "closed"] }).notNull().default("open"),
    openedOn: date("opened_on").notNull(),
    closedOn: date("closed_on"),
    closeReason: text("close_reason"),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "restrict" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    check("episodes_closed_needs_reason", sql`${t.status} <> 'closed' or (${t.closedOn} is not null and length(trim(${t.closeReason})) > 0)`),
    check("episodes_close_after_open", sql`${t.closedOn} is null or ${t.closedOn} >= ${t.openedOn}`),
    index("episodes_patient_idx").on(t.patientId, t.openedOn),
  ],
);

/**
 * The intake of one episode. `answers` holds the structured questionnaire (DOMAIN.md §1),
 * validated by lib/validation/intake.ts on every save. `version` guards concurrent editing.
 */
export const intakes = pgTable(
  "intakes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    episodeId: uuid("episode_id").notNull().references(() => episodes.id, { onDelete: "restrict" }),
    patientId: uuid("patient_id").notNull().references(() => patients.id, { onDelete: "restrict" }),
    status: text("status", { enum: ["requested", "draft", "submitted", "accepted"] }).notNull(),
    answers: jsonb("answers").$type<Record<string, unknown>>().notNull().default({}),
    version: integer("version").notNull().default(1),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    submittedBy: uuid("submitted_by").references(() => users.id, { onDelete: "restrict" }),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    acceptedBy: uuid("accepted_by").references(() => users.id, { onDelete: "restrict" }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
    updatedBy: uuid("updated_by").references(() => users.id, { onDelete: "restrict" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex("intakes_episode_key").on(t.episodeId),
    index("intakes_patient_idx").on(t.patientId),
    check("intakes_accepted_has_who", sql`${t.status} <> 'accepted' or (${t.acceptedBy} is not null and ${t.acceptedAt} is not null)`),
  ],
);

/** Who changed which intake answers, and what they were before (clinical table: may hold text). */
export const intakeRevisions = pgTable(
  "intake_revisions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    intakeId: uuid("intake_id").notNull().references(() => intakes.id, { onDelete: "restrict" }),
    version: integer("version").notNull(),
    changedBy: uuid("changed_by").notNull().references(() => users.id, { onDelete: "restrict" }),
    changedAt: timestamp("changed_at", { withTimezone: true }).notNull(),
    fields: text("fields").array().notNull(),
    previous: jsonb("previous").$type<Record<string, unknown>>().notNull(),
  },
  (t) => [index("intake_revisions_intake_idx").on(t.intakeId, t.version)],
);

/**
 * Red flags raised by an intake's screen (DOMAIN.md §1.6). Emergency and urgent ones show a
 * chart banner until a clinician records what was done; `restricts` is read by the treatment
 * issue to block contraindicated techniques.
 */
export const redFlagFindings = pgTable(
  "red_flag_findings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    patientId: uuid("patient_id").notNull().references(() => patients.id, { onDelete: "restrict" }),
    episodeId: uuid("episode_id").notNull().references(() => episodes.id, { onDelete: "restrict" }),
    intakeId: uuid("intake_id").references(() => intakes.id, { onDelete: "restrict" }),
    flagId: text("flag_id").notNull(),
    action: text("action", { enum: ["EMERGENCY", "URGENT_REFERRAL", "ROUTINE_REFERRAL", "FLAG"] }).notNull(),
    restricts: text("restricts").array().notNull().default([]),
    reasons: text("reasons").array().notNull().default([]),
    needsClarification: text("needs_clarification", { enum: ["yes", "no"] }).notNull().default("no"),
    raisedAt: timestamp("raised_at", { withTimezone: true }).notNull(),
    acknowledgedAt: timestamp("acknowledged_at", { withTimezone: true }),
    acknowledgedBy: uuid("acknowledged_by").references(() => users.id, { onDelete: "restrict" }),
    acknowledgement: text("acknowledgement"),
  },
  (t) => [
    uniqueIndex("red_flag_findings_episode_flag_key").on(t.episodeId, t.flagId),
    index("red_flag_findings_patient_idx").on(t.patientId),
    check("red_flag_ack_complete", sql`(${t.acknowledgedAt} is null) = (${t.acknowledgedBy} is null) and (${t.acknowledgedAt} is null or length(trim(${t.acknowledgement})) > 0)`),
  ],
);
