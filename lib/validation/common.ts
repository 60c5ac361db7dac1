import { z } from "zod";

/** Trimmed text with a length cap, so no input is silently truncated later by the database. */
export const text = (max: number, label = "This field") =>
  z.string({ error: `${label} must be text` }).trim().max(max, `${label} must be at most ${max} characters`);

export const requiredText = (max: number, label = "This field") =>
  text(max, label).min(1, `${label} is required`);

export const optionalText = (max: number, label = "This field") =>
  text(max, label).optional().transform((v) => (v ? v : undefined));

export const email = z
  .string({ error: "Email is required" })
  .trim()
  .min(1, "Email is required")
  .max(254, "Email must be at most 254 characters")
  .pipe(z.email({ error: "Enter a valid email address, like name@example.com" }))
  .transform((v) => v.toLowerCase());

export const uuid = (label = "id") => z.uuid({ error: `Unknown ${label}` });
