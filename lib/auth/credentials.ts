import { and, desc, eq, gt, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { authSessions, signInAttempts, users } from "@/db/schema";
import { writeAudit } from "@/lib/audit";
import { burnVerifyTime, verifyPassword } from "./password";
import { issueChallenge, secondFactorOwed } from "./second-factor-store";
import { LOCKOUT_THRESHOLD, LOCKOUT_WINDOW_MS, LOCKOUT_DURATION_MS, lockedUntil } from "./lockout";

export type SignInOutcome =
  | { ok: true; userId: string; sessionVersion: number; sessionId: string }
  | { ok: false; reason: "invalid" | "locked" | "expired" }
  /** password right, second factor owed: answer the challenge (enrol first when `enrol`) */
  | { ok: false; reason: "second_factor" | "enrol"; challenge: string };



/** Serialise every attempt on one account (password and second factor alike) across instances. */
export async function lockAccount(tx: Tx, email: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${"sign-in:" + email}))`);
}

/** Failures since the last success, newest first: the input of the lockout rule. */
export async function recentFailures(tx: Tx, email: string, at: Date): Promise<Date[]> {
  const lastSuccess = tx
    .select({ at: sql`max(${signInAttempts.at})` })
    .from(signInAttempts)
    .where(and(eq(signInAttempts.email, email), eq(signInAttempts.outcome, "success")));
  const failures = await tx
    .select({ at: signInAttempts.at })
    .from(signInAttempts)
    .where(
      and(
        eq(signInAttempts.email, email),
        eq(signInAttempts.outcome, "failure"),
        gt(signInAttempts.at, new Date(at.getTime() - LOCKOUT_WINDOW_MS - LOCKOUT_DURATION_MS)),
        sql`${signInAttempts.at} > coalesce((${lastSuccess}), '-infinity'::timestamptz)`,
      ),
    )
    .orderBy(desc(signInAttempts.at))
    .limit(LOCKOUT_THRESHOLD);
  return failures.map((f) => f.at);
}

export async function recordAttempt(tx: Tx, email: string, userId: string | null, at: Date, outcome: "success" | "failure" | "locked", ip?: string | null) {
  await tx.insert(signInAttempts).values({ email, userId, at, outcome, ip: ip ?? null });
}

/** The session row that a completed sign-in creates (after every factor is checked). */
export async function openSession(tx: Tx, user: { id: string; sessionVersion: number }, email: string, at: Date, ip: string | null | undefined, details?: Record<string, unknown>) {
  await recordAttempt(tx, email, user.id, at, "success", ip);
  const [session] = await tx.insert(authSessions).values({ userId: user.id, createdAt: at, lastSeenAt: at }).returning({ id: authSessions.id });
  await tx.update(users).set({ lastSignInAt: at }).where(eq(users.id, user.id));
  await writeAudit(tx, { userId: user.id, roles: [] }, { action: "auth.sign_in", entityType: "session", entityId: session.id, ip, details });
  return { ok: true, userId: user.id, sessionVersion: user.sessionVersion, sessionId: session.id } as const;
}

/**
 * Check an email and password, counting attempts in PostgreSQL so the lockout holds across
 * instances. A per-email advisory lock serialises concurrent attempts on one account, so 20
 * parallel guesses cannot all slip under the threshold. Unknown emails are counted and timed
 * exactly like known ones, so the answer reveals nothing. A staff account with two-factor on (or
 * required by the clinic) gets a challenge instead of a session: a right password alone is not
 * recorded as a success, so it cannot reset the failure count for guesses at the code.
 */
export async function verifySignIn(
  db: Db,
  input: { email: string; password: string; ip?: string | null },
  at: Date,
): Promise<SignInOutcome> {
  const email = input.email.trim().toLowerCase();
  return db.transaction(async (tx) => {
    await lockAccount(tx, email);
    const failures = await recentFailures(tx, email, at);
    const [user] = await tx
      .select({ id: users.id, passwordHash: users.passwordHash, active: users.active, sessionVersion: users.sessionVersion, kind: users.kind })
      .from(users)
      .where(sql`lower(${users.email}) = ${email}`);

    if (lockedUntil(failures, at)) {
      await burnVerifyTime(input.password);
      await recordAttempt(tx, email, user?.id ?? null, at, "locked", input.ip);
      await writeAudit(tx, user ? { userId: user.id, roles: [] } : null, { action: "auth.sign_in", outcome: "denied", details: { reason: "locked" }, ip: input.ip });
      return { ok: false, reason: "locked" } as const;
    }

    const valid = user?.passwordHash && user.active ? await verifyPassword(user.passwordHash, input.password) : (await burnVerifyTime(input.password), false);
    if (!valid || !user) {
      await recordAttempt(tx, email, user?.id ?? null, at, "failure", input.ip);
      await writeAudit(tx, user ? { userId: user.id, roles: [] } : null, {
        action: "auth.sign_in",
        outcome: "denied",
        details: { reason: user && !user.active ? "inactive" : "invalid" },
        ip: input.ip,
      });
      return { ok: false, reason: "invalid" } as const;
    }

    if (user.kind === "staff") {
      const owed = await secondFactorOwed(tx, user.id);
      if (owed) {
        const challenge = await issueChallenge(tx, user.id, owed === "totp" ? "second_factor" : "enrol_at_sign_in", at);
        await writeAudit(tx, { userId: user.id, roles: [] }, { action: "auth.sign_in.password", details: { secondFactor: owed === "totp" ? "required" : "enrolment_required" }, ip: input.ip });
        return { ok: false, reason: owed === "totp" ? "second_factor" : "enrol", challenge } as const;
      }
    }
    return openSession(tx, user, email, at, input.ip);
  });
}

/** End a browser session (sign-out) and audit it. */
export async function endSession(db: Db, sessionId: string, userId: string, at: Date, reason = "sign_out"): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.update(authSessions).set({ endedAt: at, endReason: reason }).where(and(eq(authSessions.id, sessionId), eq(authSessions.userId, userId)));
    await writeAudit(tx, { userId, roles: [] }, { action: "auth.sign_out", entityType: "session", entityId: sessionId });
  });
}
