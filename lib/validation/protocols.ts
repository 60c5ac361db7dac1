/**
 * Clinic-made treatment protocols (DOMAIN.md §4.4 shape): ordered steps, each one or more alternative
 * lines with default parameters. A line is checked by the same schema as a visit's treatment line,
 * except that its side may be "AFFECTED" (filled in with the patient's side when applied).
 * Client-safe: the protocol editor and the server action import it.
 */
import { z } from "zod";
import { treatmentLineSchema } from "@/lib/domain/treatment/line-schema";
import type { ProtocolLine } from "@/lib/domain/treatment/protocols";
import { requiredText, text, uuid } from "./common";

export const ProtocolLineInput = z
  .looseObject({ side: z.string().optional(), note: text(200, "Note").optional() })
  .transform((v, ctx): ProtocolLine => {
    const affected = v.side === "AFFECTED";
    const parsed = treatmentLineSchema.safeParse(affected ? { ...v, side: "L" } : v);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", path: issue.path.map(String), message: issue.message });
      return z.NEVER;
    }
    // A protocol holds defaults only: nothing patient-specific (response, pain, consent, overrides) is kept.
    const { componentCode, params, side, minutes, position } = parsed.data;
    return {
      componentCode, params,
      ...(affected ? { side: "AFFECTED" as const } : side ? { side } : {}),
      ...(minutes !== undefined ? { minutes } : {}), ...(position ? { position } : {}), ...(v.note ? { note: v.note } : {}),
    };
  });

export const ProtocolStepInput = z.object({
  when: text(200, "When").optional(),
  choices: z.array(ProtocolLineInput).min(1, "A step needs at least one treatment line").max(5, "At most 5 alternatives in a step"),
});

export const SaveProtocolInput = z.object({
  /** The version being revised; absent for a new protocol. */
  protocolId: uuid("protocol").optional(),
  name: requiredText(120, "Name"),
  description: text(2000, "Indication / description"),
  steps: z.array(ProtocolStepInput).min(1, "Add at least one step").max(20, "At most 20 steps"),
});

export const RetireProtocolInput = z.object({ protocolId: uuid("protocol") });
