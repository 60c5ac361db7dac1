import type { IntakeDraftAnswers } from "@/lib/validation/intake";
import { RED_FLAGS } from "@/lib/domain/intake/red-flags";

/** Fields held as numbers in the answers but as strings in form inputs (radios and text inputs give strings). */
export const NUMBER_FIELDS = [
  "nprsNow", "nprsBest", "nprsWorst", "morningStiffnessMin", "priorEpisodesCount", "sittingHoursPerDay", "standingHoursPerDay",
  "drivingHoursPerDay", "weeklyKmCurrent", "weeklyKm4wkAgo", "runsPerWeek", "longestRunKm", "shoeKm",
] as const;

type FormAnswers = Record<string, unknown>;

/** Stored answers → form values: numbers become strings so radios and inputs show them. */
export function toFormAnswers(answers: IntakeDraftAnswers): FormAnswers {
  const out: FormAnswers = { mechanism: [], painQuality: [], aggravating: [], easing: [], habits: [], sports: [], painLocations: [], medicationsTried: [], redFlags: {}, ...answers };
  for (const k of NUMBER_FIELDS) if (typeof out[k] === "number") out[k] = String(out[k]);
  const flags = (out.redFlags ?? {}) as Record<string, { followUps?: Record<string, unknown> }>;
  for (const f of Object.values(flags)) {
    for (const [key, value] of Object.entries(f.followUps ?? {})) f.followUps![key] = value === null || value === undefined ? "" : String(value);
  }
  return out;
}

/**
 * Form values → answers for the server: empty inputs are left out (not stored as ""), numbers
 * are numbers, red-flag follow-ups take the type their question declares.
 */
export function toAnswers(values: FormAnswers): IntakeDraftAnswers {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) {
    if (v === "" || v === undefined || v === null) continue;
    if ((NUMBER_FIELDS as readonly string[]).includes(k)) {
      const n = Number(v);
      out[k] = Number.isNaN(n) ? v : n; // a non-number stays a string, so validation names the field
    } else out[k] = v;
  }
  const flags = values.redFlags as Record<string, { answer?: string; detail?: string; followUps?: Record<string, string> }> | undefined;
  if (flags) {
    const clean: Record<string, unknown> = {};
    for (const def of RED_FLAGS) {
      const f = flags[def.id];
      if (!f?.answer) continue;
      const followUps: Record<string, boolean | number | string> = {};
      for (const q of def.followUps) {
        const raw = f.followUps?.[q.key];
        if (raw === undefined || raw === "") continue;
        followUps[q.key] = q.kind === "boolean" ? raw === "true" : q.kind === "number" ? Number(raw) : raw;
      }
      clean[def.id] = { answer: f.answer, ...(f.detail ? { detail: f.detail } : {}), ...(Object.keys(followUps).length ? { followUps } : {}) };
    }
    out.redFlags = clean;
  }
  if (Array.isArray(out.medicationsTried)) out.medicationsTried = (out.medicationsTried as { name?: string }[]).filter((m) => m.name);
  return out as IntakeDraftAnswers;
}
