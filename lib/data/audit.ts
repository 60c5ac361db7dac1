import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";

export interface AuditFilter {
  userId?: string;
  patientId?: string;
  action?: string;
  from?: string; // yyyy-mm-dd, inclusive, in UTC
  to?: string; // yyyy-mm-dd, inclusive
  page?: number;
}

export type AuditRow = {
  id: number;
  at: Date;
  actorUserId: string | null;
  actorName: string | null;
  actorRoles: string[];
  action: string;
  outcome: string;
  patientId: string | null;
  patientName: string | null;
  entityType: string | null;
  entityId: string | null;
  ip: string | null;
  details: Record<string, unknown> | null;
}

export const AUDIT_PAGE_SIZE = 50;
const UUID = /^[0-9a-f-]{36}$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** One page of the audit log, newest first, names joined in the same query. */
export async function listAuditEvents(db: DbOrTx, filter: AuditFilter): Promise<{ rows: AuditRow[]; hasMore: boolean }> {
  const where: SQL[] = [sql`true`];
  if (filter.userId && UUID.test(filter.userId)) where.push(sql`a.actor_user_id = ${filter.userId}`);
  if (filter.patientId && UUID.test(filter.patientId)) where.push(sql`a.patient_id = ${filter.patientId}`);
  if (filter.action) where.push(sql`a.action like ${filter.action.replace(/[%_\\]/g, "\\$&") + "%"}`);
  if (filter.from && DAY.test(filter.from)) where.push(sql`a.at >= ${filter.from}::date`);
  if (filter.to && DAY.test(filter.to)) where.push(sql`a.at < ${filter.to}::date + 1`);
  const page = Math.max(1, Math.min(filter.page ?? 1, 10_000));
  const rows = await db.execute<AuditRow>(sql`
    select a.id, a.at, a.actor_user_id as "actorUserId", u.display_name as "actorName", a.actor_roles as "actorRoles",
      a.action, a.outcome, a.patient_id as "patientId",
      case when p.id is null then null else p.legal_last_name || ', ' || p.legal_first_name end as "patientName",
      a.entity_type as "entityType", a.entity_id as "entityId", a.ip, a.details
    from audit_events a
    left join users u on u.id = a.actor_user_id
    left join patients p on p.id = a.patient_id
    where ${sql.join(where, sql` and `)}
    order by a.at desc, a.id desc
    limit ${AUDIT_PAGE_SIZE + 1} offset ${(page - 1) * AUDIT_PAGE_SIZE}`);
  return { rows: [...rows].slice(0, AUDIT_PAGE_SIZE), hasMore: rows.length > AUDIT_PAGE_SIZE };
}

/** Distinct action names for the filter's pick list. */
export async function listAuditActions(db: DbOrTx): Promise<string[]> {
  const rows = await db.execute<{ action: string }>(sql`select distinct action from audit_events order by action limit 200`);
  return rows.map((r) => r.action);
}
