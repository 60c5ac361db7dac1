import { and, eq, gt, isNull, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { authChallenges, clinicSettings, recoveryCodes, userTotp } from "@/db/schema";
import { hashToken } from "./tokens";
import { newTotpSecret, verifyTotp } from "./totp";
import { hashRecoveryCode, newRecoveryCodes, openSecret, sealSecret } from "./two-factor-secrets";
import { randomBytes } from "node:crypto";

export type ChallengeKind = "second_factor" | "enrol_at_sign_in" | "enrol";
/** A sign-in challenge lasts long enough to open an authenticator app, not much longer. */
export const CHALLENGE_TTL_MS = 10 * 60_000;

/** What a staff member with a right password still owes: a code, an enrolment, or nothing. */
export async function secondFactorOwed(tx: DbOrTx, userId: string): Promise<"totp" | "enrol" | null> {
  const rows = await tx.execute<{ has_totp: boolean; required: boolean }>(sql`
    select exists (select 1 from user_totp where user_id = ${userId}) as has_totp,
      coalesce((select require_staff_two_factor from clinic_settings where id = 1), false) as required`);
  const r = rows[0];
  if (r?.has_totp) return "totp";
  return r?.required ? "enrol" : null;
}

export async function staffTwoFactorRequired(tx: DbOrTx): Promise<boolean> {
  const [row] = await tx.select({ required: clinicSettings.requireStaffTwoFactor }).from(clinicSettings).where(eq(clinicSettings.id, 1));
  return row?.required ?? false;
}

/** Create a challenge; returns the raw token (only its hash is stored). Older open ones of the user are retired. */
export async function issueChallenge(tx: DbOrTx, userId: string, kind: ChallengeKind, at: Date): Promise<string> {
  const raw = randomBytes(32).toString("base64url");
  await tx.update(authChallenges).set({ usedAt: at }).where(and(eq(authChallenges.userId, userId), eq(authChallenges.kind, kind), isNull(authChallenges.usedAt)));
  await tx.insert(authChallenges).values({
    tokenHash: hashToken(raw),
    userId,
    kind,
    pendingSecretSealed: kind === "second_factor" ? null : sealSecret(newTotpSecret()),
    createdAt: at,
    expiresAt: new Date(at.getTime() + CHALLENGE_TTL_MS),
  });
  return raw;
}

export interface OpenChallenge {
  id: string;
  userId: string;
  kind: ChallengeKind;
  email: string;
  pendingSecret: string | null;
}

/** An unused, unexpired challenge of an active account, or null. */
export async function findChallenge(tx: DbOrTx, raw: string, at: Date, forUpdate = false): Promise<OpenChallenge | null> {
  const rows = await tx.execute<{ id: string; user_id: string; kind: ChallengeKind; email: string; pending_secret_sealed: string | null }>(sql`
    select c.id, c.user_id, c.kind, lower(u.email) as email, c.pending_secret_sealed
    from auth_challenges c join users u on u.id = c.user_id
    where c.token_hash = ${hashToken(raw)} and c.used_at is null and c.expires_at > ${at.toISOString()} and u.active
    ${forUpdate ? sql`for update of c` : sql``}`);
  const r = rows[0];
  if (!r) return null;
  return { id: r.id, userId: r.user_id, kind: r.kind, email: r.email, pendingSecret: r.pending_secret_sealed ? openSecret(r.pending_secret_sealed) : null };
}

export async function markChallengeUsed(tx: DbOrTx, id: string, at: Date): Promise<void> {
  await tx.update(authChallenges).set({ usedAt: at }).where(eq(authChallenges.id, id));
}

/** The newest open enrolment a signed-in user started from their account page. */
export async function openEnrolment(tx: DbOrTx, userId: string, at: Date): Promise<{ id: string; secret: string } | null> {
  const [row] = await tx
    .select({ id: authChallenges.id, sealed: authChallenges.pendingSecretSealed })
    .from(authChallenges)
    .where(and(eq(authChallenges.userId, userId), eq(authChallenges.kind, "enrol"), isNull(authChallenges.usedAt), gt(authChallenges.expiresAt, at)))
    .orderBy(sql`${authChallenges.createdAt} desc`)
    .limit(1)
    .for("update");
  return row?.sealed ? { id: row.id, secret: openSecret(row.sealed) } : null;
}

export type FactorCheck = { ok: true; method: "totp" | "recovery_code" } | { ok: false };

/**
 * Check a code against the user's authenticator (each time step accepted once) or, failing that,
 * against their unused recovery codes (each used once). Row locks make both single-use under concurrency.
 */
export async function checkFactor(tx: DbOrTx, userId: string, code: string, at: Date): Promise<FactorCheck> {
  const [totpRow] = await tx.select().from(userTotp).where(eq(userTotp.userId, userId)).for("update");
  if (!totpRow) return { ok: false };
  const step = verifyTotp(openSecret(totpRow.secretSealed), code, at, totpRow.lastUsedStep ?? null);
  if (step !== null) {
    await tx.update(userTotp).set({ lastUsedStep: step }).where(eq(userTotp.userId, userId));
    return { ok: true, method: "totp" };
  }
  const used = await tx
    .update(recoveryCodes)
    .set({ usedAt: at })
    .where(and(eq(recoveryCodes.userId, userId), eq(recoveryCodes.codeHash, hashRecoveryCode(code)), isNull(recoveryCodes.usedAt)))
    .returning({ id: recoveryCodes.id });
  return used.length ? { ok: true, method: "recovery_code" } : { ok: false };
}

/** Turn the authenticator on with a confirmed secret (replacing any earlier one). */
export async function enableTotp(tx: DbOrTx, userId: string, secret: string, step: number, at: Date): Promise<void> {
  const sealed = sealSecret(secret);
  await tx.insert(userTotp).values({ userId, secretSealed: sealed, enabledAt: at, lastUsedStep: step })
    .onConflictDoUpdate({ target: userTotp.userId, set: { secretSealed: sealed, enabledAt: at, lastUsedStep: step } });
}

/** Replace the user's recovery codes with a fresh set; returns them (the only time they are readable). */
export async function replaceRecoveryCodes(tx: DbOrTx, userId: string, at: Date): Promise<string[]> {
  await tx.update(recoveryCodes).set({ usedAt: at }).where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
  const codes = newRecoveryCodes();
  await tx.insert(recoveryCodes).values(codes.map((c) => ({ userId, codeHash: hashRecoveryCode(c), createdAt: at })));
  return codes;
}

export async function disableTotp(tx: DbOrTx, userId: string, at: Date): Promise<void> {
  await tx.delete(userTotp).where(eq(userTotp.userId, userId));
  await tx.update(recoveryCodes).set({ usedAt: at }).where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
}
