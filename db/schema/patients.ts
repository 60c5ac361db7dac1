import { sql } from "drizzle-orm";
import { check, date, index, integer, pgEnum, pgSequence, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

export const patientSex = pgEnum("patient_sex", ["female", "male", "intersex", "unknown"]);
export const patientStatus = pgEnum("patient_status", ["active", "inactive", "voided", "merged"]);
export const mrnSequence = pgSequence("patient_mrn_seq", { startWith: 1001 });

export const patients = pgTable(
  "patients",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    mrn: text("mrn").notNull().unique().default(sql`'KC-' || lpad(nextval('patient_mrn_seq')::text, 6, '0')`),
    legalFirstName: text("legal_first_name").notNull(),
    legalLastName: text("legal_last_name").notNull(),
    preferredName: text("preferred_name"),
    dateOfBirth: date("date_of_birth").notNull(),
    sex: patientSex("sex").notNull(),
    phone: text("phone"),
    email: text("email"),
    addressLine1: text("address_line1"),
    addressLine2: text("address_line2"),
    city: text("city"),
    region: text("region"),
    postalCode: text("postal_code"),
    emergencyContactName: text("emergency_contact_name"),
    emergencyContactPhone: text("emergency_contact_phone"),
    emergencyContactRelation: text("emergency_contact_relation"),
    referralSource: text("referral_source"),
    // a minor's parent or guardian: the person who gets the portal account and acts for them
    guardianName: text("guardian_name"),
    guardianRelation: text("guardian_relation"),
    guardianPhone: text("guardian_phone"),
    guardianEmail: text("guardian_email"),
    status: patientStatus("status").notNull().default("active"),
    voidReason: text("void_reason"),
    mergedIntoId: uuid("merged_into_id"),
    version: integer("version").notNull().default(1),
    // kc_normalize() = lower(unaccent()), immutable (custom migration 0002): "Michèle" is found by "miche"
    searchName: text("search_name").generatedAlwaysAs(
      sql`kc_normalize(legal_first_name || ' ' || legal_last_name || ' ' || coalesce(preferred_name, ''))`,
    ),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("patients_void_needs_reason", sql`${t.status} <> 'voided' or length(trim(${t.voidReason})) > 0`),
    check("patients_dob_sane", sql`${t.dateOfBirth} >= date '1900-01-01'`),
    check("patients_merged_has_target", sql`${t.status}::text <> 'merged' or ${t.mergedIntoId} is not null`),
    index("patients_name_idx").on(t.legalLastName, t.legalFirstName),
    index("patients_search_trgm_idx").using("gin", sql`${t.searchName} gin_trgm_ops`),
    index("patients_dob_idx").on(t.dateOfBirth),
    index("patients_phone_trgm_idx").using("gin", sql`regexp_replace(coalesce(${t.phone}, ''), '[^0-9]', '', 'g') gin_trgm_ops`),
  ],
);

/** Which portal accounts act for which patient: the patient themself, or a guardian of a minor. */
export const portalLinks = pgTable(
  "portal_links",
  {
    userId: uuid("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    patientId: uuid("patient_id").notNull().references(() => patients.id, { onDelete: "restrict" }),
    relationship: text("relationship", { enum: ["self", "guardian"] }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.patientId] }), index("portal_links_patient_idx").on(t.patientId)],
);
