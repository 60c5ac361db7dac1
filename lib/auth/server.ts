import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { forbidden, notFound, redirect } from "next/navigation";
import { sql } from "drizzle-orm";
import { getDb } from "@/db";
import { writeAudit } from "@/lib/audit";
import { now } from "@/lib/time";
import { auth } from "./config";
import { resolveCaller, type Caller, type CallerResolution } from "./caller";
import { hasPermission, type Permission } from "./permissions";
import { clientIp, isPrefetch } from "./request-info";

/** Resolve the signed-in caller once per request (React cache), straight from PostgreSQL. */
export const getCallerResolution = cache(async (): Promise<CallerResolution | null> => {
  const session = (await auth()) as { user?: { id?: string }; sv?: number; sid?: string } | null;
  const userId = session?.user?.id;
  if (!userId || !session?.sid || typeof session.sv !== "number") return null;
  const h = await headers();
  return resolveCaller(getDb(), { userId, sessionVersion: session.sv, sessionId: session.sid }, { now: now(), touch: !isPrefetch(h) });
});

export async function getCaller(): Promise<Caller | null> {
  const r = await getCallerResolution();
  return r?.ok ? r.caller : null;
}

async function signInRedirect(reason?: string): Promise<never> {
  const h = await headers();
  const path = h.get("x-kc-path") ?? "/";
  const params = new URLSearchParams({ next: path });
  if (reason) params.set("reason", reason);
  redirect(`/sign-in?${params}`);
}

/** Pages: the caller must hold the permission, or they get sign-in (no session) or a 403 page. */
export async function requirePermission(permission: Permission): Promise<Caller> {
  const r = await getCallerResolution();
  if (!r || !r.ok) return signInRedirect(r && !r.ok ? r.reason : undefined);
  if (!hasPermission(r.caller.roles, permission)) {
    const h = await headers();
    if (!isPrefetch(h)) {
      await writeAudit(getDb(), r.caller, { action: "page.view", outcome: "denied", details: { permission, path: h.get("x-kc-path") }, ip: clientIp(h) });
    }
    forbidden();
  }
  return r.caller;
}

/**
 * Pages about one patient: permission + patient scope, and one "chart.view" audit row per
 * navigation (none for prefetches). Unknown, voided or out-of-scope ids all look like 404.
 */
export async function requirePatientAccess(patientId: string, permission: Permission, view: string): Promise<Caller> {
  const caller = await requirePermission(permission);
  const h = await headers();
  const validId = /^[0-9a-f-]{36}$/i.test(patientId);
  const inScope = validId && (caller.kind === "staff" || caller.patientIds.includes(patientId));
  if (!inScope) {
    if (validId && !isPrefetch(h)) {
      await writeAudit(getDb(), caller, { action: "chart.view", outcome: "denied", patientId, details: { view }, ip: clientIp(h) });
    }
    notFound();
  }
  // One statement reads the record's state and writes the "chart.view" row (ok, or denied for a voided or
  // unknown record); a merged record sends staff on to the survivor without an audit row, as before.
  const audit = !isPrefetch(h);
  const [row] = await getDb().execute<{ status: string; merged_into_id: string | null }>(sql`
    with p as (select status, merged_into_id from patients where id = ${patientId}),
    a as (
      insert into audit_events (at, actor_user_id, actor_roles, action, outcome, patient_id, details, ip)
      select ${now().toISOString()}::timestamptz, ${caller.userId}::uuid, string_to_array(${caller.roles.join(",")}, ','), 'chart.view',
        case when ok then 'ok' else 'denied' end, case when ok then ${patientId}::uuid end, ${JSON.stringify({ view })}::jsonb, ${clientIp(h)}
      from (select coalesce((select status not in ('voided', 'merged') from p), false) as ok,
                   coalesce((select status = 'merged' and merged_into_id is not null from p), false) as merged) s
      where ${audit} and not (s.merged and ${caller.kind === "staff"}))
    select status, merged_into_id from p`);
  if (row?.status === "merged" && row.merged_into_id && caller.kind === "staff") redirect(`/patients/${row.merged_into_id}`);
  const exists = Boolean(row) && row.status !== "voided" && row.status !== "merged";
  if (!exists) notFound();
  return caller;
}

/** Audit a page that shows patient names without being one patient's chart (the schedule). */
export async function auditPageView(caller: Caller, action: string, details: Record<string, unknown>): Promise<void> {
  const h = await headers();
  if (!isPrefetch(h)) await writeAudit(getDb(), caller, { action, details, ip: clientIp(h) });
}
