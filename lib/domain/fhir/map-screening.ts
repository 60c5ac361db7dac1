import type { Flag, QuestionnaireResponse } from "@medplum/fhirtypes";
import { ACTION_LABELS } from "@/lib/domain/intake/red-flag-labels";
import {
  BundleError, codeIn, coding, compact, derivedId, extCode, extJson, extString, extensionUrl, localSystem, questionnaireUrl, readCode, readExt, readJson, readString,
} from "./codes";
import { idOfRef, ref } from "./map-people";
import { answersToItems, itemsToAnswers } from "./map-questionnaires";
import type { HistoryRow, RedFlagRow } from "./record";

const RED_FLAG = localSystem("red-flag");

/** The patient's history form (conditions, surgeries, medications, allergies) as a questionnaire response. */
export function mapHistory(h: HistoryRow, patientId: string): QuestionnaireResponse {
  return compact({
    resourceType: "QuestionnaireResponse" as const,
    id: derivedId(patientId, "history"),
    questionnaire: questionnaireUrl("history"),
    status: "completed" as const,
    subject: ref(patientId),
    authored: h.updatedAt,
    item: answersToItems(h.data),
  });
}

/** A red flag of the intake screen: active until a clinician acknowledges it with what was done. */
export function mapRedFlag(f: RedFlagRow, patientId: string): Flag {
  return compact({
    resourceType: "Flag" as const,
    id: f.id,
    extension: [
      ...extCode("red-flag-action", f.action), ...extJson("restricts", f.restricts.length ? f.restricts : null), ...extJson("reasons", f.reasons.length ? f.reasons : null),
      ...extCode("needs-clarification", f.needsClarification), ...extString("acknowledgement", f.acknowledgement),
      { url: extensionUrl("episode"), valueReference: ref(f.episodeId) },
      ...(f.intakeId ? [{ url: extensionUrl("intake"), valueReference: ref(f.intakeId) }] : []),
    ],
    status: f.acknowledgedAt ? ("inactive" as const) : ("active" as const),
    category: [{ coding: [coding("http://terminology.hl7.org/CodeSystem/flag-category", "clinical", "Clinical")] }],
    code: { coding: [coding(RED_FLAG, f.flagId)], text: `${ACTION_LABELS[f.action] ?? f.action}: ${f.flagId}` },
    subject: ref(patientId),
    period: compact({ start: f.raisedAt, end: f.acknowledgedAt ?? undefined }),
    author: f.acknowledgedBy ? ref(f.acknowledgedBy) : undefined,
  });
}

export function parseHistory(responses: readonly QuestionnaireResponse[]): HistoryRow | null {
  const h = responses.find((q) => q.questionnaire === questionnaireUrl("history"));
  return h ? { data: itemsToAnswers(h.item), updatedAt: h.authored ?? new Date(0).toISOString() } : null;
}

export function parseRedFlags(flags: readonly Flag[]): RedFlagRow[] {
  return flags.filter((f) => codeIn(f.code, RED_FLAG)).map((f): RedFlagRow => {
    const episodeId = idOfRef(readExt(f, "episode")?.valueReference);
    if (!f.id || !episodeId || !f.period?.start) throw new BundleError("The bundle is missing a red flag's episode or date.");
    return {
      id: f.id, episodeId, intakeId: idOfRef(readExt(f, "intake")?.valueReference), flagId: codeIn(f.code, RED_FLAG)!,
      action: (readCode(f, "red-flag-action") ?? "FLAG") as RedFlagRow["action"], restricts: readJson<string[]>(f, "restricts") ?? [],
      reasons: readJson<string[]>(f, "reasons") ?? [], needsClarification: readCode(f, "needs-clarification") === "yes" ? "yes" : "no",
      raisedAt: f.period.start, acknowledgedAt: f.period.end ?? null, acknowledgedBy: idOfRef(f.author), acknowledgement: readString(f, "acknowledgement"),
    };
  });
}

