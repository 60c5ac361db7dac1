import type { CarePlan, CarePlanActivity, Goal } from "@medplum/fhirtypes";
import { findMeasure } from "@/lib/domain/outcomes/measures";
import { BundleError, LOCAL, LOINC_SCORE, SYSTEM, codeIn, coding, compact, derivedId, extJson, quantity, readJson } from "./codes";
import { idOfRef, ref } from "./map-people";
import type { CarePlanRow, GoalRow } from "./record";

const PLAN_STATUS: Record<CarePlanRow["status"], CarePlan["status"]> = { active: "active", completed: "completed", discontinued: "revoked" };
const GOAL_LIFECYCLE: Record<string, Goal["lifecycleStatus"]> = {
  NOT_STARTED: "accepted", PROGRESSING: "active", MET: "completed", PARTIALLY_MET: "completed", NOT_MET: "completed", DISCONTINUED: "cancelled",
};
const GOAL_ACHIEVEMENT: Record<string, string> = {
  NOT_STARTED: "in-progress", PROGRESSING: "improving", MET: "achieved", PARTIALLY_MET: "no-progress", NOT_MET: "not-achieved", DISCONTINUED: "not-attainable",
};

type Details = Omit<CarePlanRow, "id" | "episodeId" | "goals" | "createdBy" | "createdAt" | "startDate">;

const measureCoding = (measure: string) => [
  ...(LOINC_SCORE[measure] ? [coding(SYSTEM.loinc, LOINC_SCORE[measure].code, LOINC_SCORE[measure].display)] : []),
  coding(LOCAL.outcomeMeasure, measure, findMeasure(measure)?.name),
];

export const goalId = (planId: string, index: number) => derivedId(planId, `goal-${index}`);

function mapGoal(g: GoalRow, id: string, patientId: string, startDate: string): Goal {
  return compact({
    resourceType: "Goal" as const,
    id,
    extension: extJson("goal-details", g),
    lifecycleStatus: GOAL_LIFECYCLE[g.status] ?? "active",
    achievementStatus: { coding: [coding("http://terminology.hl7.org/CodeSystem/goal-achievement", GOAL_ACHIEVEMENT[g.status] ?? "in-progress")], text: g.status },
    category: [{ coding: [coding(LOCAL.recordKind, `goal-domain-${g.domain}`)], text: g.domain }],
    description: { text: g.description },
    subject: ref(patientId),
    startDate,
    target: [compact({
      measure: g.measure === "OTHER" ? { text: g.unit } : { coding: measureCoding(g.measure) },
      detailQuantity: { ...quantity(g.targetValue, g.unit || null), comparator: g.comparator },
      dueDate: g.targetDate,
    })],
    statusReason: g.statusReason ?? undefined,
    note: [{ text: `${g.type === "LONG_TERM" ? "Long-term" : "Short-term"} goal; baseline ${g.baselineValue}${g.unit ? ` ${g.unit}` : ""}` }],
  });
}

function activities(c: CarePlanRow): CarePlanActivity[] {
  const status = c.isCurrent && c.status === "active" ? ("scheduled" as const) : ("stopped" as const);
  return [
    ...c.phases.map((p, i): CarePlanActivity => ({
      detail: {
        kind: "Appointment", status,
        description: `Phase ${i + 1}: ${p.visitsPerWeek} visit${p.visitsPerWeek === 1 ? "" : "s"} a week for ${p.weeks} week${p.weeks === 1 ? "" : "s"}`,
        scheduledTiming: { repeat: { frequency: p.visitsPerWeek, period: 1, periodUnit: "wk", boundsDuration: { value: p.weeks, unit: "wk", system: SYSTEM.ucum, code: "wk" } } },
      },
    })),
    ...c.outcomeMeasures.map((o): CarePlanActivity => ({
      detail: { kind: "ServiceRequest", status, code: { coding: measureCoding(o.measure) }, description: `${findMeasure(o.measure)?.name ?? o.measure} every ${o.everyVisits} visits` },
    })),
    ...(c.reexamEveryVisits || c.reexamEveryDays ? [{
      detail: {
        kind: "Appointment" as const, status,
        description: `Re-examination every ${[c.reexamEveryVisits ? `${c.reexamEveryVisits} visits` : "", c.reexamEveryDays ? `${c.reexamEveryDays} days` : ""].filter(Boolean).join(" or ")}`,
      },
    }] : []),
  ];
}

/**
 * One version of a plan of care as a CarePlan (phases, outcome measures and re-exams as activities,
 * discharge criteria as a note) with a Goal per SMART goal. Versions of an episode's plan chain by
 * `replaces`; everything the import needs that FHIR has no element for rides in one extension.
 */
export function mapCarePlan(c: CarePlanRow, previous: CarePlanRow | undefined, patientId: string): (CarePlan | Goal)[] {
  const goals = c.goals.map((g, i) => mapGoal(g, goalId(c.id, i), patientId, c.startDate));
  const details: Details = {
    version: c.version, isCurrent: c.isCurrent, status: c.status, phases: c.phases, reexamEveryVisits: c.reexamEveryVisits, reexamEveryDays: c.reexamEveryDays,
    outcomeMeasures: c.outcomeMeasures, dischargeCriteria: c.dischargeCriteria, preferredTimes: c.preferredTimes, changeReason: c.changeReason, supersededAt: c.supersededAt,
  };
  const plan: CarePlan = compact({
    resourceType: "CarePlan" as const,
    id: c.id,
    extension: extJson("care-plan-details", details),
    replaces: previous ? [ref(previous.id)] : [],
    status: c.isCurrent ? PLAN_STATUS[c.status] : ("revoked" as const),
    intent: "plan" as const,
    category: [{ coding: [coding(LOCAL.recordKind, "care-plan", "Plan of care")] }],
    title: `Plan of care (version ${c.version})`,
    subject: ref(patientId),
    period: { start: c.startDate },
    created: c.createdAt,
    author: ref(c.createdBy),
    supportingInfo: [ref(c.episodeId)],
    goal: goals.map((g) => ref(g.id!)),
    activity: activities(c),
    note: c.dischargeCriteria ? [{ text: `Discharge criteria: ${c.dischargeCriteria}` }] : [],
  });
  return [plan, ...goals];
}

export function parseCarePlans(plans: readonly CarePlan[], goals: readonly Goal[]): CarePlanRow[] {
  const goalsById = new Map(goals.map((g) => [g.id, g]));
  return plans.filter((c) => codeIn(c.category?.[0], LOCAL.recordKind) === "care-plan").map((c): CarePlanRow => {
    const d = readJson<Details>(c, "care-plan-details");
    if (!d || !c.id) throw new BundleError("The bundle is missing a care plan's details.");
    return {
      ...d, id: c.id, episodeId: idOfRef(c.supportingInfo?.[0]) ?? "", startDate: c.period?.start ?? "", createdAt: c.created ?? "",
      createdBy: idOfRef(c.author) ?? "",
      goals: (c.goal ?? []).map((r) => goalsById.get(idOfRef(r) ?? "")).map((g) => {
        const row = g ? readJson<GoalRow>(g, "goal-details") : null;
        if (!row) throw new BundleError("The bundle is missing a care plan goal.");
        return row;
      }),
    };
  });
}
