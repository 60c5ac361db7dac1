import { sql } from "drizzle-orm";
import { check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { episodes } from "./episodes";
import { patients } from "./patients";
import { users } from "./users";
import { visits } from "./visits";

/**
 * Treatment protocols, versioned: editing makes a new version, so old visits still show what was
 * applied. Reference protocols (DOMAIN.md §4.4) are installed in every database.
 */
export const protocols = pgTable(
  "protocols",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    code: text("code").notNull(),
    version: integer("version").notNull(),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    source: text("source", { enum: ["reference", "clinic"] }).notNull(),
    status: text("status", { enum: ["active", "retired"] }).notNull().default("active"),
    lines: jsonb("lines").$type<unknown[]>().notNull(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "restrict" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex("protocols_code_version_key").on(t.code, t.version),
    // A revision retires the version it replaces, so a protocol has at most one version in use.
    uniqueIndex("protocols_one_active_version").on(t.code).where(sql`${t.status} = 'active'`),
    check("protocols_has_steps", sql`jsonb_typeof(${t.lines}) = 'array' and jsonb_array_length(${t.lines}) > 0`),
  ],
);

/** One treatment given at a visit (FHIR Procedure): a component with its parameters and minutes. */
export const treatmentLines = pgTable(
  "treatment_lines",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    visitId: uuid("visit_id").notNull().references(() => visits.id, { onDelete: "restrict" }),
    patientId: uuid("patient_id").notNull().references(() => patients.id, { onDelete: "restrict" }),
    position: integer("position").notNull(),
    componentCode: text("component_code").notNull(),
    side: text("side"),
    params: jsonb("params").$type<Record<string, unknown>>().notNull().default({}),
    minutes: integer("minutes"),
    /** Patient position (prone, supine…): pregnancy and other cautions depend on it. */
    patientPosition: text("patient_position"),
    /** How the patient responded to this line, and pain before / after it (DOMAIN.md §4.1). */
    response: text("response"),
    preNprs: integer("pre_nprs"),
    postNprs: integer("post_nprs"),
    protocolId: uuid("protocol_id").references(() => protocols.id, { onDelete: "restrict" }),
    overrideReason: text("override_reason"),
    createdBy: uuid("created_by").notNull().references(() => users.id, { onDelete: "restrict" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    index("treatment_lines_visit_idx").on(t.visitId, t.position),
    check("treatment_lines_minutes", sql`${t.minutes} is null or ${t.minutes} between 0 and 240`),
    check("treatment_lines_nprs", sql`(${t.preNprs} is null or ${t.preNprs} between 0 and 10) and (${t.postNprs} is null or ${t.postNprs} between 0 and 10)`),
  ],
);

/** Informed consent for procedures that need it (HVLA, dry needling): once per episode. */
export const procedureConsents = pgTable(
  "procedure_consents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    patientId: uuid("patient_id").notNull().references(() => patients.id, { onDelete: "restrict" }),
    episodeId: uuid("episode_id").notNull().references(() => episodes.id, { onDelete: "restrict" }),
    kind: text("kind", { enum: ["HVLA", "DRY_NEEDLING", "BRUISING_RISK"] }).notNull(),
    consentType: text("consent_type", { enum: ["VERBAL", "WRITTEN"] }).notNull(),
    notes: text("notes"),
    recordedBy: uuid("recorded_by").notNull().references(() => users.id, { onDelete: "restrict" }),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex("procedure_consents_episode_kind_key").on(t.episodeId, t.kind)],
);

/** Diagnoses of a visit (ICD-10-CM, ranked; FHIR Condition). */
export const visitDiagnoses = pgTable(
  "visit_diagnoses",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    visitId: uuid("visit_id").notNull().references(() => visits.id, { onDelete: "restrict" }),
    patientId: uuid("patient_id").notNull().references(() => patients.id, { onDelete: "restrict" }),
    rank: integer("rank").notNull(),
    icdCode: text("icd_code").notNull(),
    createdBy: uuid("created_by").notNull().references(() => users.id, { onDelete: "restrict" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex("visit_diagnoses_visit_code_key").on(t.visitId, t.icdCode), check("visit_diagnoses_rank", sql`${t.rank} between 1 and 12`)],
);

/** Billing lines (CPT/HCPCS + units + modifiers), derived from the treatment lines and editable until signing. */
export const billingLines = pgTable(
  "billing_lines",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    visitId: uuid("visit_id").notNull().references(() => visits.id, { onDelete: "restrict" }),
    patientId: uuid("patient_id").notNull().references(() => patients.id, { onDelete: "restrict" }),
    position: integer("position").notNull(),
    code: text("code").notNull(),
    units: integer("units").notNull(),
    minutes: integer("minutes"),
    modifiers: text("modifiers").array().notNull().default([]),
    diagnosisPointers: integer("diagnosis_pointers").array().notNull().default([]),
    createdBy: uuid("created_by").notNull().references(() => users.id, { onDelete: "restrict" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("billing_lines_visit_idx").on(t.visitId, t.position), check("billing_lines_units", sql`${t.units} between 0 and 24`)],
);
