import { z } from "zod";
import { uuid } from "./common";
import { isoDate, latestToday } from "./dates";

export const SIGNER_RELATIONSHIPS = ["self", "guardian"] as const;
export type SignerRelationship = (typeof SIGNER_RELATIONSHIPS)[number];

/** What every signature needs, whoever records it: the exact text, a typed name, a date, and an explicit "I agree". */
const signatureFields = {
  patientId: uuid("patient"),
  consentTextId: uuid("consent text"),
  signedName: z
    .string({ error: "Type the signer's full name" })
    .trim()
    .min(2, "Type the signer's full name (at least 2 characters)")
    .max(120, "The name must be at most 120 characters"),
  // latestToday: the browser does not know the clinic's zone; the action also checks the clinic's today.
  signedOn: isoDate("Date").refine((v) => v <= latestToday(), "The date cannot be in the future"),
  // A missing or pre-filled value must never count as agreement: only the literal true passes.
  agree: z.literal(true, { error: "Tick the box to confirm you have read and agree" }),
};

/** The patient (or their guardian) signs in the portal; who they are to the patient comes from their portal link. */
export const SignMyConsentInput = z.object(signatureFields);
export type SignMyConsentInput = z.input<typeof SignMyConsentInput>;

/** The patient (or their guardian) signs on the desk's screen; the desk says who is signing. */
export const RecordDeskConsentInput = z.object({
  ...signatureFields,
  signerRelationship: z.enum(SIGNER_RELATIONSHIPS, { error: "Say who is signing" }),
});
export type RecordDeskConsentInput = z.input<typeof RecordDeskConsentInput>;

export const CONSENT_CHANNEL_LABELS = { portal: "in the portal", desk: "at the front desk" } as const;
