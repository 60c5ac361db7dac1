import { z } from "zod";
import { SIDES } from "@/lib/domain/exams/catalogue/types";
import { findingKey, validateFinding } from "@/lib/domain/exams/validate-finding";
import { meanOfReadings } from "@/lib/domain/exams/derive";
import { uuid } from "./common";

const extraValue = z.union([z.number(), z.boolean(), z.string().max(200), z.array(z.string().max(40)).max(30)]);

/** One finding as the form sends it; checked against its catalogue item by the shared validator. */
export const FindingInput = z.preprocess(withReadingsMean, z
  .object({
    code: z.string().min(1).max(40),
    side: z.enum(SIDES, { error: "Choose a side" }),
    site: z.string().max(60).optional(),
    value: z.union([z.number(), z.string().max(40), z.array(z.string().max(40)).max(20)], { error: "Enter a value" }),
    method: z.string().max(40).optional(),
    familiarPain: z.boolean().optional(),
    comment: z.string().trim().max(500, "At most 500 characters").optional(),
    modifier: z.enum(["-", "+"]).optional(),
    extras: z.record(z.string().max(40), extraValue).optional(),
  })
  .superRefine((f, ctx) => {
    for (const e of validateFinding({ ...f, unit: null })) ctx.addIssue({ code: "custom", path: [e.field], message: e.message });
  }));
export type FindingInput = z.input<typeof FindingInput>;

/** A tape length typed as two readings is recorded as their mean (DOMAIN.md §2.3), before validation. */
function withReadingsMean(raw: unknown): unknown {
  if (!raw || typeof raw !== "object") return raw;
  const mean = meanOfReadings((raw as { extras?: Record<string, unknown> }).extras);
  return mean === null ? raw : { ...raw, value: mean };
}

export const SaveExamInput = z
  .object({ visitId: uuid("visit"), findings: z.array(FindingInput).max(600, "Too many findings in one exam") })
  .superRefine((v, ctx) => {
    const seen = new Set<string>();
    v.findings.forEach((f, i) => {
      const key = findingKey(f);
      if (seen.has(key)) ctx.addIssue({ code: "custom", path: ["findings", i, "code"], message: "Recorded twice for the same side" });
      seen.add(key);
    });
  });
