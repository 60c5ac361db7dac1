import { sql } from "drizzle-orm";
import { check, customType, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { patients } from "./patients";
import { users } from "./users";

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => "bytea" });

export const DOCUMENT_KINDS = ["referral", "imaging_report", "outside_record", "other"] as const;

/**
 * Uploaded documents (referral letters, imaging reports, outside records), stored in PostgreSQL so
 * backups and access control cover them. Removed documents are voided, never deleted.
 */
export const documents = pgTable(
  "documents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    patientId: uuid("patient_id").notNull().references(() => patients.id, { onDelete: "restrict" }),
    kind: text("kind", { enum: DOCUMENT_KINDS }).notNull(),
    title: text("title").notNull(),
    filename: text("filename").notNull(),
    contentType: text("content_type", { enum: ["application/pdf", "image/jpeg", "image/png"] }).notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    sha256: text("sha256").notNull(),
    content: bytea("content").notNull(),
    uploadedBy: uuid("uploaded_by").notNull().references(() => users.id, { onDelete: "restrict" }),
    uploadedAt: timestamp("uploaded_at", { withTimezone: true }).notNull(),
    voidedAt: timestamp("voided_at", { withTimezone: true }),
    voidReason: text("void_reason"),
  },
  (t) => [
    index("documents_patient_idx").on(t.patientId, t.uploadedAt),
    check("documents_size_limit", sql`${t.sizeBytes} > 0 and ${t.sizeBytes} <= 10485760 and octet_length(${t.content}) = ${t.sizeBytes}`),
    check("documents_void_reason", sql`${t.voidedAt} is null or length(trim(${t.voidReason})) > 0`),
  ],
);

/** Two records of one person combined: history moved to the survivor; the other kept as "merged". */
export const patientMerges = pgTable("patient_merges", {
  id: uuid("id").primaryKey().defaultRandom(),
  survivorId: uuid("survivor_id").notNull().references(() => patients.id, { onDelete: "restrict" }),
  mergedId: uuid("merged_id").notNull().references(() => patients.id, { onDelete: "restrict" }).unique(),
  reason: text("reason").notNull(),
  moved: text("moved").array().notNull(),
  mergedBy: uuid("merged_by").notNull().references(() => users.id, { onDelete: "restrict" }),
  mergedAt: timestamp("merged_at", { withTimezone: true }).notNull(),
});
