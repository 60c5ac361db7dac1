import type { IntakeDraftAnswers } from "@/lib/validation/intake";
import { ageOn } from "@/lib/domain/patients/age";
import { RUNNING_SPORTS } from "./options";
import { evaluateRedFlags, type RedFlagAnswers, type RedFlagResult } from "./red-flag-rules";

export type Acuity = "ACUTE" | "SUBACUTE" | "CHRONIC";

/** Acuity from the onset date, never asked (DOMAIN.md §0): < 6 weeks acute, 6–12 subacute, > 12 chronic. */
export function acuityFrom(onsetDate: string, today: string, acuteWeeks = 6, chronicWeeks = 12): Acuity {
  const days = (Date.parse(`${today}T00:00:00Z`) - Date.parse(`${onsetDate}T00:00:00Z`)) / 86_400_000;
  const weeks = days / 7;
  if (weeks < acuteWeeks) return "ACUTE";
  if (weeks <= chronicWeeks) return "SUBACUTE";
  return "CHRONIC";
}

export const ACUITY_LABELS: Record<Acuity, string> = { ACUTE: "Acute (< 6 weeks)", SUBACUTE: "Subacute (6–12 weeks)", CHRONIC: "Chronic (> 12 weeks)" };

export function isRunner(answers: IntakeDraftAnswers): boolean {
  return (answers.sports ?? []).some((s) => RUNNING_SPORTS.includes(s));
}

/** Run the red-flag rules over an intake, with the patient's age and history as context. */
export function redFlagsOfIntake(
  answers: IntakeDraftAnswers,
  patient: { dateOfBirth: string; conditions?: Parameters<typeof evaluateRedFlags>[1]["conditions"] },
  at: Date,
): RedFlagResult[] {
  return evaluateRedFlags((answers.redFlags ?? {}) as RedFlagAnswers, {
    ageYears: ageOn(patient.dateOfBirth, at),
    conditions: patient.conditions,
    isRunner: isRunner(answers),
    firstEpisode: answers.priorEpisodesCount === 0,
  });
}

/** Which answer fields differ between two versions (for the attributed revision trail). */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => stableJson(before[k] ?? null) !== stableJson(after[k] ?? null)).sort();
}

/** JSON with object keys sorted: jsonb does not keep key order, so plain JSON.stringify would see false changes. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (value && typeof value === "object") {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}
