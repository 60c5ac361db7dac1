/** The clinic's scope-of-practice overrides (DOMAIN.md §4.0 "varies by state"): one component, one discipline. */
import { z } from "zod";
import { COMPONENT_CODES } from "@/lib/domain/treatment/components/types";
import { DISCIPLINES } from "@/lib/domain/treatment/types";
import { requiredText } from "./common";

export const SCOPE_STATUS_LABELS = { ALLOWED: "Allowed", SUPERVISED: "Allowed under supervision", NOT_ALLOWED: "Not allowed" } as const;
const STATUSES = ["ALLOWED", "SUPERVISED", "NOT_ALLOWED"] as const;

export const SetScopeOverrideInput = z.object({
  componentCode: z.enum(COMPONENT_CODES, { error: "Choose a treatment component" }),
  discipline: z.enum(DISCIPLINES, { error: "Choose a discipline" }),
  status: z.enum(STATUSES, { error: "Choose what the rule allows" }),
  text: requiredText(200, "Rule or source"),
});
export type SetScopeOverrideInput = z.input<typeof SetScopeOverrideInput>;

export const RemoveScopeOverrideInput = SetScopeOverrideInput.pick({ componentCode: true, discipline: true });
