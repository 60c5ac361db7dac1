import type { ActionDefinition } from "@/lib/actions/core";
import { askedRedFlags } from "@/lib/validation/intake";
import type { RecordIds } from "../support/clinic-fixtures";
import { validSample } from "../support/schema-samples";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDef = ActionDefinition<any, any>;

// yesterday in UTC is on or before "today" in any clinic time zone
const yesterday = () => new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
const completeIntake = {
  chiefComplaint: "Right buttock pain when running", onsetDate: "2026-01-10", onsetMode: "GRADUAL", radiation: "TO_BUTTOCK",
  painLocations: [{ regionId: "BUTTOCK_DEEP", side: "R" }], nprsNow: 3, nprsBest: 1, nprsWorst: 6, frequency: "FREQUENT",
  nightPainType: "NONE", sports: ["ROAD_RUNNING"], redFlags: Object.fromEntries(askedRedFlags(true).map((f) => [f.id, { answer: "NO" }])),
};

/**
 * Inputs that pass an action's whole schema, with the ids of one patient's records, so that a
 * refusal can only come from the patient scope. Generated from the schema; the few schemas whose
 * rules JSON Schema cannot express (a log key naming its item, a questionnaire's answers, the
 * consent tick) are completed here by field, never by listing actions to skip.
 */
const COMPLETIONS: Record<string, (ids: RecordIds) => Record<string, unknown>> = {
  "hep.log": (ids) => ({ date: yesterday(), key: `${ids.itemId}:${yesterday()}:1`, pain: 2 }),
  "portal.outcome.complete": () => ({ version: "NPRS_NOW", answers: { NOW: 3 }, activities: {} }),
  "portal.intake.save": () => ({ version: 1, answers: {} }),
  "portal.intake.submit": () => ({ version: 1, answers: completeIntake }),
  "portal.consent.sign": () => ({ signedName: "Trust Probe", signedOn: yesterday(), agree: true }),
};

export function idorInput(def: AnyDef, ids: RecordIds, clinic: RecordIds): unknown {
  const base = validSample(def.input, (key) => ids[key] ?? clinic[key]);
  const extra = COMPLETIONS[def.name]?.(ids);
  return extra && base && typeof base === "object" ? { ...base, ...extra } : base;
}
