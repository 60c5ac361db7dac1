import type { Observation, QuestionnaireResponse, QuestionnaireResponseItem, QuestionnaireResponseItemAnswer } from "@medplum/fhirtypes";
import { findMeasure } from "@/lib/domain/outcomes/measures";
import {
  LOCAL, LOINC_SCORE, SYSTEM, coding, compact, derivedId, extCode, extDateTime, extensionUrl, questionnaireUrl, quantity,
} from "./codes";
import { ref } from "./map-people";
import type { IntakeRow, Json, OutcomeRow } from "./record";

const JSON_ANSWER = extensionUrl("json-answer");

/**
 * Questionnaire answers as FHIR items: a string, number or true/false answer keeps its type; a
 * structured answer (pain map, list of conditions) travels as JSON text marked as such, so the
 * import restores exactly what was stored.
 */
export function answersToItems(answers: Record<string, Json>): QuestionnaireResponseItem[] {
  return Object.entries(answers)
    .filter(([, v]) => v !== null && v !== undefined && v !== "")
    .map(([key, v]): QuestionnaireResponseItem => {
      let answer: QuestionnaireResponseItemAnswer;
      if (typeof v === "string") answer = { valueString: v };
      else if (typeof v === "boolean") answer = { valueBoolean: v };
      else if (typeof v === "number") answer = Number.isInteger(v) ? { valueInteger: v } : { valueDecimal: v };
      else answer = { extension: [{ url: JSON_ANSWER, valueBoolean: true }], valueString: JSON.stringify(v) };
      return { linkId: key, answer: [answer] };
    });
}

export function itemsToAnswers(items: readonly QuestionnaireResponseItem[] | undefined): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const item of items ?? []) {
    const a = item.answer?.[0];
    if (!a) continue;
    if (a.extension?.some((e) => e.url === JSON_ANSWER)) out[item.linkId] = JSON.parse(a.valueString ?? "null");
    else if (a.valueString !== undefined) out[item.linkId] = a.valueString;
    else if (a.valueBoolean !== undefined) out[item.linkId] = a.valueBoolean;
    else if (a.valueInteger !== undefined) out[item.linkId] = a.valueInteger;
    else if (a.valueDecimal !== undefined) out[item.linkId] = a.valueDecimal;
  }
  return out;
}

const INTAKE_STATUS: Record<IntakeRow["status"], QuestionnaireResponse["status"]> = { requested: "in-progress", draft: "in-progress", submitted: "completed", accepted: "completed" };

export function mapIntake(i: IntakeRow, patientId: string): QuestionnaireResponse {
  return compact({
    resourceType: "QuestionnaireResponse" as const,
    id: i.id,
    extension: [...extCode("intake-status", i.status), ...extDateTime("accepted-at", i.acceptedAt), ...extDateTime("submitted-at", i.submittedAt)],
    questionnaire: questionnaireUrl("intake"),
    status: INTAKE_STATUS[i.status],
    subject: ref(patientId),
    authored: i.updatedAt,
    author: ref(patientId),
    // QuestionnaireResponse has no episode element: the episode travels as a reference answer.
    item: [...answersToItems(i.answers), { linkId: "_episode", answer: [{ valueReference: ref(i.episodeId) }] }],
  });
}

const OUTCOME_STATUS: Record<OutcomeRow["status"], QuestionnaireResponse["status"]> = { assigned: "in-progress", completed: "completed", cancelled: "stopped" };

export function mapOutcomeResponse(o: OutcomeRow, patientId: string): QuestionnaireResponse {
  return compact({
    resourceType: "QuestionnaireResponse" as const,
    id: o.id,
    extension: [...extCode("response-source", o.source), ...extDateTime("assigned-at", o.assignedAt)],
    questionnaire: questionnaireUrl(o.measure),
    status: OUTCOME_STATUS[o.status],
    subject: ref(patientId),
    encounter: o.visitId ? ref(o.visitId) : undefined,
    authored: o.completedAt ?? o.assignedAt,
    item: [...answersToItems(o.answers), { linkId: "_episode", answer: [{ valueReference: ref(o.episodeId) }] }],
  });
}

/** The score of a completed outcome measure: LOINC where LOINC has the measure (NPRS, ODI), local otherwise. */
export function mapOutcomeScore(o: OutcomeRow, patientId: string): Observation | null {
  if (o.status !== "completed" || o.score == null) return null;
  const loinc = LOINC_SCORE[o.measure];
  const def = findMeasure(o.measure);
  return compact({
    resourceType: "Observation" as const,
    id: derivedId(o.id, "score"),
    status: "final" as const,
    category: [{ coding: [coding(SYSTEM.observationCategory, "survey", "Survey")] }],
    code: {
      coding: [...(loinc ? [coding(SYSTEM.loinc, loinc.code, loinc.display)] : []), coding(LOCAL.outcomeMeasure, o.measure, def?.name)],
      text: def?.name ?? o.measure,
    },
    subject: ref(patientId),
    encounter: o.visitId ? ref(o.visitId) : undefined,
    effectiveDateTime: o.completedAt ?? undefined,
    valueQuantity: quantity(o.score, loinc?.unit ?? "{score}"),
    interpretation: o.band ? [{ coding: [coding(LOCAL.outcomeMeasure, `${o.measure}-band-${o.band}`)], text: o.band }] : [],
    derivedFrom: [ref(o.id)],
  });
}
