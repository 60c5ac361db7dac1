import { and, desc, eq, gt, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { authSessions, signInAttempts, users } from "@/db/schema";
import { writeAudit } from "@/lib/audit";
import { burnVerifyTime, verifyPassword } from "./password";
import { LOCKOUT_THRESHOLD, LOCKOUT_WINDOW_MS, LOCKOUT_DURATION_MS, lockedUntil } from "./lockout";

export type SignInOutcome =
  | { ok: true; userId: string; sessionVersion: number; sessionId: string }
  | { ok: false; reason: "invalid" | "locked" };

/**
 * Check an email and password, counting attempts in PostgreSQL so the lockout holds across
 * instances. A per-email advisory lock serialises concurrent attempts on one account, so 20
 * parallel guesses cannot all slip under the threshold. Unknown emails are counted and timed
 * exactly like known ones, so the answer reveals nothing.
 */
export async function verifySignIn(
  db: Db,
  input: { email: string; password: string; ip?: string | null },
  at: Date,
): Promise<SignInOutcome> {
  const email = input.email.trim().toLowerCase();
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${"sign-in:" + email}))`);
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
    const [user] = await tx
      .select({ id: users.id, passwordHash: users.passwordHash, active: users.active, sessionVersion: users.sessionVersion, kind: users.kind })
      .from(users)
      .where(sql`lower(${users.email}) = ${email}`);

    const record = async (outcome: "success" | "failure" | "locked") => {
      await tx.insert(signInAttempts).values({ email, userId: user?.id ?? null, at, outcome, ip: input.ip ?? null });
    };

    if (lockedUntil(failures.map((f) => f.at), at)) {
      await burnVerifyTime(input.password);
      await record("locked");
      await writeAudit(tx, user ? { userId: user.id, roles: [] } : null, { action: "auth.sign_in", outcome: "denied", details: { reason: "locked" }, ip: input.ip });
      return { ok: false, reason: "locked" } as const;
    }

    const valid = user?.passwordHash && user.active ? await verifyPassword(user.passwordHash, input.password) : (await burnVerifyTime(input.password), false);
    if (!valid || !user) {
      await record("failure");
      await writeAudit(tx, user ? { userId: user.id, roles: [] } : null, {
        action: "auth.sign_in",
        outcome: "denied",
        details: { reason: user && !user.active ? "inactive" : "invalid" },
        ip: input.ip,
      });
      return { ok: false, reason: "invalid" } as const;
    }

    await record("success");
    const [session] = await tx.insert(authSessions).values({ userId: user.id, createdAt: at, lastSeenAt: at }).returning({ id: authSessions.id });
    await tx.update(users).set({ lastSignInAt: at }).where(eq(users.id, user.id));
    await writeAudit(tx, { userId: user.id, roles: [] }, { action: "auth.sign_in", entityType: "session", entityId: session.id, ip: input.ip });
    return { ok: true, userId: user.id, sessionVersion: user.sessionVersion, sessionId: session.id } as const;
  });
}

/** End a browser session (sign-out) and audit it. */
export async function endSession(db: Db, sessionId: string, userId: string, at: Date, reason = "sign_out"): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.update(authSessions).set({ endedAt: at, endReason: reason }).where(and(eq(authSessions.id, sessionId), eq(authSessions.userId, userId)));
    await writeAudit(tx, { userId, roles: [] }, { action: "auth.sign_out", entityType: "session", entityId: sessionId });
  });
}
