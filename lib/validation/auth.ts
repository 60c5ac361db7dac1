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
