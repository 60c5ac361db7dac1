import { integer, jsonb, pgTable, timestamp, uuid } from "drizzle-orm/pg-core";
import { patients } from "./patients";
import { users } from "./users";

/**
 * Patient-level history that persists across episodes (DOMAIN.md §1.3): conditions, surgeries,
 * medications, allergies. One row per patient, structured by lib/validation/history.ts; later
 * issues read it for contraindication checks.
 */
export const patientHistories = pgTable("patient_histories", {
  patientId: uuid("patient_id").primaryKey().references(() => patients.id, { onDelete: "restrict" }),
  data: jsonb("data").$type<Record<string, unknown>>().notNull().default({}),
  version: integer("version").notNull().default(1),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  updatedBy: uuid("updated_by").references(() => users.id, { onDelete: "restrict" }),
});
