import { sql } from "drizzle-orm";
import { check, customType, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => "bytea" });

/**
 * A whole-clinic export (zip of one FHIR bundle per patient plus CSV files), built by a background
 * job. The row is the progress indicator the admin page polls (done of total patients) and holds
 * the finished file until it is downloaded.
 */
export const clinicExports = pgTable(
  "clinic_exports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    requestedBy: uuid("requested_by").notNull().references(() => users.id, { onDelete: "restrict" }),
    status: text("status", { enum: ["queued", "running", "done", "failed"] }).notNull().default("queued"),
    total: integer("total").notNull().default(0),
    done: integer("done").notNull().default(0),
    filename: text("filename"),
    sizeBytes: integer("size_bytes"),
    content: bytea("content"),
    error: text("error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (t) => [
    index("clinic_exports_created_idx").on(t.createdAt),
    check("clinic_exports_progress", sql`${t.done} >= 0 and ${t.done} <= ${t.total}`),
  ],
);
