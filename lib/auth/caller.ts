import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import type { Role, StaffRole } from "./permissions";

/** Who is calling: resolved fresh from PostgreSQL on every request (never trusted from the JWT). */
export interface Caller {
  userId: string;
  kind: "staff" | "patient";
  displayName: string;
  roles: Role[];
  /** for portal accounts: the patients this account acts for (self and/or guarded minors) */
  patientIds: string[];
  sessionId: string | null;
}

export interface SessionClaims {
  userId: string;
  sessionVersion: number;
  sessionId: string;
}

export type CallerResolution =
  | { ok: true; caller: Caller }
  | { ok: false; reason: "revoked" | "inactive" | "idle" | "unknown" };

// Writing last_seen_at on every request would cost a write per click; a few seconds of slack is harmless.
const TOUCH_THROTTLE_MS = 15_000;

/**
 * One query loads the account, its roles, its patient links, the session row and the idle limits.
 * Deactivation, demotion, password change (session version) and sign-out therefore apply on the
 * very next request. `touch` extends the idle window; prefetches pass false so they do not.
 */
export async function resolveCaller(
  db: DbOrTx,
  claims: SessionClaims,
  opts: { now: Date; touch: boolean },
): Promise<CallerResolution> {
  const rows = await db.execute<{
    id: string;
    kind: "staff" | "patient";
    display_name: string;
    active: boolean;
    session_version: number;
    roles: StaffRole[];
    patient_ids: string[];
    last_seen_at: Date | string;
    ended_at: Date | string | null;
    idle_minutes: number;
  }>(sql`
    select u.id, u.kind, u.display_name, u.active, u.session_version,
      coalesce((select array_agg(r.role::text order by r.role) from user_roles r where r.user_id = u.id), '{}') as roles,
      coalesce((select array_agg(pl.patient_id::text) from portal_links pl join patients p on p.id = pl.patient_id
                where pl.user_id = u.id and p.status not in ('voided', 'merged')), '{}') as patient_ids,
      s.last_seen_at, s.ended_at,
      case when u.kind = 'patient' then coalesce(cs.patient_idle_minutes, 60) else coalesce(cs.staff_idle_minutes, 30) end as idle_minutes
    from users u
    join auth_sessions s on s.id = ${claims.sessionId} and s.user_id = u.id
    left join clinic_settings cs on cs.id = 1
    where u.id = ${claims.userId}`);
  const row = rows[0];
  if (!row) return { ok: false, reason: "unknown" };
  if (!row.active) return { ok: false, reason: "inactive" };
  if (row.session_version !== claims.sessionVersion || row.ended_at) return { ok: false, reason: "revoked" };
  const lastSeen = new Date(row.last_seen_at).getTime();
  const idleMs = row.idle_minutes * 60_000;
  const nowMs = opts.now.getTime();
  if (nowMs - lastSeen > idleMs) {
    await db.execute(sql`update auth_sessions set ended_at = ${opts.now.toISOString()}, end_reason = 'idle' where id = ${claims.sessionId} and ended_at is null`);
    return { ok: false, reason: "idle" };
  }
  if (opts.touch && nowMs - lastSeen > TOUCH_THROTTLE_MS) {
    await db.execute(sql`update auth_sessions set last_seen_at = ${opts.now.toISOString()} where id = ${claims.sessionId}`);
  }
  const roles: Role[] = row.kind === "patient" ? ["patient"] : row.roles;
  return {
    ok: true,
    caller: {
      userId: row.id,
      kind: row.kind,
      displayName: row.display_name,
      roles,
      patientIds: row.kind === "patient" ? row.patient_ids : [],
      sessionId: claims.sessionId,
    },
  };
}
