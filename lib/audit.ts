import { sql, type SQL } from "drizzle-orm";
import { auditEvents } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { now } from "./time";
import type { Caller } from "./auth/caller";

export interface AuditEntry {
  action: string;
  outcome?: "ok" | "denied" | "failed";
  patientId?: string | null;
  entityType?: string;
  entityId?: string | null;
  /** ids, field names and codes only: never clinical free text, passwords or tokens */
  details?: Record<string, unknown>;
  ip?: string | null;
}

/** Append one audit row. Pass the action's transaction so the row commits (or not) with the change. */
export async function writeAudit(db: DbOrTx, actor: Pick<Caller, "userId" | "roles"> | null, entry: AuditEntry): Promise<void> {
  await db.insert(auditEvents).values({
    at: now(),
    actorUserId: actor?.userId ?? null,
    actorRoles: actor?.roles ?? [],
    action: entry.action,
    outcome: entry.outcome ?? "ok",
    patientId: entry.patientId ?? null,
    entityType: entry.entityType ?? null,
    entityId: entry.entityId ?? null,
    ip: entry.ip ?? null,
    details: entry.details ?? null,
  });
}

/**
 * The same row as an INSERT statement, for a handler that embeds it (as a CTE) in its own last
 * statement: the audit row then costs no statement of its own and still commits with the change.
 */
export function auditInsertSql(actor: Pick<Caller, "userId" | "roles"> | null, entry: AuditEntry): SQL {
  return sql`insert into audit_events (at, actor_user_id, actor_roles, action, outcome, patient_id, entity_type, entity_id, ip, details)
    values (${now().toISOString()}::timestamptz, ${actor?.userId ?? null}::uuid, string_to_array(${(actor?.roles ?? []).join(",")}, ','), ${entry.action},
      ${entry.outcome ?? "ok"}, ${entry.patientId ?? null}::uuid, ${entry.entityType ?? null}, ${entry.entityId ?? null}, ${entry.ip ?? null},
      ${entry.details ? JSON.stringify(entry.details) : null}::jsonb)`;
}
