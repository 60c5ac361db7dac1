"use server";
import { and, eq, isNull, sql } from "drizzle-orm";
import { authSessions, users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { consumeToken, issueToken } from "@/lib/auth/tokens";
import { getClinicSettings } from "@/lib/data/settings";
import { passwordResetMessage } from "@/lib/domain/messages/templates";
import { AppError } from "@/lib/errors";
import { queueMessage } from "@/lib/outbox";
import { MINUTE } from "@/lib/time";
import { ForgotPasswordInput, SetPasswordInput } from "@/lib/validation/auth";
import { action } from "./action";
import type { ActionContext } from "./core";

const LINK_INVALID = "This link is invalid, has expired or was already used. Ask for a new one.";

/** Public: always the same answer, so it cannot be used to find out which emails have accounts. */
export const requestPasswordReset = action({
  name: "account.request_reset",
  permission: null,
  input: ForgotPasswordInput,
  async handler(input, ctx) {
    const [user] = await ctx.tx.select({ id: users.id, email: users.email }).from(users)
      .where(and(sql`lower(${users.email}) = ${input.email}`, eq(users.active, true)));
    if (user) {
      const settings = await getClinicSettings(ctx.tx);
      const token = await issueToken(ctx.tx, { purpose: "reset", userId: user.id, ttlMs: settings.resetTtlMinutes * MINUTE, createdBy: null, now: ctx.now });
      const msg = passwordResetMessage({ clinicName: settings.name, link: `${ctx.origin}/reset-password/${token}`, minutes: settings.resetTtlMinutes });
      await queueMessage(ctx.tx, { kind: "password_reset", to: user.email, subject: msg.subject, body: msg.body, createdBy: null }, ctx.now);
      ctx.audit({ entityType: "user", entityId: user.id });
    }
    return { message: "If an account uses that email, a reset link is on its way. It expires soon, so use it today." };
  },
});

/** Set a password from a link, end every other session, and send the person to sign in. */
async function setPasswordFromToken(purpose: "invite" | "reset", input: SetPasswordInput, ctx: ActionContext) {
  const userId = await consumeToken(ctx.tx, purpose, input.token, ctx.now);
  if (!userId) throw new AppError("invalid", LINK_INVALID, { token: [LINK_INVALID] });
  const passwordHash = await hashPassword(input.password);
  const rows = await ctx.tx.update(users)
    .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(and(eq(users.id, userId), eq(users.active, true)))
    .returning({ id: users.id });
  if (rows.length === 0) throw new AppError("invalid", LINK_INVALID, { token: [LINK_INVALID] });
  await ctx.tx.update(authSessions).set({ endedAt: ctx.now, endReason: "password_changed" })
    .where(and(eq(authSessions.userId, userId), isNull(authSessions.endedAt)));
  ctx.audit({ entityType: "user", entityId: userId });
  ctx.redirectAfterCommit(`/sign-in?reason=${purpose === "invite" ? "account_ready" : "password_changed"}`);
  return { userId };
}

export const resetPassword = action({
  name: "account.reset_password",
  permission: null,
  input: SetPasswordInput,
  handler: (input, ctx) => setPasswordFromToken("reset", input, ctx),
});

export const acceptInvite = action({
  name: "account.accept_invite",
  permission: null,
  input: SetPasswordInput,
  handler: (input, ctx) => setPasswordFromToken("invite", input, ctx),
});
