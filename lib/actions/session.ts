"use server";
import { AuthError } from "next-auth";
import { getDb } from "@/db";
import { signIn, signOut } from "@/lib/auth/config";
import { findChallenge } from "@/lib/auth/second-factor-store";
import { groupSecret, otpauthUri } from "@/lib/auth/totp";
import { now } from "@/lib/time";
import { SecondFactorInput, SignInInput } from "@/lib/validation/auth";

export type SignInResult =
  | { ok: false; error: string; fieldErrors?: Record<string, string[]> }
  /** password right: a second step is owed (with a new authenticator to set up when `enrolment` is present) */
  | { ok: false; step: "second_factor"; challenge: string; enrolment?: { secret: string; uri: string }; error?: undefined };

/** Only same-site paths may be a post-sign-in destination (no open redirects). */
function safeNext(next: string | undefined): string {
  return next && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : "/";
}

/**
 * Sign-in is Auth.js's own flow (the credentials callback), so it is not a wrapped action: the
 * attempt, its lockout and its audit row are recorded by verifySignIn. The zod schema is the
 * same one the form uses.
 */
export async function signInAction(input: SignInInput): Promise<SignInResult> {
  const parsed = SignInInput.safeParse(input);
  if (!parsed.success) return invalidFields(parsed.error.issues);
  try {
    await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirectTo: safeNext(parsed.data.next) });
  } catch (e) {
    if (e instanceof AuthError) return failure(e, parsed.data.email, "That email and password do not match an active account.");
    throw e; // the success redirect
  }
  return { ok: false, error: "Sign-in did not complete. Please try again." };
}

/** The second step: the challenge from the first and an authenticator or recovery code. */
export async function secondFactorAction(input: SecondFactorInput): Promise<SignInResult> {
  const parsed = SecondFactorInput.safeParse(input);
  if (!parsed.success) return invalidFields(parsed.error.issues);
  try {
    await signIn("credentials", { challenge: parsed.data.challenge, code: parsed.data.code, redirectTo: safeNext(parsed.data.next) });
  } catch (e) {
    if (e instanceof AuthError) return failure(e, null, "That code is not right. Check the time on your phone and try the newest code.");
    throw e;
  }
  return { ok: false, error: "Sign-in did not complete. Please try again." };
}

function invalidFields(issues: { path: PropertyKey[]; message: string }[]): SignInResult {
  const fieldErrors: Record<string, string[]> = {};
  for (const i of issues) (fieldErrors[String(i.path[0])] ??= []).push(i.message);
  return { ok: false, error: "Please correct the highlighted fields.", fieldErrors };
}

async function failure(e: AuthError, email: string | null, invalidMessage: string): Promise<SignInResult> {
  const code = (e as AuthError & { code?: string }).code ?? "";
  if (code === "locked") return { ok: false, error: "Too many unsuccessful attempts. This account is locked for 15 minutes; you can also reset your password." };
  if (code === "expired") return { ok: false, error: "This sign-in has expired. Start again with your email and password." };
  const [step, challenge] = code.split(":");
  if (challenge && step === "second_factor") return { ok: false, step: "second_factor", challenge };
  if (challenge && step === "enrol") {
    // the token came straight from a right password in this request: show the secret being enrolled
    const open = await findChallenge(getDb(), challenge, now());
    if (open?.pendingSecret) {
      return { ok: false, step: "second_factor", challenge, enrolment: { secret: groupSecret(open.pendingSecret), uri: otpauthUri(open.pendingSecret, email ?? open.email) } };
    }
  }
  return { ok: false, error: invalidMessage };
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/sign-in?reason=signed_out" });
}
