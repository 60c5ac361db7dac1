import { z } from "zod";
import { requiredText, uuid } from "./common";

export const VISIT_TYPES = ["INITIAL_EXAM", "TREATMENT", "RE_EXAM", "PROGRESS_REPORT", "DISCHARGE", "REFERRAL_ONLY"] as const;
export const VISIT_TYPE_LABELS: Record<(typeof VISIT_TYPES)[number], string> = {
  INITIAL_EXAM: "Initial exam", TREATMENT: "Treatment", RE_EXAM: "Re-exam", PROGRESS_REPORT: "Progress report", DISCHARGE: "Discharge", REFERRAL_ONLY: "Referral only",
};

export const StartVisitInput = z.object({
  patientId: uuid("patient"),
  episodeId: uuid("episode"),
  visitType: z.enum(VISIT_TYPES, { error: "Choose the visit type" }),
  /** clinic wall-clock time; empty = now. A visit documented afterwards may be dated in the past, never the future. */
  startsAt: z.string().trim().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "Use a date and time like 2026-03-31T09:30").or(z.literal("")).optional(),
});

export const CancelVisitInput = z.object({ visitId: uuid("visit"), reason: requiredText(300, "Reason") });

export const StartVisitFromAppointmentInput = z.object({ appointmentId: uuid("appointment") });

/** The visit type an appointment type stands for (by its name: the clinic names its types). */
export function visitTypeForAppointment(typeName: string): (typeof VISIT_TYPES)[number] {
  if (/initial|new patient|evaluation/i.test(typeName)) return "INITIAL_EXAM";
  if (/re-?exam|progress/i.test(typeName)) return "RE_EXAM";
  if (/discharge/i.test(typeName)) return "DISCHARGE";
  return "TREATMENT";
}
