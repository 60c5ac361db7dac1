import { boolean, check, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";

/** Opening hours per ISO weekday (1 = Monday) as wall-clock times in the clinic's zone. */
export type OpeningHours = Record<string, { open: string; close: string } | null>;

export type ScopeOverrides = Record<string, Partial<Record<"DC" | "PT" | "PTA" | "LMT", { status: "ALLOWED" | "SUPERVISED" | "NOT_ALLOWED"; text: string }>>>;

/** One clinic per database: a single settings row (id = 1). */
export const clinicSettings = pgTable(
  "clinic_settings",
  {
    id: integer("id").primaryKey().default(1),
    name: text("name").notNull(),
    timeZone: text("time_zone").notNull().default("America/New_York"),
    hours: jsonb("hours").$type<OpeningHours>().notNull().default({}),
    staffIdleMinutes: integer("staff_idle_minutes").notNull().default(30),
    patientIdleMinutes: integer("patient_idle_minutes").notNull().default(60),
    inviteTtlHours: integer("invite_ttl_hours").notNull().default(72),
    resetTtlMinutes: integer("reset_ttl_minutes").notNull().default(60),
    /**
     * The clinic's jurisdiction, where it differs from DOMAIN.md §4.0's default scope matrix:
     * component code → discipline → allowed / supervised / not allowed, with the rule's wording.
     */
    scopeOverrides: jsonb("scope_overrides").$type<ScopeOverrides>().notNull().default({}),
    /** Home-exercise program content for staff without clinical access (front desk, admin-only). Off by default. */
    hepContentForAllStaff: boolean("hep_content_for_all_staff").notNull().default(false),
    // scheduling: how long before a visit the reminder goes out, and how late a patient may cancel online
    reminderLeadHours: integer("reminder_lead_hours").notNull().default(24),
    cancellationWindowHours: integer("cancellation_window_hours").notNull().default(24),
    // care plans: an active plan with no visit or appointment for this many days shows as "dropped off"
    dropOffDays: integer("drop_off_days").notNull().default(14),
    /** Every staff account must sign in with an authenticator code; the unenrolled enrol at their next sign-in. */
    requireStaffTwoFactor: boolean("require_staff_two_factor").notNull().default(false),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("clinic_settings_singleton", sql`${t.id} = 1`),
    check("clinic_settings_idle_positive", sql`${t.staffIdleMinutes} > 0 and ${t.patientIdleMinutes} > 0`),
    check("clinic_settings_scheduling_hours", sql`${t.reminderLeadHours} between 1 and 168 and ${t.cancellationWindowHours} between 0 and 168`),
  ],
);

export const locations = pgTable("locations", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull().unique(),
  address: text("address"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export const rooms = pgTable("rooms", {
  id: uuid("id").primaryKey().defaultRandom(),
  locationId: uuid("location_id")
    .notNull()
    .references(() => locations.id, { onDelete: "restrict" }),
  name: text("name").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
