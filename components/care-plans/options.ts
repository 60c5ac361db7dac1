import { WEEKDAY_LABELS } from "@/lib/validation/care-plans";

/** { value: label } → select options, in the order given. */
export function opts(map: Record<string, string>): { value: string; label: string }[] {
  return Object.entries(map).map(([value, label]) => ({ value, label }));
}

export const DAY_OPTIONS = WEEKDAY_LABELS.map((label, i) => ({ value: String(i + 1), label }));

export const GOAL_TYPE_LABELS = { SHORT_TERM: "Short-term", LONG_TERM: "Long-term" };
export const GOAL_DOMAIN_LABELS = { PAIN: "Pain", FUNCTION: "Function", PARTICIPATION: "Participation", IMPAIRMENT: "Impairment", SPORT: "Sport" };
export const MEASURE_LABELS = { NPRS: "NPRS (pain 0–10)", ODI: "ODI (%)", PSFS: "PSFS (0–10)", LEFS: "LEFS (0–80)", RMDQ: "RMDQ (0–24)", OTHER: "Other (record the current value)" };
export const COMPARATOR_LABELS = { "<=": "At most (≤)", ">=": "At least (≥)" };

/**
 * For add/remove row buttons: a mouse press must not blur the field being typed in first. The blur
 * re-validates, an error line above the button appears or goes, the button moves between press and
 * release, and the click is lost. Keyboard use is unaffected.
 */
export function keepFocus(event: { preventDefault: () => void }) {
  event.preventDefault();
}
