import { sql } from "drizzle-orm";
import { check, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { patients } from "./patients";
import { users } from "./users";

export const CONSENT_KINDS = ["consent_to_treat", "privacy_notice"] as const;

/** The wording patients agree to, versioned: a signature points at the exact text that was shown. */
export const consentTexts = pgTable(
  "consent_texts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    kind: text("kind", { enum: CONSENT_KINDS }).notNull(),
    version: integer("version").notNull(),
    title: text("title").notNull(),
    body: text("body").notNull(),
    effectiveFrom: timestamp("effective_from", { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex("consent_texts_kind_version_key").on(t.kind, t.version)],
);

/** A signed consent: typed name and date, by the patient (portal) or at the desk. Never edited. */
export const consents = pgTable(
  "consents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    patientId: uuid("patient_id").notNull().references(() => patients.id, { onDelete: "restrict" }),
    consentTextId: uuid("consent_text_id").notNull().references(() => consentTexts.id, { onDelete: "restrict" }),
    signedName: text("signed_name").notNull(),
    signedOn: date("signed_on").notNull(),
    signedAt: timestamp("signed_at", { withTimezone: true }).notNull(),
    signedByUserId: uuid("signed_by_user_id").notNull().references(() => users.id, { onDelete: "restrict" }),
    channel: text("channel", { enum: ["portal", "desk"] }).notNull(),
    signerRelationship: text("signer_relationship", { enum: ["self", "guardian"] }).notNull().default("self"),
  },
  (t) => [
    index("consents_patient_idx").on(t.patientId),
    check("consents_signed_name_present", sql`length(trim(${t.signedName})) >= 2`),
  ],
);
