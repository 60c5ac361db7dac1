import { z } from "zod";
import { optionalText, requiredText, uuid } from "./common";
import { isoDate, latestToday, utcToday } from "./dates";

export const SEXES = ["female", "male", "intersex", "unknown"] as const;
export const SEX_LABELS: Record<(typeof SEXES)[number], string> = { female: "Female", male: "Male", intersex: "Intersex", unknown: "Unknown / prefer not to say" };

const phone = (label: string) =>
  optionalText(30, label).refine((v) => !v || /^[+()\d\s.-]{7,30}$/.test(v), `${label} may contain digits, spaces, + ( ) . - only`);
const optionalEmail = (label: string) =>
  optionalText(254, label).refine((v) => !v || z.email().safeParse(v).success, `${label} must be a valid email address`);

const demographicFields = {
  legalFirstName: requiredText(80, "First name"),
  legalLastName: requiredText(80, "Last name"),
  preferredName: optionalText(80, "Preferred name"),
  dateOfBirth: isoDate("Date of birth").refine((v) => v >= "1900-01-01", "Date of birth must be after 1900"),
  sex: z.enum(SEXES, { error: "Choose an option" }),
  phone: phone("Phone"),
  email: optionalEmail("Email"),
  addressLine1: optionalText(120, "Address"),
  addressLine2: optionalText(120, "Address line 2"),
  city: optionalText(80, "City"),
  region: optionalText(80, "State / region"),
  postalCode: optionalText(20, "Postal code"),
  emergencyContactName: optionalText(120, "Emergency contact name"),
  emergencyContactPhone: phone("Emergency contact phone"),
  emergencyContactRelation: optionalText(60, "Relationship"),
  referralSource: optionalText(120, "Referral source"),
  guardianName: optionalText(120, "Guardian's name"),
  guardianRelation: optionalText(60, "Guardian's relationship"),
  guardianPhone: phone("Guardian's phone"),
  guardianEmail: optionalEmail("Guardian's email"),
};

/** Rules that need more than one field; the same code runs in the form and in the action. */
function demographicRules(v: { dateOfBirth: string; guardianName?: string; guardianPhone?: string; guardianEmail?: string }, ctx: z.RefinementCtx) {
  if (v.dateOfBirth > latestToday()) ctx.addIssue({ code: "custom", path: ["dateOfBirth"], message: "Date of birth cannot be in the future" });
  const minor = isMinor(v.dateOfBirth, utcToday());
  if (minor && !v.guardianName) {
    ctx.addIssue({ code: "custom", path: ["guardianName"], message: "A patient under 18 needs a parent or guardian" });
  }
  if (minor && !v.guardianPhone && !v.guardianEmail) {
    ctx.addIssue({ code: "custom", path: ["guardianPhone"], message: "Give a phone number or email for the guardian" });
  }
}

export function isMinor(dateOfBirth: string, today: string): boolean {
  const [y, m, d] = dateOfBirth.split("-").map(Number);
  const eighteenth = `${String(y + 18).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  return eighteenth > today;
}

export const demographicsObject = z.object(demographicFields);

export const RegisterPatientInput = demographicsObject
  .extend({ confirmNotDuplicate: z.boolean().optional() })
  .superRefine(demographicRules);
export type RegisterPatientInput = z.input<typeof RegisterPatientInput>;

export const UpdatePatientInput = demographicsObject
  .extend({ patientId: uuid("patient"), version: z.coerce.number().int().positive() })
  .superRefine(demographicRules);
export type UpdatePatientInput = z.input<typeof UpdatePatientInput>;

export const VoidPatientInput = z.object({
  patientId: uuid("patient"),
  reason: requiredText(300, "Reason"),
});

export const PatientSearchInput = z.object({ q: z.string().trim().max(80).default("") });

export const MergePatientsInput = z.object({
  survivorId: uuid("patient"),
  duplicateMrn: z.string().trim().toUpperCase().regex(/^KC-\d{6}$/, "Enter a record number like KC-001234"),
  reason: requiredText(300, "Reason"),
});
