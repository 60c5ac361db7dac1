import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/**
 * Append-only audit trail. No foreign keys on purpose: the log must outlive and never block
 * changes to what it describes. UPDATE/DELETE/TRUNCATE are refused by triggers (see the custom
 * migration), and the app's database role is only granted SELECT and INSERT.
 * `details` holds ids and field names, never clinical free text.
 */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    at: timestamp("at", { withTimezone: true }).notNull(),
    actorUserId: uuid("actor_user_id"),
    actorRoles: text("actor_roles").array().notNull().default([]),
    action: text("action").notNull(),
    outcome: text("outcome", { enum: ["ok", "denied", "failed"] }).notNull(),
    patientId: uuid("patient_id"),
    entityType: text("entity_type"),
    entityId: text("entity_id"),
    ip: text("ip"),
    details: jsonb("details").$type<Record<string, unknown>>(),
  },
  (t) => [
    index("audit_events_at_idx").on(t.at),
    index("audit_events_actor_idx").on(t.actorUserId, t.at),
    index("audit_events_patient_idx").on(t.patientId, t.at),
    index("audit_events_action_idx").on(t.action, t.at),
  ],
);
