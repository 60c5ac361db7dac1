import { sql } from "drizzle-orm";
import {
  boolean, check, date, index, integer, pgTable, text, time, timestamp, uniqueIndex, uuid,
} from "drizzle-orm/pg-core";
import { locations, rooms } from "./clinic";
import { episodes } from "./episodes";
import { outboxMessages } from "./messaging";
import { patients } from "./patients";
import { users } from "./users";

export const DISCIPLINES = ["DC", "PT", "PTA", "LMT"] as const;
export const APPOINTMENT_STATUSES = ["booked", "arrived", "completed", "cancelled", "no_show"] as const;
/** Statuses that hold a slot: the exclusion constraints (custom migration) cover exactly these. */
export const LIVE_APPOINTMENT_STATUSES = ["booked", "arrived", "completed"] as const;

/** What can be booked (FHIR Appointment.appointmentType): a name, a length, who usually provides it. */
export const appointmentTypes = pgTable(
  "appointment_types",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    durationMinutes: integer("duration_minutes").notNull(),
    defaultDisciplines: text("default_disciplines").array().notNull().default(sql`'{}'::text[]`),
    active: boolean("active").notNull().default(true),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex("appointment_types_name_key").on(sql`lower(${t.name})`),
    check("appointment_types_duration", sql`${t.durationMinutes} between 5 and 480`),
  ],
);

/**
 * A clinician's recurring weekly hours: wall-clock times in the clinic's time zone, expanded per
 * day by lib/domain/scheduling, so a 9:00 start stays 9:00 local across daylight-saving changes.
 * Rows are retired (removed_at), never deleted, so past schedules remain explainable.
 */
export const clinicianAvailability = pgTable(
  "clinician_availability",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    clinicianId: uuid("clinician_id").notNull().references(() => users.id, { onDelete: "restrict" }),
    locationId: uuid("location_id").notNull().references(() => locations.id, { onDelete: "restrict" }),
    weekday: integer("weekday").notNull(), // ISO: 1 = Monday … 7 = Sunday
    startTime: time("start_time").notNull(),
    endTime: time("end_time").notNull(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "restrict" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    removedAt: timestamp("removed_at", { withTimezone: true }),
  },
  (t) => [
    index("clinician_availability_clinician_idx").on(t.clinicianId, t.weekday),
    check("clinician_availability_weekday", sql`${t.weekday} between 1 and 7`),
    check("clinician_availability_order", sql`${t.startTime} < ${t.endTime}`),
  ],
);

/** A day off (holiday, sick) or hours off on one date (half day) for one clinician. */
export const availabilityExceptions = pgTable(
  "availability_exceptions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    clinicianId: uuid("clinician_id").notNull().references(() => users.id, { onDelete: "restrict" }),
    onDate: date("on_date").notNull(),
    allDay: boolean("all_day").notNull(),
    startTime: time("start_time"),
    endTime: time("end_time"),
    reason: text("reason").notNull(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "restrict" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    removedAt: timestamp("removed_at", { withTimezone: true }),
  },
  (t) => [
    index("availability_exceptions_clinician_idx").on(t.clinicianId, t.onDate),
    check(
      "availability_exceptions_hours",
      sql`(${t.allDay} and ${t.startTime} is null and ${t.endTime} is null) or (not ${t.allDay} and ${t.startTime} < ${t.endTime})`,
    ),
    check("availability_exceptions_reason", sql`length(trim(${t.reason})) > 0`),
  ],
);

/**
 * One booked visit slot (FHIR Appointment). PostgreSQL exclusion constraints (custom migration)
 * keep a clinician, a room and a patient to one live appointment at a time, even across app
 * instances. Cancelled and no-show rows stay as history; nothing is deleted. `version` bumps on
 * every change so a reminder job can tell that the appointment it was queued for has moved.
 */
export const appointments = pgTable(
  "appointments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    patientId: uuid("patient_id").notNull().references(() => patients.id, { onDelete: "restrict" }),
    clinicianId: uuid("clinician_id").notNull().references(() => users.id, { onDelete: "restrict" }),
    roomId: uuid("room_id").references(() => rooms.id, { onDelete: "restrict" }),
    appointmentTypeId: uuid("appointment_type_id").notNull().references(() => appointmentTypes.id, { onDelete: "restrict" }),
    locationId: uuid("location_id").notNull().references(() => locations.id, { onDelete: "restrict" }),
    episodeId: uuid("episode_id").references(() => episodes.id, { onDelete: "restrict" }),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    status: text("status", { enum: APPOINTMENT_STATUSES }).notNull().default("booked"),
    cancelReason: text("cancel_reason"),
    cancelledBy: uuid("cancelled_by").references(() => users.id, { onDelete: "restrict" }),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    arrivedAt: timestamp("arrived_at", { withTimezone: true }),
    createdBy: uuid("created_by").notNull().references(() => users.id, { onDelete: "restrict" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    index("appointments_clinician_idx").on(t.clinicianId, t.startsAt),
    index("appointments_patient_idx").on(t.patientId, t.startsAt),
    index("appointments_location_idx").on(t.locationId, t.startsAt),
    index("appointments_episode_idx").on(t.episodeId),
    // the work queue's recent no-shows, without reading the whole appointment history
    index("appointments_no_show_idx").on(t.startsAt).where(sql`${t.status} = 'no_show'`),
    check("appointments_order", sql`${t.startsAt} < ${t.endsAt}`),
    // no appointment spans more than a day, so "overlaps [start, end)" can also bound starts_at from below
    // (starts_at > start - 1 day) and stay a short index range scan however long the history grows
    check("appointments_at_most_a_day", sql`${t.endsAt} <= ${t.startsAt} + interval '1 day'`),
    check("appointments_cancel_reason", sql`${t.status} <> 'cancelled' or length(trim(${t.cancelReason})) > 0`),
  ],
);

/** Per-patient messaging preference; a missing row means reminders are on. */
export const patientReminderPrefs = pgTable("patient_reminder_prefs", {
  patientId: uuid("patient_id").primaryKey().references(() => patients.id, { onDelete: "restrict" }),
  remindersOptOut: boolean("reminders_opt_out").notNull().default(false),
  updatedBy: uuid("updated_by").references(() => users.id, { onDelete: "restrict" }),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
});

/**
 * Each confirmation or reminder email decided for an appointment: sent (with its outbox message)
 * or skipped (opted out, moved, cancelled). The unique key makes a reminder for one version of an
 * appointment go out at most once, however many workers run the job.
 */
export const appointmentNotifications = pgTable(
  "appointment_notifications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    appointmentId: uuid("appointment_id").notNull().references(() => appointments.id, { onDelete: "restrict" }),
    kind: text("kind", { enum: ["booked", "moved", "cancelled", "reminder"] }).notNull(),
    appointmentVersion: integer("appointment_version").notNull(),
    outcome: text("outcome", { enum: ["queued", "skipped"] }).notNull(),
    skipReason: text("skip_reason"),
    outboxMessageId: uuid("outbox_message_id").references(() => outboxMessages.id, { onDelete: "restrict" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex("appointment_notifications_once_key").on(t.appointmentId, t.kind, t.appointmentVersion)],
);

/**
 * A personal iCalendar feed: a patient's appointments or a clinician's own schedule. Only the
 * SHA-256 of the secret token is stored; regenerating revokes the old one.
 */
export const icalFeeds = pgTable(
  "ical_feeds",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tokenHash: text("token_hash").notNull().unique(),
    patientId: uuid("patient_id").references(() => patients.id, { onDelete: "restrict" }),
    clinicianId: uuid("clinician_id").references(() => users.id, { onDelete: "restrict" }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "restrict" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
  },
  (t) => [
    check("ical_feeds_one_owner", sql`(${t.patientId} is null) <> (${t.clinicianId} is null)`),
    uniqueIndex("ical_feeds_live_patient_key").on(t.patientId).where(sql`${t.revokedAt} is null and ${t.patientId} is not null`),
    uniqueIndex("ical_feeds_live_clinician_key").on(t.clinicianId).where(sql`${t.revokedAt} is null and ${t.clinicianId} is not null`),
  ],
);
