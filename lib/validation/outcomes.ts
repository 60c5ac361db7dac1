import { z } from "zod";
import { MEASURES } from "@/lib/domain/outcomes/measures";
import { scoreMeasure } from "@/lib/domain/outcomes/score-measure";
import type { MeasureDefinition, MeasureItem } from "@/lib/domain/outcomes/types";
import { uuid } from "./common";

/**
 * Outcome-measure inputs, shared by the forms (client) and the actions (server). Answers are checked
 * against the measure's definition, and a form the generic scorer cannot score is refused here, so
 * the clinician or patient learns why before the round trip; the server scores again on its own.
 */

/** The versions a clinician can record or assign (DOMAIN.md §3.1); each trend line keeps one version. */
export const OFFERED_VERSIONS = ["ODI_2_1A", "NPRS_NOW", "PSFS_5", "LEFS_20", "RMDQ_24"] as const;
export type OfferedVersion = (typeof OFFERED_VERSIONS)[number];

export function measureByVersion(version: string): MeasureDefinition | undefined {
  return (OFFERED_VERSIONS as readonly string[]).includes(version) ? MEASURES.find((m) => m.version === version) : undefined;
}

export const MEASURE_OPTIONS = OFFERED_VERSIONS.map((v) => ({ value: v, label: `${measureByVersion(v)!.name} (${measureByVersion(v)!.id})` }));

export const PSFS_ACTIVITY_MAX = 80;

// Radio groups hand back strings ("3") and null for "not answered"; blanks are simply unanswered.
const answersShape = z.preprocess(
  (raw) => {
    if (!raw || typeof raw !== "object") return raw;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(raw)) {
      if (v === null || v === undefined || v === "") continue;
      out[k] = typeof v === "string" && /^-?\d+$/.test(v.trim()) ? Number(v) : v;
    }
    return out;
  },
  z.record(z.string().max(40), z.number({ error: "Choose one of the answers" }).int("Choose one of the answers"), { error: "Answers are missing" }),
);

const activitiesShape = z.preprocess(
  (raw) => {
    if (!raw || typeof raw !== "object") return raw ?? {};
    // An empty activity box is no activity at all; only typed text is an activity.
    return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, typeof v === "string" ? v.trim() : v]).filter(([, v]) => v !== "" && v !== null && v !== undefined));
  },
  z.record(z.string().max(10), z.string().max(PSFS_ACTIVITY_MAX, `Describe the activity in at most ${PSFS_ACTIVITY_MAX} characters`)),
);

const allowed = (item: MeasureItem, v: number) =>
  item.response.kind === "options" ? item.response.options.some((o) => o.value === v) : v >= item.response.min && v <= item.response.max;

const answerHint = (item: MeasureItem) =>
  item.response.kind === "options" ? "Choose one of the listed answers" : `Choose a number from ${item.response.min} to ${item.response.max}`;

type Issue = { path: (string | number)[]; message: string };

/**
 * Every way answers can fail their definition, as field issues: unknown items, values outside the
 * options or scale, a PSFS activity named but not rated, and — when nothing else
 * is wrong — the scorer's refusal (ODI with fewer than 8 sections…) with each missing item named.
 */
export function measureIssues(version: string, answers: Record<string, number>, activities: Record<string, string>): Issue[] {
  const def = measureByVersion(version);
  if (!def) return [{ path: ["version"], message: "Choose a questionnaire" }];
  const issues: Issue[] = [];
  const byId = new Map(def.items.map((i) => [i.id, i]));
  for (const [id, v] of Object.entries(answers)) {
    const item = byId.get(id);
    if (!item) issues.push({ path: ["answers", id], message: "This question is not part of the questionnaire" });
    else if (!allowed(item, v)) issues.push({ path: ["answers", id], message: answerHint(item) });
  }
  for (const id of Object.keys(activities)) {
    if (!byId.get(id)?.patientDefined) issues.push({ path: ["activities", id], message: "This questionnaire has no such activity" });
  }
  // A rating without a name is checked by the action: a locked activity's name comes from the baseline, not the form.
  for (const item of def.items.filter((i) => i.patientDefined)) {
    if (answers[item.id] === undefined && activities[item.id]) issues.push({ path: ["answers", item.id], message: "Rate this activity from 0 to 10" });
  }
  if (issues.length > 0) return issues;

  const result = scoreMeasure(def, answers);
  if (result.scored) return [];
  const missing = result.missingItems.map((id) => byId.get(id)!);
  const named = missing.length > 0 ? ` Still to answer: ${missing.map((m) => m.title).join("; ")}.` : "";
  return [
    { path: ["score"], message: `This ${def.id} cannot be scored: ${result.reason}${named}` },
    ...missing.map((m) => ({ path: ["answers", m.id], message: m.patientDefined ? "Name an activity and rate it" : "Answer this question" })),
  ];
}

type MeasureFields = { version: string; answers: Record<string, number>; activities: Record<string, string> };

function measureRules(input: MeasureFields, ctx: z.RefinementCtx) {
  for (const issue of measureIssues(input.version, input.answers, input.activities)) ctx.addIssue({ code: "custom", ...issue });
}

const version = z.enum(OFFERED_VERSIONS, { error: "Choose a questionnaire" });

/** A clinician records a measure in the clinic (answers given in the room or from paper). */
export const RecordOutcomeInput = z.object({
  patientId: uuid("patient"),
  episodeId: uuid("episode"),
  // "" from the select means "not tied to a visit"
  visitId: z.preprocess((v) => (v === "" ? undefined : v), uuid("visit").optional()),
  version,
  answers: answersShape,
  activities: activitiesShape,
}).superRefine(measureRules);
export type RecordOutcomeInput = z.input<typeof RecordOutcomeInput>;

/** A clinician assigns a measure to the patient's portal. */
export const AssignOutcomeInput = z.object({ patientId: uuid("patient"), episodeId: uuid("episode"), version });
export const CancelOutcomeInput = z.object({ responseId: uuid("questionnaire") });

/** The patient sends an assigned questionnaire; the version must match what was assigned. */
export const CompleteMyOutcomeInput = z.object({
  responseId: uuid("questionnaire"),
  version,
  answers: answersShape,
  activities: activitiesShape,
}).superRefine(measureRules);
export type CompleteMyOutcomeInput = z.input<typeof CompleteMyOutcomeInput>;
