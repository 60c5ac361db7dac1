import { sql } from "drizzle-orm";
import { boolean, check, index, jsonb, numeric, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { episodes } from "./episodes";
import { patients } from "./patients";
import { users } from "./users";
import { visits } from "./visits";

/**
 * One examination finding (FHIR Observation): a catalogue code, a side and a value with its unit.
 * Only what was tested is stored; "not tested" is the absence of a row. Keyed to its visit, so
 * signing the visit (notes issue) can lock every finding at once.
 */
export const examFindings = pgTable(
  "exam_findings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    visitId: uuid("visit_id").notNull().references(() => visits.id, { onDelete: "restrict" }),
    patientId: uuid("patient_id").notNull().references(() => patients.id, { onDelete: "restrict" }),
    code: text("code").notNull(),
    side: text("side", { enum: ["L", "R", "BIL", "CENTRAL", "NA"] }).notNull(),
    // body site or direction for procedures charted per site ("" when the item has no sites)
    site: text("site").notNull().default(""),
    // numbers (degrees, mm, grades) go to value_num so they trend; codes (POS, HYPOMOBILE) to value_text;
    // anything structured (multi-select, level comparisons) to value_json
    valueNum: numeric("value_num", { mode: "number" }),
    valueText: text("value_text"),
    valueJson: jsonb("value_json").$type<unknown>(),
    extras: jsonb("extras").$type<Record<string, unknown>>(),
    modifier: text("modifier", { enum: ["-", "+"] }),
    unit: text("unit"),
    method: text("method"),
    familiarPain: boolean("familiar_pain"),
    comment: text("comment"),
    recordedBy: uuid("recorded_by").notNull().references(() => users.id, { onDelete: "restrict" }),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex("exam_findings_visit_code_side_site_key").on(t.visitId, t.code, t.side, t.site),
    index("exam_findings_patient_code_idx").on(t.patientId, t.code),
    check("exam_findings_has_value", sql`${t.valueNum} is not null or ${t.valueText} is not null or ${t.valueJson} is not null`),
  ],
);

/** An outcome measure (ODI, NPRS, LEFS, PSFS, RMDQ): assigned to the patient or recorded in clinic, then scored. */
export const outcomeResponses = pgTable(
  "outcome_responses",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    patientId: uuid("patient_id").notNull().references(() => patients.id, { onDelete: "restrict" }),
    episodeId: uuid("episode_id").notNull().references(() => episodes.id, { onDelete: "restrict" }),
    visitId: uuid("visit_id").references(() => visits.id, { onDelete: "restrict" }),
    measure: text("measure").notNull(),
    status: text("status", { enum: ["assigned", "completed", "cancelled"] }).notNull(),
    answers: jsonb("answers").$type<Record<string, unknown>>().notNull().default({}),
    score: numeric("score", { mode: "number" }),
    band: text("band"),
    source: text("source", { enum: ["clinic", "portal"] }).notNull(),
    assignedBy: uuid("assigned_by").references(() => users.id, { onDelete: "restrict" }),
    assignedAt: timestamp("assigned_at", { withTimezone: true }).notNull(),
    completedBy: uuid("completed_by").references(() => users.id, { onDelete: "restrict" }),
    completedAt: timestamp("completed_at", { withTimezone: true }),
  },
  (t) => [
    index("outcome_responses_episode_idx").on(t.episodeId, t.measure, t.completedAt),
    index("outcome_responses_patient_idx").on(t.patientId, t.status),
    check("outcome_completed_has_when", sql`${t.status} <> 'completed' or ${t.completedAt} is not null`),
  ],
);
