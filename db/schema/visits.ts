import { sql } from "drizzle-orm";
import { check, index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { episodes } from "./episodes";
import { patients } from "./patients";
import { appointments } from "./scheduling";
import { users } from "./users";

/** DOMAIN.md §0 visit types. */
export const visitType = pgEnum("visit_type", ["INITIAL_EXAM", "TREATMENT", "RE_EXAM", "PROGRESS_REPORT", "DISCHARGE", "REFERRAL_ONLY"]);

/**
 * A visit (FHIR Encounter): what exam findings, treatment lines and the note attach to. Status
 * "signed" arrives with the notes issue, which also locks every row that belongs to a signed visit.
 */
export const visits = pgTable(
  "visits",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    patientId: uuid("patient_id").notNull().references(() => patients.id, { onDelete: "restrict" }),
    episodeId: uuid("episode_id").notNull().references(() => episodes.id, { onDelete: "restrict" }),
    clinicianId: uuid("clinician_id").notNull().references(() => users.id, { onDelete: "restrict" }),
    visitType: visitType("visit_type").notNull(),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    status: text("status", { enum: ["in_progress", "completed", "cancelled"] }).notNull().default("in_progress"),
    /** The appointment this visit was opened from (one visit per appointment). */
    appointmentId: uuid("appointment_id").references(() => appointments.id, { onDelete: "restrict" }),
    cancelReason: text("cancel_reason"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    index("visits_patient_idx").on(t.patientId, t.startsAt),
    index("visits_episode_idx").on(t.episodeId, t.startsAt),
    uniqueIndex("visits_appointment_key").on(t.appointmentId).where(sql`${t.appointmentId} is not null`),
    check("visits_cancel_reason", sql`${t.status} <> 'cancelled' or length(trim(${t.cancelReason})) > 0`),
  ],
);
