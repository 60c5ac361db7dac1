import { sql } from "drizzle-orm";
import { boolean, check, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { episodes } from "./episodes";
import { patients } from "./patients";
import { appointments, appointmentTypes } from "./scheduling";
import { users } from "./users";

export const CARE_PLAN_STATUSES = ["active", "completed", "discontinued"] as const;
export const WAITLIST_STATUSES = ["waiting", "offered", "booked", "removed"] as const;

/** One phase of a plan: e.g. 3 visits a week for 2 weeks (DOMAIN.md §5.2). Ordered as stored. */
export interface StoredPhase { visitsPerWeek: number; weeks: number }
/** A SMART goal (DOMAIN.md §5.3), kept inside the plan version it belongs to. */
export interface StoredGoal {
  type: "SHORT_TERM" | "LONG_TERM";
  domain: "PAIN" | "FUNCTION" | "PARTICIPATION" | "IMPAIRMENT" | "SPORT";
  description: string;
  measure: string; // an outcome code (NPRS, ODI, PSFS, LEFS, RMDQ) or OTHER
  baselineValue: number;
  targetValue: number;
  currentValue?: number | null; // for measures outside the outcomes module (km, minutes, degrees)
  unit: string;
  comparator: "<=" | ">=";
  targetDate: string;
  status: "NOT_STARTED" | "PROGRESSING" | "MET" | "PARTIALLY_MET" | "NOT_MET" | "DISCONTINUED";
  statusReason?: string | null;
}
export interface StoredOutcomeDue { measure: string; everyVisits: number }
/** When the patient likes to come: ISO weekday (1 = Monday) and a wall-clock time in the clinic zone. */
export interface PreferredTime { weekday: number; time: string }

/**
 * A plan of care for one episode (FHIR CarePlan), versioned: every change inserts a new version
 * and the previous one stops being current. Old versions are frozen by a trigger (custom
 * migration) and one current version per episode is enforced by a partial unique index.
 */
export const carePlans = pgTable(
  "care_plans",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    patientId: uuid("patient_id").notNull().references(() => patients.id, { onDelete: "restrict" }),
    episodeId: uuid("episode_id").notNull().references(() => episodes.id, { onDelete: "restrict" }),
    version: integer("version").notNull(),
    isCurrent: boolean("is_current").notNull().default(true),
    status: text("status", { enum: CARE_PLAN_STATUSES }).notNull().default("active"),
    startDate: date("start_date").notNull(),
    phases: jsonb("phases").$type<StoredPhase[]>().notNull(),
    goals: jsonb("goals").$type<StoredGoal[]>().notNull(),
    reexamEveryVisits: integer("reexam_every_visits"),
    reexamEveryDays: integer("reexam_every_days"),
    outcomeMeasures: jsonb("outcome_measures").$type<StoredOutcomeDue[]>().notNull().default([]),
    dischargeCriteria: text("discharge_criteria").notNull(),
    preferredTimes: jsonb("preferred_times").$type<PreferredTime[]>().notNull().default([]),
    changeReason: text("change_reason"),
    createdBy: uuid("created_by").notNull().references(() => users.id, { onDelete: "restrict" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    supersededAt: timestamp("superseded_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("care_plans_episode_version_key").on(t.episodeId, t.version),
    uniqueIndex("care_plans_one_current_key").on(t.episodeId).where(sql`${t.isCurrent}`),
    index("care_plans_patient_idx").on(t.patientId),
    check("care_plans_version_positive", sql`${t.version} >= 1`),
    check("care_plans_reexam_cadence", sql`${t.reexamEveryVisits} is not null or ${t.reexamEveryDays} is not null`),
    check("care_plans_reexam_ranges", sql`(${t.reexamEveryVisits} is null or ${t.reexamEveryVisits} between 1 and 60) and (${t.reexamEveryDays} is null or ${t.reexamEveryDays} between 1 and 365)`),
    check("care_plans_change_reason", sql`${t.version} = 1 or length(trim(${t.changeReason})) > 0`),
  ],
);

/** A patient waiting for an earlier or better slot (cancellations are offered to them first). */
export const waitlistEntries = pgTable(
  "waitlist_entries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    patientId: uuid("patient_id").notNull().references(() => patients.id, { onDelete: "restrict" }),
    // empty = any clinician
    clinicianIds: uuid("clinician_ids").array().notNull().default(sql`'{}'::uuid[]`),
    // ISO weekdays; empty = any day
    weekdays: integer("weekdays").array().notNull().default(sql`'{}'::integer[]`),
    // wall-clock windows in the clinic zone, e.g. [{ start: "07:00", end: "10:00" }]; empty = any time
    timeWindows: jsonb("time_windows").$type<{ start: string; end: string }[]>().notNull().default([]),
    appointmentTypeId: uuid("appointment_type_id").references(() => appointmentTypes.id, { onDelete: "restrict" }),
    note: text("note").notNull().default(""),
    status: text("status", { enum: WAITLIST_STATUSES }).notNull().default("waiting"),
    bookedAppointmentId: uuid("booked_appointment_id").references(() => appointments.id, { onDelete: "restrict" }),
    createdBy: uuid("created_by").notNull().references(() => users.id, { onDelete: "restrict" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    updatedBy: uuid("updated_by").references(() => users.id, { onDelete: "restrict" }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    index("waitlist_entries_status_idx").on(t.status, t.createdAt),
    uniqueIndex("waitlist_entries_one_open_key").on(t.patientId).where(sql`${t.status} in ('waiting', 'offered')`),
    check("waitlist_entries_booked_has_appointment", sql`${t.status} <> 'booked' or ${t.bookedAppointmentId} is not null`),
  ],
);

/** The front desk reached out to a patient from the work queue (e.g. a dropped-off patient). */
export const queueContacts = pgTable(
  "queue_contacts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    patientId: uuid("patient_id").notNull().references(() => patients.id, { onDelete: "restrict" }),
    episodeId: uuid("episode_id").references(() => episodes.id, { onDelete: "restrict" }),
    kind: text("kind", { enum: ["dropped_off", "no_show"] }).notNull(),
    note: text("note").notNull().default(""),
    contactedBy: uuid("contacted_by").notNull().references(() => users.id, { onDelete: "restrict" }),
    contactedAt: timestamp("contacted_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("queue_contacts_patient_idx").on(t.patientId, t.contactedAt)],
);
