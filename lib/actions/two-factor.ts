"use server";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { checkFactor, disableTotp, enableTotp, issueChallenge, openEnrolment, replaceRecoveryCodes, staffTwoFactorRequired, markChallengeUsed } from "@/lib/auth/second-factor-store";
import { groupSecret, otpauthUri, verifyTotp } from "@/lib/auth/totp";
import { TotpCodeInput } from "@/lib/validation/auth";
import { users } from "@/db/schema";
import { eq, sql } from "drizzle-orm";
import { action } from "./action";

const wrongCode = () => new AppError("invalid", "That code is not right. Enter the newest code your app shows.", { code: ["That code is not right"] });

function selfOnly(caller: { userId: string; kind: string } | null) {
  if (!caller || caller.kind !== "staff") throw new AppError("forbidden", "Two-factor sign-in is for staff accounts.");
  return caller.userId;
}

/** Start setting up an authenticator: a new secret to add to the app (kept pending until a code confirms it). */
export const startTotpEnrolment = action({
  name: "two_factor.start",
  permission: "clinic.dashboard",
  input: z.object({}).strict(),
  async handler(_input, ctx) {
    const userId = selfOnly(ctx.caller);
    await issueChallenge(ctx.tx, userId, "enrol", ctx.now);
    const open = await openEnrolment(ctx.tx, userId, ctx.now);
    const [me] = await ctx.tx.select({ email: users.email }).from(users).where(eq(users.id, userId));
    ctx.audit({ entityType: "user", entityId: userId });
    return { secret: groupSecret(open!.secret), uri: otpauthUri(open!.secret, me.email) };
  },
});

/** Confirm the new authenticator with a code from it; returns fresh recovery codes, shown this once. */
export const confirmTotpEnrolment = action({
  name: "two_factor.confirm",
  permission: "clinic.dashboard",
  input: TotpCodeInput,
  async handler(input, ctx) {
    const userId = selfOnly(ctx.caller);
    const open = await openEnrolment(ctx.tx, userId, ctx.now);
    if (!open) throw new AppError("invalid", "This setup has expired. Start again.");
    const step = verifyTotp(open.secret, input.code, ctx.now);
    if (step === null) throw wrongCode();
    await enableTotp(ctx.tx, userId, open.secret, step, ctx.now);
    await markChallengeUsed(ctx.tx, open.id, ctx.now);
    const recoveryCodes = await replaceRecoveryCodes(ctx.tx, userId, ctx.now);
    ctx.audit({ entityType: "user", entityId: userId });
    return { recoveryCodes };
  },
});

/** A new set of recovery codes (the old ones stop working); needs a current code. */
export const renewRecoveryCodes = action({
  name: "two_factor.recovery_codes",
  permission: "clinic.dashboard",
  input: TotpCodeInput,
  async handler(input, ctx) {
    const userId = selfOnly(ctx.caller);
    if (!(await checkFactor(ctx.tx, userId, input.code, ctx.now)).ok) throw wrongCode();
    const recoveryCodes = await replaceRecoveryCodes(ctx.tx, userId, ctx.now);
    ctx.audit({ entityType: "user", entityId: userId });
    return { recoveryCodes };
  },
});

/** Turn two-factor off (not while the clinic requires it); needs a current code. */
export const disableTwoFactor = action({
  name: "two_factor.disable",
  permission: "clinic.dashboard",
  input: TotpCodeInput,
  async handler(input, ctx) {
    const userId = selfOnly(ctx.caller);
    if (await staffTwoFactorRequired(ctx.tx)) throw new AppError("forbidden", "Your clinic requires two-factor sign-in for all staff, so it cannot be turned off. You can set up a new phone instead.");
    if (!(await checkFactor(ctx.tx, userId, input.code, ctx.now)).ok) throw wrongCode();
    await disableTotp(ctx.tx, userId, ctx.now);
    ctx.audit({ entityType: "user", entityId: userId });
    return { disabled: true };
  },
});

/**
 * An admin resets a staff member's two-factor (lost phone and recovery codes): the authenticator and
 * the codes are removed, and any open session of that person ends. Audited with the admin as actor.
 */
export const resetStaffTwoFactor = action({
  name: "staff.two_factor.reset",
  permission: "staff.manage",
  input: z.object({ userId: z.uuid("Choose a staff member") }),
  async handler(input, ctx) {
    const [target] = await ctx.tx.select({ kind: users.kind }).from(users).where(eq(users.id, input.userId));
    if (!target || target.kind !== "staff") throw new AppError("not_found", "That staff member was not found.");
    await disableTotp(ctx.tx, input.userId, ctx.now);
    await ctx.tx.update(users).set({ sessionVersion: sql`${users.sessionVersion} + 1` }).where(eq(users.id, input.userId));
    ctx.audit({ entityType: "user", entityId: input.userId });
    return { reset: true };
  },
});
