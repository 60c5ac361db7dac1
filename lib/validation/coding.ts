import { z } from "zod";
import { uuid } from "./common";

export const SetDiagnosesInput = z.object({
  visitId: uuid("visit"),
  codes: z.array(z.string().trim().min(1).max(10)).max(12, "At most 12 diagnoses on one visit"),
});

export const DeriveBillingInput = z.object({
  visitId: uuid("visit"),
  payer: z.enum(["medicare", "commercial"], { error: "Choose the billing rule" }),
  planActive: z.boolean().default(false),
});

export const UpdateBillingLineInput = z.object({
  lineId: uuid("billing line"),
  units: z.number({ error: "Units must be a number" }).int("Whole units").min(0, "0 to 24").max(24, "0 to 24"),
  modifiers: z.array(z.string().trim().regex(/^[A-Z0-9]{2}$/, "Modifiers are two letters or digits, like GP")).max(4, "At most 4 modifiers"),
});

/** A billing line as the visit page shows it (shared by the query and the client panel). */
export type BillingRow = { id: string; code: string; units: number; minutes: number | null; modifiers: string[]; diagnosisPointers: number[] };
