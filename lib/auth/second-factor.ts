import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { writeAudit } from "@/lib/audit";
import { lockAccount, openSession, recentFailures, recordAttempt, type SignInOutcome } from "./credentials";
import { lockedUntil } from "./lockout";
import { checkFactor, enableTotp, findChallenge, markChallengeUsed } from "./second-factor-store";
import { verifyTotp } from "./totp";

/**
 * The second sign-in step: answer a challenge issued after a right password with an authenticator
 * code or a recovery code (or, for a clinic that requires two-factor, confirm a new authenticator).
 * It runs under the same per-account lock and lockout as the password: every wrong code is a
 * failed attempt, and a locked account is refused even with the right code. The session row is
 * created here, in the same transaction, only after the code checked out.
 */
export async function verifySecondFactor(db: Db, input: { challenge: string; code: string; ip?: string | null }, at: Date): Promise<SignInOutcome> {
  const first = await findChallenge(db, input.challenge, at);
  if (!first) return { ok: false, reason: "expired" };
  return db.transaction(async (tx) => {
    await lockAccount(tx, first.email);
    const challenge = await findChallenge(tx, input.challenge, at, true);
    if (!challenge) return { ok: false, reason: "expired" } as const;
    const actor = { userId: challenge.userId, roles: [] };
    const [user] = await tx.select({ id: users.id, sessionVersion: users.sessionVersion }).from(users).where(eq(users.id, challenge.userId));

    if (lockedUntil(await recentFailures(tx, challenge.email, at), at)) {
      await recordAttempt(tx, challenge.email, user.id, at, "locked", input.ip);
      await writeAudit(tx, actor, { action: "auth.sign_in", outcome: "denied", details: { reason: "locked", step: "second_factor" }, ip: input.ip });
      return { ok: false, reason: "locked" } as const;
    }

    let method: "totp" | "recovery_code" | "enrolled" | null = null;
    if (challenge.kind === "enrol_at_sign_in" && challenge.pendingSecret) {
      const step = verifyTotp(challenge.pendingSecret, input.code, at);
      if (step !== null) {
        await enableTotp(tx, user.id, challenge.pendingSecret, step, at);
        await writeAudit(tx, actor, { action: "auth.two_factor.enrol", entityType: "user", entityId: user.id, details: { at: "sign_in" }, ip: input.ip });
        method = "enrolled";
      }
    } else if (challenge.kind === "second_factor") {
      const check = await checkFactor(tx, user.id, input.code, at);
      if (check.ok) method = check.method;
    }

    if (!method) {
      await recordAttempt(tx, challenge.email, user.id, at, "failure", input.ip);
      await writeAudit(tx, actor, { action: "auth.sign_in", outcome: "denied", details: { reason: "second_factor_invalid" }, ip: input.ip });
      return { ok: false, reason: "invalid" } as const;
    }
    await markChallengeUsed(tx, challenge.id, at);
    return openSession(tx, user, challenge.email, at, input.ip, { secondFactor: method });
  });
}
