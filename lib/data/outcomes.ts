import "server-only";
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import type { Caller } from "@/lib/auth/caller";
import { changeSinceBaseline, type ChangeResult } from "@/lib/domain/outcomes/change-since-baseline";
import { changeFlag, type ChangeFlag } from "@/lib/domain/outcomes/change-flag";
import { MEASURES } from "@/lib/domain/outcomes/measures";
import { lockedActivities } from "@/lib/domain/outcomes/psfs-locked";
import type { MeasureDefinition } from "@/lib/domain/outcomes/types";
import { patientScope } from "./patients";

type StoredAnswers = { version?: string; items?: Record<string, number>; activities?: Record<string, string> };

export type OutcomeChange = {
  change: number;
  pctChange: number | null;
  direction: "IMPROVED" | "WORSE" | "NO_CHANGE";
  flag: ChangeFlag;
  /** PSFS: the largest MCID size met (SMALL, MEDIUM, LARGE) */
  magnitude: string | null;
  /** each threshold, labelled MCID or MDC as the definition names it */
  thresholds: { label: string; met: boolean }[];
  newItems: string[];
};

export type OutcomeResult = {
  id: string;
  completedAt: string;
  score: number;
  bandLabel: string | null;
  source: "clinic" | "portal";
  completedByName: string | null;
  visitType: string | null;
  isBaseline: boolean;
  /** null for the baseline, or when the two cannot be compared */
  change: OutcomeChange | null;
  activities: Record<string, string> | null;
};

export type OutcomeSeries = {
  episodeId: string;
  episodeTitle: string;
  measureId: string;
  version: string;
  name: string;
  higherIsBetter: boolean;
  scoreRange: { min: number; max: number };
  results: OutcomeResult[];
};

export type AssignedOutcome = { id: string; episodeTitle: string; name: string; assignedAt: string; assignedByName: string | null };

export type PatientOutcomes = {
  series: OutcomeSeries[];
  assigned: AssignedOutcome[];
  /** per episode: PSFS activities already named, locked for the next reassessment */
  lockedPsfs: Record<string, Record<string, string>>;
};

type Row = {
  id: string; episodeId: string; episodeTitle: string; measure: string; status: "assigned" | "completed"; answers: StoredAnswers;
  score: number | null; band: string | null; source: "clinic" | "portal"; visitType: string | null; assignedAt: string; assignedByName: string | null;
  completedAt: string | null; completedByName: string | null;
};

// Raw statements hand timestamps back in PostgreSQL's text form; DTOs carry ISO strings.
const iso = (at: string) => new Date(at).toISOString();

/** The stored band (computed by the server when the result was saved), labelled as the definition names it. */
const bandLabel = (def: MeasureDefinition, code: string | null) => def.bands?.find((b) => b.code === code)?.label ?? null;

const definitionOf = (measure: string, version: string | undefined): MeasureDefinition | undefined =>
  MEASURES.find((m) => m.id === measure && m.version === version);

function toChange(change: ChangeResult): OutcomeChange | null {
  const flag = changeFlag(change);
  if (!change.comparable || !flag) return null;
  return {
    change: change.change, pctChange: change.pctChange, direction: change.direction, flag, magnitude: change.magnitude,
    thresholds: change.thresholds.map((t) => ({ label: t.label, met: t.met })), newItems: change.newItems,
  };
}

/**
 * Every outcome of a patient for the chart (clinical roles only; the page checks): one statement
 * for all rows, then per episode and measure version the completed results in date order, the first
 * being the baseline, each later one with its change since baseline and MCID/MDC flags (V8).
 */
export async function getPatientOutcomes(db: DbOrTx, caller: Caller, patientId: string): Promise<PatientOutcomes> {
  const rows = [...await db.execute<Row>(sql`
    select r.id, r.episode_id as "episodeId", e.title as "episodeTitle", r.measure, r.status, r.answers, r.score::float8 as score, r.band, r.source,
      v.visit_type as "visitType", r.assigned_at as "assignedAt", au.display_name as "assignedByName",
      r.completed_at as "completedAt", cu.display_name as "completedByName"
    from outcome_responses r join patients p on p.id = r.patient_id join episodes e on e.id = r.episode_id
    left join visits v on v.id = r.visit_id
    left join users au on au.id = r.assigned_by left join users cu on cu.id = r.completed_by
    where r.patient_id = ${patientId} and ${patientScope(caller)} and r.status in ('assigned', 'completed')
    order by e.opened_on desc, e.created_at desc, r.measure, r.completed_at nulls last, r.assigned_at`)];

  const series = new Map<string, OutcomeSeries>();
  const baselines = new Map<string, Row>();
  const psfsHistory = new Map<string, Record<string, string>[]>();
  for (const r of rows.filter((x) => x.status === "completed" && x.score !== null)) {
    const def = definitionOf(r.measure, r.answers.version);
    if (!def) continue;
    const key = `${r.episodeId}:${def.version}`;
    let s = series.get(key);
    if (!s) {
      s = { episodeId: r.episodeId, episodeTitle: r.episodeTitle, measureId: def.id, version: def.version, name: def.name,
        higherIsBetter: def.higherIsBetter, scoreRange: def.scoreRange, results: [] };
      series.set(key, s);
      baselines.set(key, r);
    }
    const base = baselines.get(key)!;
    const isBaseline = base.id === r.id;
    const asInput = (x: Row) => ({ score: x.score, version: x.answers.version, itemScores: x.answers.items ?? {} });
    s.results.push({
      id: r.id, completedAt: iso(r.completedAt!), score: r.score!, bandLabel: bandLabel(def, r.band), source: r.source,
      completedByName: r.completedByName, visitType: r.visitType, isBaseline,
      change: isBaseline ? null : toChange(changeSinceBaseline(def, asInput(base), asInput(r))),
      activities: r.answers.activities ?? null,
    });
    if (def.items.some((i) => i.patientDefined)) psfsHistory.set(r.episodeId, [...(psfsHistory.get(r.episodeId) ?? []), r.answers.activities ?? {}]);
  }

  const assigned = rows.filter((r) => r.status === "assigned").map((r) => ({
    id: r.id, episodeTitle: r.episodeTitle, name: definitionOf(r.measure, r.answers.version)?.name ?? r.measure,
    assignedAt: iso(r.assignedAt), assignedByName: r.assignedByName,
  }));
  const lockedPsfs = Object.fromEntries([...psfsHistory].map(([episodeId, history]) => [episodeId, lockedActivities(history)]));
  return { series: [...series.values()], assigned, lockedPsfs };
}

export type PortalOutcome = {
  id: string;
  status: "assigned" | "completed" | "cancelled";
  version: string;
  patientFirstName: string;
  /** PSFS activities named earlier in the episode: shown, not editable */
  lockedActivities: Record<string, string>;
};

/** One questionnaire of the signed-in patient (null for anyone else's); only what the form needs. */
export async function getMyOutcome(db: DbOrTx, caller: Caller, responseId: string): Promise<PortalOutcome | null> {
  if (!/^[0-9a-f-]{36}$/i.test(responseId)) return null;
  const rows = await db.execute<{ id: string; status: PortalOutcome["status"]; version: string; patientFirstName: string; history: Record<string, string>[] }>(sql`
    select r.id, r.status, r.answers->>'version' as version, coalesce(p.preferred_name, p.legal_first_name) as "patientFirstName",
      coalesce((select json_agg(o.answers->'activities' order by o.completed_at) from outcome_responses o
        where o.episode_id = r.episode_id and o.measure = 'PSFS' and o.status = 'completed'
          and o.answers->>'version' = r.answers->>'version' and r.measure = 'PSFS'), '[]') as history
    from outcome_responses r join patients p on p.id = r.patient_id
    where r.id = ${responseId} and ${patientScope(caller)}`);
  const r = rows[0];
  if (!r) return null;
  return { id: r.id, status: r.status, version: r.version, patientFirstName: r.patientFirstName, lockedActivities: lockedActivities(r.history) };
}

export type MyAssignedOutcome = { id: string; name: string; assignedAt: string; patientFirstName: string };

/** For the portal home card: questionnaires waiting for the signed-in patient (or minors they act for), and whether any results exist. */
export async function getMyOutcomeSummary(db: DbOrTx, caller: Caller): Promise<{ assigned: MyAssignedOutcome[]; hasResults: boolean }> {
  const rows = await db.execute<{ id: string; measure: string; status: string; version: string; assignedAt: string; patientFirstName: string }>(sql`
    select r.id, r.measure, r.status, r.answers->>'version' as version, r.assigned_at as "assignedAt", coalesce(p.preferred_name, p.legal_first_name) as "patientFirstName"
    from outcome_responses r join patients p on p.id = r.patient_id
    where ${patientScope(caller)} and r.status in ('assigned', 'completed')
    order by r.assigned_at`);
  return {
    assigned: rows.filter((r) => r.status === "assigned")
      .map((r) => ({ id: r.id, name: definitionOf(r.measure, r.version)?.name ?? r.measure, assignedAt: iso(r.assignedAt), patientFirstName: r.patientFirstName })),
    hasResults: rows.some((r) => r.status === "completed"),
  };
}

export type MyOutcomeScore = { id: string; name: string; completedAt: string; score: number; scoreMax: number; bandLabel: string | null; patientFirstName: string };

/**
 * The signed-in patient's own results as the clinic shares them: the measure, date, score and band.
 * Never answers, clinician names, visits or change flags.
 */
export async function listMyOutcomeScores(db: DbOrTx, caller: Caller): Promise<MyOutcomeScore[]> {
  const rows = await db.execute<{ id: string; measure: string; version: string; completedAt: string; score: number; band: string | null; patientFirstName: string }>(sql`
    select r.id, r.measure, r.answers->>'version' as version, r.completed_at as "completedAt", r.score::float8 as score, r.band,
      coalesce(p.preferred_name, p.legal_first_name) as "patientFirstName"
    from outcome_responses r join patients p on p.id = r.patient_id
    where ${patientScope(caller)} and r.status = 'completed' and r.score is not null
    order by r.completed_at desc`);
  return rows.flatMap((r) => {
    const def = definitionOf(r.measure, r.version);
    return def ? [{ id: r.id, name: def.name, completedAt: iso(r.completedAt), score: r.score, scoreMax: def.scoreRange.max, bandLabel: bandLabel(def, r.band), patientFirstName: r.patientFirstName }] : [];
  });
}
