import { z } from "zod";
import { isCommonPassword } from "@/lib/domain/auth/common-passwords";
import { email } from "./common";

export const PASSWORD_MIN = 12;

export const SignInInput = z.object({
  email: z.string().trim().min(1, "Enter your email").max(254, "Email must be at most 254 characters"),
  password: z.string().min(1, "Enter your password").max(256, "Password must be at most 256 characters"),
  next: z.string().max(500).optional(),
});
export type SignInInput = z.infer<typeof SignInInput>;

export const newPassword = z
  .string({ error: "Choose a password" })
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters`)
  .max(256, "Use at most 256 characters")
  .refine((p) => !isCommonPassword(p), "That password is too common; choose a less guessable one (a few unrelated words work well)");

/** Setting a password from a link (invite acceptance or reset). */
export const SetPasswordInput = z
  .object({
    token: z.string().min(10, "This link is invalid").max(200, "This link is invalid"),
    password: newPassword,
    confirm: z.string().max(256),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "The two passwords do not match" });
export type SetPasswordInput = z.infer<typeof SetPasswordInput>;

export const ForgotPasswordInput = z.object({ email });
export type ForgotPasswordInput = z.infer<typeof ForgotPasswordInput>;

/** An authenticator code (6 digits) or a recovery code (like k7qm2-x9fha). */
export const secondFactorCode = z
  .string({ error: "Enter the code" })
  .trim()
  .min(1, "Enter the 6-digit code from your authenticator app, or a recovery code")
  .max(20, "That is longer than any code")
  .refine((c) => /^\d{3}\s?\d{3}$/.test(c) || /^[a-z2-7]{5}[\s-]?[a-z2-7]{5}$/i.test(c), "Enter the 6-digit code from your authenticator app, or a recovery code");

/** The second sign-in step: the challenge handed out after a right password, and the code. */
export const SecondFactorInput = z.object({
  challenge: z.string().min(20, "This sign-in has expired; start again").max(200, "This sign-in has expired; start again"),
  code: secondFactorCode,
  next: z.string().max(500).optional(),
});
export type SecondFactorInput = z.infer<typeof SecondFactorInput>;

/** Confirming, disabling, or renewing recovery codes from the account page: a current app code. */
export const TotpCodeInput = z.object({
  code: z.string().trim().regex(/^\d{3}\s?\d{3}$/, "Enter the 6-digit code your authenticator app shows now"),
});
export type TotpCodeInput = z.infer<typeof TotpCodeInput>;
