import type { RedFlagContext } from "@/lib/domain/intake/red-flag-rules";
import type { HistoryData } from "@/lib/validation/history";

/** The history facts the red-flag rules use as context (e.g. osteoporosis makes minor trauma urgent). */
export function redFlagConditions(h: Partial<HistoryData>): NonNullable<RedFlagContext["conditions"]> {
  const c = new Set(h.conditions ?? []);
  return {
    osteoporosis: c.has("OSTEOPOROSIS"),
    longTermSteroids: (h.medications ?? []).some((m) => m.medClass === "ORAL_CORTICOSTEROID" && m.longTerm),
    immunosuppressed: c.has("IMMUNOSUPPRESSED"),
    diabetes: c.has("DIABETES"),
    cancerHistory: c.has("CANCER_HISTORY"),
    ivDrugUse: c.has("IV_DRUG_USE"),
  };
}
