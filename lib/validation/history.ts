import { z } from "zod";
import * as H from "@/lib/domain/history/options";
import { values } from "@/lib/domain/intake/options";
import { text, uuid } from "./common";

const year = z.number({ error: "Year must be a number" }).int().min(1900, "Year after 1900").max(2100, "Year before 2100");

/** Patient-level history (DOMAIN.md §1.3) that persists across episodes. */
export const HistoryData = z.object({
  conditions: z.array(z.enum(values(H.CONDITIONS), { error: "Unknown condition" })).max(H.CONDITIONS.length).default([]),
  cancerType: text(120, "Cancer type").optional(),
  cancerYear: year.optional(),
  pregnancyWeeks: z.number({ error: "Weeks must be a number" }).int().min(1, "1 to 42").max(42, "1 to 42").optional(),
  medications: z.array(z.object({
    name: text(120, "Medication").min(1, "Name the medication"),
    dose: text(60, "Dose").optional(),
    frequency: text(60, "How often").optional(),
    medClass: z.enum(values(H.MEDICATION_CLASSES), { error: "Choose a class" }),
    longTerm: z.boolean().optional(),
  })).max(30).default([]),
  allergies: z.array(z.object({
    name: text(120, "Allergy").min(1, "Name the allergy"),
    kind: z.enum(values(H.ALLERGY_KINDS), { error: "Choose a kind" }),
    reaction: text(200, "Reaction").optional(),
  })).max(30).default([]),
  surgeries: z.array(z.object({
    description: text(200, "Surgery").min(1, "Describe the surgery"),
    year: year.optional(),
    flags: z.array(z.enum(values(H.SURGERY_FLAGS))).max(3).default([]),
    hipApproach: z.enum(values(H.HIP_APPROACHES)).optional(),
  })).max(30).default([]),
  smoking: z.enum(values(H.SMOKING), { error: "Choose an option" }).nullish(),
  notes: text(2000, "Notes").optional(),
}).superRefine((v, ctx) => {
  if (v.conditions.includes("PREGNANT") && v.pregnancyWeeks === undefined) {
    ctx.addIssue({ code: "custom", path: ["pregnancyWeeks"], message: "How many weeks pregnant?" });
  }
  v.surgeries.forEach((s, i) => {
    if (s.hipApproach && !s.flags.includes("HIP_ARTHROPLASTY")) {
      ctx.addIssue({ code: "custom", path: ["surgeries", i, "hipApproach"], message: "The approach applies to a hip replacement only" });
    }
  });
});
export type HistoryData = z.infer<typeof HistoryData>;

export const SaveHistoryInput = z.object({
  patientId: uuid("patient"),
  version: z.number().int().min(0).max(2_147_483_647),
  data: HistoryData,
});
