import { z } from "zod";
import { STAFF_ROLES } from "@/lib/auth/permissions";
import { CREDENTIALS } from "@/lib/domain/treatment/components/types";
import { email, optionalText, requiredText, uuid } from "./common";

/** Certifications some techniques need (DOMAIN.md §4.0, V17). */
export const CERTIFICATION_LABELS: Readonly<Record<(typeof CREDENTIALS)[number], string>> = {
  ART_CERTIFIED: "Active Release Technique (ART) certified",
  IASTM_CERTIFIED: "Instrument-assisted soft tissue (IASTM) certified",
  DRY_NEEDLING_SCOPE: "Dry needling: permitted by the state, training documented",
};

export const DISCIPLINES = ["DC", "PT", "PTA", "LMT"] as const;
export const DISCIPLINE_LABELS: Record<(typeof DISCIPLINES)[number], string> = {
  DC: "Chiropractor (DC)",
  PT: "Physical therapist (PT)",
  PTA: "Physical therapist assistant (PTA)",
  LMT: "Massage therapist (LMT)",
};

const staffFields = {
  displayName: requiredText(120, "Name"),
  roles: z
    .array(z.enum(STAFF_ROLES, { error: "Unknown role" }), { error: "Choose at least one role" })
    .min(1, "Choose at least one role")
    .transform((r) => [...new Set(r)]),
  discipline: z.union([z.enum(DISCIPLINES, { error: "Unknown discipline" }), z.literal("")]).optional()
    .transform((v) => (v ? v : undefined)),
  credentials: optionalText(40, "Credentials"),
  licenceNumber: optionalText(40, "Licence number"),
  certifications: z.array(z.enum(CREDENTIALS, { error: "Unknown certification" })).max(3).optional().transform((c) => [...new Set(c ?? [])]),
  supervisorUserId: z.union([uuid("supervisor"), z.literal("")]).optional().transform((v) => (v ? v : undefined)),
};

/** Rules shared by create and update: clinicians need a discipline; a PTA needs a supervising PT. */
function clinicalRules<T extends { roles: string[]; discipline?: string; supervisorUserId?: string }>(v: T, ctx: z.RefinementCtx) {
  if (v.roles.includes("clinician") && !v.discipline) {
    ctx.addIssue({ code: "custom", path: ["discipline"], message: "Choose the clinician's discipline" });
  }
  if (v.discipline === "PTA" && !v.supervisorUserId) {
    ctx.addIssue({ code: "custom", path: ["supervisorUserId"], message: "A PT assistant needs a supervising physical therapist" });
  }
}

export const CreateStaffInput = z.object({ email, ...staffFields }).superRefine(clinicalRules);
export type CreateStaffInput = z.input<typeof CreateStaffInput>;

export const UpdateStaffInput = z.object({ userId: uuid("staff member"), ...staffFields }).superRefine(clinicalRules);
export type UpdateStaffInput = z.input<typeof UpdateStaffInput>;

export const SetStaffActiveInput = z.object({ userId: uuid("staff member"), active: z.boolean() });
export const ResendInviteInput = z.object({ userId: uuid("staff member") });

export const PortalInviteInput = z.object({
  patientId: uuid("patient"),
  email,
  relationship: z.enum(["self", "guardian"], { error: "Choose who the account is for" }),
  displayName: requiredText(120, "Name on the account"),
});
export type PortalInviteInput = z.input<typeof PortalInviteInput>;
