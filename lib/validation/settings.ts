import { z } from "zod";
import { requiredText } from "./common";

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const day = z.object({
  open: z.string().regex(TIME, "Use 24-hour time like 07:30").or(z.literal("")),
  close: z.string().regex(TIME, "Use 24-hour time like 19:00").or(z.literal("")),
}).refine((d) => (d.open === "") === (d.close === ""), { message: "Give both opening and closing time, or neither", path: ["close"] })
  .refine((d) => d.open === "" || d.open < d.close, { message: "Closing time must be after opening time", path: ["close"] });

/** A real IANA zone name, checked with the runtime's own zone database. */
function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: tz });
    return tz.includes("/") || tz === "UTC";
  } catch {
    return false;
  }
}

export const ClinicSettingsInput = z.object({
  name: requiredText(120, "Clinic name"),
  timeZone: z.string().trim().max(64).refine(isTimeZone, "Choose a time zone such as America/New_York"),
  hours: z.object(Object.fromEntries(["1", "2", "3", "4", "5", "6", "7"].map((d) => [d, day])) as Record<string, typeof day>),
  staffIdleMinutes: z.coerce.number().int("Whole minutes").min(5, "At least 5 minutes").max(480, "At most 480 minutes"),
  patientIdleMinutes: z.coerce.number().int("Whole minutes").min(5, "At least 5 minutes").max(480, "At most 480 minutes"),
  inviteTtlHours: z.coerce.number().int("Whole hours").min(1, "At least 1 hour").max(336, "At most 14 days (336 hours)"),
  resetTtlMinutes: z.coerce.number().int("Whole minutes").min(10, "At least 10 minutes").max(1440, "At most 24 hours"),
  /** Front desk and admin-only staff may read home-exercise program content (off: they see only that one exists). */
  hepContentForAllStaff: z.boolean().default(false),
  /** Every staff sign-in needs an authenticator code; staff without one enrol at their next sign-in. */
  requireStaffTwoFactor: z.boolean().default(false),
  reminderLeadHours: z.coerce.number().int("Whole hours").min(1, "At least 1 hour").max(168, "At most 7 days (168 hours)").default(24),
  cancellationWindowHours: z.coerce.number().int("Whole hours").min(0, "0 or more hours").max(168, "At most 7 days (168 hours)").default(24),
  dropOffDays: z.coerce.number().int("Whole days").min(1, "At least 1 day").max(365, "At most 365 days").default(14),
});
export type ClinicSettingsInput = z.input<typeof ClinicSettingsInput>;
