import { sql } from "drizzle-orm";
import { boolean, check, customType, date, doublePrecision, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { episodes } from "./episodes";
import { patients } from "./patients";
import { users } from "./users";

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => "bytea" });

/**
 * Pictures of clinic-made exercises, stored in PostgreSQL like chart documents (backups and access
 * control cover them). Clinic content, not PHI; never deleted (an old program still shows its picture).
 */
export const exerciseImages = pgTable(
  "exercise_images",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    filename: text("filename").notNull(),
    contentType: text("content_type", { enum: ["image/png", "image/jpeg", "image/webp"] }).notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    sha256: text("sha256").notNull(),
    content: bytea("content").notNull(),
    uploadedBy: uuid("uploaded_by").notNull().references(() => users.id, { onDelete: "restrict" }),
    uploadedAt: timestamp("uploaded_at", { withTimezone: true }).notNull(),
  },
  (t) => [check("exercise_images_size_limit", sql`${t.sizeBytes} > 0 and ${t.sizeBytes} <= 2097152 and octet_length(${t.content}) = ${t.sizeBytes}`)],
);

/**
 * The exercise library: the 40 reference exercises of DOMAIN.md §6 (installed in every database by
 * the reference seed) and the clinic's own. Retired exercises stay readable in the programs that use them.
 */
export const exercises = pgTable(
  "exercises",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    code: text("code").notNull(),
    source: text("source", { enum: ["reference", "clinic"] }).notNull(),
    name: text("name").notNull(),
    region: text("region").notNull(),
    category: text("category").notNull(),
    doseKind: text("dose_kind", { enum: ["REPS", "HOLD", "DURATION"] }).notNull(),
    paired: boolean("paired").notNull().default(false),
    defaultSets: integer("default_sets").notNull(),
    defaultReps: integer("default_reps"),
    defaultHoldSeconds: integer("default_hold_seconds"),
    defaultDurationSeconds: integer("default_duration_seconds"),
    defaultTimesPerDay: integer("default_times_per_day").notNull(),
    defaultDaysPerWeek: integer("default_days_per_week").notNull(),
    steps: text("steps").array().notNull(),
    cautions: text("cautions").array().notNull().default([]),
    painRule: text("pain_rule").notNull(),
    imageId: uuid("image_id").references(() => exerciseImages.id, { onDelete: "restrict" }),
    videoUrl: text("video_url"),
    status: text("status", { enum: ["active", "retired"] }).notNull().default("active"),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "restrict" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex("exercises_code_key").on(t.code),
    index("exercises_name_idx").on(t.name),
    check("exercises_video_https", sql`${t.videoUrl} is null or ${t.videoUrl} ~ '^https://'`),
  ],
);

/** A ready-made program attached to a protocol (DOMAIN.md §4.4 HEP bundle) that a clinician starts from. */
export const hepTemplates = pgTable(
  "hep_templates",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    code: text("code").notNull(),
    protocolCode: text("protocol_code"),
    name: text("name").notNull(),
    source: text("source", { enum: ["reference", "clinic"] }).notNull(),
    status: text("status", { enum: ["active", "retired"] }).notNull().default("active"),
    /** Prescription lines (lib/validation/hep.ts PrescriptionItem) with the library's default dosing. */
    items: jsonb("items").$type<Record<string, unknown>[]>().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex("hep_templates_code_key").on(t.code)],
);

/** A home-exercise program of one episode (FHIR CarePlan activity). Its content lives in versions. */
export const hepPrograms = pgTable(
  "hep_programs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    patientId: uuid("patient_id").notNull().references(() => patients.id, { onDelete: "restrict" }),
    episodeId: uuid("episode_id").notNull().references(() => episodes.id, { onDelete: "restrict" }),
    title: text("title").notNull(),
    status: text("status", { enum: ["active", "ended"] }).notNull().default("active"),
    createdBy: uuid("created_by").notNull().references(() => users.id, { onDelete: "restrict" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    endedAt: timestamp("ended_at", { withTimezone: true }),
  },
  (t) => [
    index("hep_programs_patient_idx").on(t.patientId),
    uniqueIndex("hep_programs_one_active_per_episode").on(t.episodeId).where(sql`${t.status} = 'active'`),
  ],
);

/**
 * One version of a program. A draft is edited freely; assigning it freezes it (trigger) and
 * supersedes the version before, so history is kept and a progression is a new version.
 */
export const hepProgramVersions = pgTable(
  "hep_program_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    programId: uuid("program_id").notNull().references(() => hepPrograms.id, { onDelete: "restrict" }),
    patientId: uuid("patient_id").notNull().references(() => patients.id, { onDelete: "restrict" }),
    version: integer("version").notNull(),
    status: text("status", { enum: ["draft", "assigned", "superseded"] }).notNull().default("draft"),
    templateId: uuid("template_id").references(() => hepTemplates.id, { onDelete: "restrict" }),
    assignedOn: date("assigned_on"),
    assignedAt: timestamp("assigned_at", { withTimezone: true }),
    assignedBy: uuid("assigned_by").references(() => users.id, { onDelete: "restrict" }),
    supersededOn: date("superseded_on"),
    createdBy: uuid("created_by").notNull().references(() => users.id, { onDelete: "restrict" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex("hep_program_versions_program_version_key").on(t.programId, t.version),
    uniqueIndex("hep_program_versions_one_draft").on(t.programId).where(sql`${t.status} = 'draft'`),
    uniqueIndex("hep_program_versions_one_assigned").on(t.programId).where(sql`${t.status} = 'assigned'`),
    check("hep_program_versions_assigned_has_who", sql`${t.status} = 'draft' or (${t.assignedAt} is not null and ${t.assignedBy} is not null and ${t.assignedOn} is not null)`),
  ],
);

/** One exercise of a program version with its dosing (DOMAIN.md §6.1, V19, also checked here). */
export const hepProgramItems = pgTable(
  "hep_program_items",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    versionId: uuid("version_id").notNull().references(() => hepProgramVersions.id, { onDelete: "restrict" }),
    patientId: uuid("patient_id").notNull().references(() => patients.id, { onDelete: "restrict" }),
    position: integer("position").notNull(),
    phase: integer("phase").notNull().default(1),
    exerciseId: uuid("exercise_id").notNull().references(() => exercises.id, { onDelete: "restrict" }),
    side: text("side", { enum: ["L", "R", "BIL", "NA"] }).notNull(),
    sets: integer("sets").notNull(),
    reps: integer("reps"),
    holdSeconds: integer("hold_seconds"),
    repHoldSeconds: integer("rep_hold_seconds"),
    durationSeconds: integer("duration_seconds"),
    restSeconds: integer("rest_seconds"),
    timesPerDay: integer("times_per_day").notNull(),
    daysPerWeek: integer("days_per_week").notNull(),
    load: text("load"),
    loadKg: doublePrecision("load_kg"),
    notes: text("notes"),
    progressionNote: text("progression_note"),
    painRule: text("pain_rule").notNull(),
  },
  (t) => [
    index("hep_program_items_version_idx").on(t.versionId, t.position),
    check("hep_program_items_ranges", sql`${t.sets} between 1 and 6 and ${t.timesPerDay} between 1 and 6 and ${t.daysPerWeek} between 1 and 7
      and (${t.reps} is null or ${t.reps} between 1 and 50) and (${t.holdSeconds} is null or ${t.holdSeconds} between 0 and 180)
      and (${t.durationSeconds} is null or ${t.durationSeconds} between 30 and 180) and (${t.phase} between 1 and 6)`),
    check("hep_program_items_one_dose", sql`num_nonnulls(nullif(${t.reps}, 0), nullif(${t.holdSeconds}, 0), ${t.durationSeconds}) = 1`),
  ],
);

/**
 * One session the patient logged. The client makes the idempotency key, so a double tap or a
 * resend after being offline records one completion.
 */
export const hepLogs = pgTable(
  "hep_logs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    patientId: uuid("patient_id").notNull().references(() => patients.id, { onDelete: "restrict" }),
    itemId: uuid("item_id").notNull().references(() => hepProgramItems.id, { onDelete: "restrict" }),
    logDate: date("log_date").notNull(),
    done: boolean("done").notNull().default(true),
    setsDone: integer("sets_done").notNull(),
    pain: integer("pain"),
    comment: text("comment"),
    idempotencyKey: text("idempotency_key").notNull(),
    loggedBy: uuid("logged_by").notNull().references(() => users.id, { onDelete: "restrict" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex("hep_logs_idempotency_key").on(t.idempotencyKey),
    index("hep_logs_patient_date_idx").on(t.patientId, t.logDate),
    index("hep_logs_item_idx").on(t.itemId),
    check("hep_logs_pain", sql`${t.pain} is null or ${t.pain} between 0 and 10`),
    check("hep_logs_sets", sql`${t.setsDone} between 0 and 6`),
  ],
);
