import { z } from "zod";
import { now } from "@/lib/time";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date as yyyy-mm-dd that really exists (no 2026-02-30). */
export const isoDate = (label: string) =>
  z
    .string({ error: `${label} is required` })
    .trim()
    .min(1, `${label} is required`)
    .regex(ISO_DATE, `${label} must be a date like 2026-03-31`)
    .refine((v) => {
      const d = new Date(`${v}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
    }, `${label} is not a real calendar date`);

/** Today's date in a time zone, as yyyy-mm-dd (the clinic's day, not the server's). */
export function todayIn(timeZone: string, at: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(at);
}

/**
 * The latest calendar date that is "today" anywhere on Earth (UTC+14). Shared schemas run in the
 * browser and on the server without knowing the clinic's zone; "not in the future" checks use
 * this so a date that is today in the clinic is never refused.
 */
export function latestToday(at: Date = now()): string {
  return todayIn("Pacific/Kiritimati", at);
}

export function utcToday(at: Date = now()): string {
  return at.toISOString().slice(0, 10);
}
