"use server";
import { AuthError } from "next-auth";
import { signIn, signOut } from "@/lib/auth/config";
import { SignInInput } from "@/lib/validation/auth";

export type SignInResult = { ok: false; error: string; fieldErrors?: Record<string, string[]> };

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
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const i of parsed.error.issues) (fieldErrors[String(i.path[0])] ??= []).push(i.message);
    return { ok: false, error: "Please correct the highlighted fields.", fieldErrors };
  }
  try {
    await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirectTo: safeNext(parsed.data.next) });
  } catch (e) {
    if (e instanceof AuthError) {
      const locked = (e as AuthError & { code?: string }).code === "locked";
      return {
        ok: false,
        error: locked
          ? "Too many unsuccessful attempts. This account is locked for 15 minutes; you can also reset your password."
          : "That email and password do not match an active account.",
      };
    }
    throw e; // the success redirect
  }
  return { ok: false, error: "Sign-in did not complete. Please try again." };
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/sign-in?reason=signed_out" });
}
