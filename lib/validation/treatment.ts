/**
 * Inputs of the treatment actions (DOMAIN.md §4). The line itself is the domain's generated
 * `treatmentLineSchema` (parameters checked against the component's specs), so the visit form and
 * the server refuse exactly the same values. Client-safe: no server imports.
 */
import { z } from "zod";
import { treatmentLineSchema } from "@/lib/domain/treatment/line-schema";
import { CONSENT_KINDS, CONSENT_TYPES } from "@/lib/domain/treatment/types";
import { uuid as id } from "./common";

/**
 * One line as the form sends it. The provider's discipline is never taken from the client (the
 * server reads it from the staff profile), and a line's consent lives on the episode, not here.
 */
export const TreatmentLineInput = treatmentLineSchema;

export const AddTreatmentLineInput = z.object({ visitId: id("visit"), line: TreatmentLineInput });
export const UpdateTreatmentLineInput = z.object({ lineId: id("treatment line"), line: TreatmentLineInput });
export const RemoveTreatmentLineInput = z.object({ lineId: id("treatment line") });

export const ApplyProtocolInput = z.object({
  visitId: id("visit"),
  protocolId: id("protocol"),
  side: z.enum(["L", "R", "BIL"], { error: "Choose the affected side: L, R or BIL" }),
  /** Step index → chosen alternative (default: the first); steps left out (conditional steps that do not apply). */
  pick: z.record(z.string().regex(/^\d{1,2}$/), z.number().int().min(0).max(9)).optional(),
  skip: z.array(z.number().int().min(0).max(99)).max(100).optional(),
});

export const CopyLastVisitInput = z.object({ visitId: id("visit") });

export const RecordProcedureConsentInput = z.object({
  visitId: id("visit"),
  kind: z.enum(CONSENT_KINDS, { error: "Choose what the consent covers" }),
  consentType: z.enum(CONSENT_TYPES, { error: "Verbal or written?" }),
  notes: z.string().trim().max(1000, "At most 1000 characters").optional(),
});

export const CONSENT_KIND_LABELS: Readonly<Record<(typeof CONSENT_KINDS)[number], string>> = {
  HVLA: "HVLA thrust manipulation",
  DRY_NEEDLING: "Dry needling (written consent)",
  BRUISING_RISK: "Bruising risk (cupping / IASTM)",
};
