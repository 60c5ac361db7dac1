/**
 * What the contraindication engine knows about the patient when it checks a line (DOMAIN.md §1.3,
 * §1.6, §4.3): the history as plain sets, the restriction codes of open red-flag findings, and the
 * region those flags were raised for. `treatmentHistoryFrom` adapts the stored history record.
 */
import type { RestrictionCode } from "@/lib/domain/intake/red-flag-labels";
import type { HistoryData } from "@/lib/validation/history";
import type { Zone } from "./anatomy";

export interface TreatmentHistory {
  conditions?: readonly string[];
  medicationClasses?: readonly string[];
  /** An oral corticosteroid marked long-term (§4.3 "long-term oral steroids"). */
  longTermSteroids?: boolean;
  allergyKinds?: readonly string[];
  surgeryFlags?: readonly string[];
  /** Approaches of recorded hip replacements; an unrecorded approach is treated as posterior. */
  hipApproaches?: readonly string[];
  pregnancyWeeks?: number;
  /**
   * Where the history is vague the engine asks for the detail (a caution) rather than blocking
   * everything: fused levels, the area of sensory loss, whether a DVT is active and on which leg.
   */
  fusedSegments?: readonly string[];
  sensoryLossZones?: readonly Zone[];
  activeDvt?: { active: boolean; side?: "L" | "R" };
}

export interface ContraindicationSettings {
  /** §4.3 osteoporosis row: "high-force HVLA (clinic choice: block or warn)". */
  osteoporosisHighForceHvla: "block" | "warn";
  /** Dry needling of lumbopelvic points is blocked up to and including this week (first trimester). */
  firstTrimesterLastWeek: number;
  /** Prone and prolonged supine positions need acknowledgement from this week. */
  laterPregnancyFromWeek: number;
}

export const DEFAULT_CONTRAINDICATION_SETTINGS: ContraindicationSettings = {
  osteoporosisHighForceHvla: "block",
  firstTrimesterLastWeek: 13,
  laterPregnancyFromWeek: 20,
};

export interface ContraindicationContext {
  history?: TreatmentHistory;
  /** `restricts` of the open red-flag findings (see `combinedRestrictions` in intake/red-flag-rules). */
  redFlagRestrictions?: readonly RestrictionCode[];
  /** The region the open flags were raised for; when absent a "flagged region" restriction applies everywhere. */
  flaggedZones?: readonly Zone[];
  /** Zones of the line when its parameters name none (an exercise for the lumbar spine). */
  region?: readonly Zone[];
  settings?: Partial<ContraindicationSettings>;
}

/** The stored history record (lib/validation/history) as the engine's plain sets. */
export function treatmentHistoryFrom(h: Partial<HistoryData>): TreatmentHistory {
  const surgeries = h.surgeries ?? [];
  return {
    conditions: h.conditions ?? [],
    medicationClasses: (h.medications ?? []).map((m) => m.medClass),
    longTermSteroids: (h.medications ?? []).some((m) => m.medClass === "ORAL_CORTICOSTEROID" && m.longTerm === true),
    allergyKinds: (h.allergies ?? []).map((a) => a.kind),
    surgeryFlags: [...new Set(surgeries.flatMap((s) => s.flags))],
    hipApproaches: surgeries.filter((s) => s.flags.includes("HIP_ARTHROPLASTY")).map((s) => s.hipApproach ?? "UNKNOWN"),
    ...(h.pregnancyWeeks !== undefined ? { pregnancyWeeks: h.pregnancyWeeks } : {}),
  };
}
