/**
 * From what the chart stores to what the signing rules read (DOMAIN.md §8.1). The data layer loads
 * `SigningFacts` in one query; this pure mapping builds the rules' `NoteContent`, so the mapping is
 * unit-tested without a database and signNote, the editor and the tests agree on one rule set.
 */
import type { DocumentedSide } from "@/lib/domain/coding/icd10";
import type { RedFlagAction } from "@/lib/domain/intake/red-flag-labels";
import { findComponent } from "@/lib/domain/treatment/components/catalogue";
import { zonesOfLine } from "@/lib/domain/treatment/line-facts";
import type { ConsentKind, ConsentType, Discipline, TreatmentLine } from "@/lib/domain/treatment/types";
import type { NoteContent } from "./note-content";
import { missingForSignature, type SignatureContext } from "./note-rules";
import type { NoteType } from "./note-types";

export type StoredNoteType = "INITIAL_EVALUATION" | "DAILY" | "RE_EXAM" | "DISCHARGE";

export interface SigningFacts {
  noteType: StoredNoteType;
  authorDiscipline: Discipline | null;
  note: {
    subjective: string; nprsNow: number | null; changeSinceLast: string | null; hepAdherence: string | null;
    objective: string; assessment: string; plan: string;
    referralTo: string; referralReason: string; redFlagReasoning: string; evaluationComplexity: "LOW" | "MODERATE" | "HIGH" | null;
    dischargeReason: string | null; returnToSport: string; recommendations: string; followUp: string; hepGiven: boolean | null;
  };
  lines: TreatmentLine[];
  findingCodes: string[];
  documentedSides: DocumentedSide[];
  diagnoses: string[];
  /** Red flags of the episode no clinician has acknowledged yet. */
  openRedFlags: { id: string; action: RedFlagAction }[];
  intakeStatus: "requested" | "draft" | "submitted" | "accepted" | null;
  consentToTreat: boolean;
  procedureConsents: { kind: ConsentKind; type: ConsentType }[];
  /** Outcome measures completed in the episode since the previous visit (all of them at the first visit). */
  outcomesSincePreviousVisit: string[];
  /** Per measure: the first and latest completed score of the episode. */
  outcomeHistory: { measure: string; baseline: number | null; latest: number | null; count: number }[];
  episode: { openedOn: string; visitDate: string; visits: number };
  /** Components used across the episode's visits. */
  episodeComponents: string[];
  carePlan: { frequency: string; durationWeeks: number; goals: { id: string; status: string | null }[] } | null;
}

/** The episode's current care plan as stored (db/schema/care-plans.ts). */
export type StoredPlan = { phases: { visitsPerWeek: number; weeks: number }[]; goals: { description: string; status: string | null }[] };

/** "3×/week × 2 wk → 2×/week × 3 wk", total weeks, and the goals numbered as the plan shows them (G1, G2…). */
export function planForSigning(plan: StoredPlan): NonNullable<SigningFacts["carePlan"]> {
  return {
    frequency: plan.phases.map((p) => `${p.visitsPerWeek}×/week × ${p.weeks} wk`).join(" → "),
    durationWeeks: plan.phases.reduce((sum, p) => sum + p.weeks, 0),
    goals: plan.goals.map((g, i) => ({ id: `G${i + 1} (${g.description})`, status: g.status })),
  };
}

/** The app's four stored note types; a massage therapist's daily note is a massage session note (§8.1). */
export function ruleNoteType(f: Pick<SigningFacts, "noteType" | "authorDiscipline">): NoteType {
  if (f.noteType === "DAILY") return f.authorDiscipline === "LMT" ? "MASSAGE_SESSION" : "DAILY_TREATMENT";
  return f.noteType === "DISCHARGE" ? "DISCHARGE_SUMMARY" : f.noteType;
}

const present = (s: string) => s.trim().length > 0;

export function ruleContent(f: SigningFacts): NoteContent {
  const n = f.note;
  const treated = [...new Set(f.lines.flatMap((l) => zonesOfLine(l)))];
  const pressures = f.lines.map((l) => l.params.pressure).filter((p): p is string => typeof p === "string");
  const minutes = f.lines.reduce((sum, l) => sum + (l.minutes ?? 0), 0);
  return {
    subjective: {
      nprsNow: n.nprsNow, change: n.changeSinceLast as "BETTER" | "SAME" | "WORSE" | null,
      // "None assigned" is an answer: there is no home program to adhere to.
      hepAdherence: (n.hepAdherence === "NOT_ASSIGNED" ? "NONE" : n.hepAdherence) as "FULL" | "PARTIAL" | "NONE" | null,
      healthChanges: n.subjective,
    },
    objective: {
      // The clinician's objective text is their own record of what they found where they treated.
      findings: [...f.findingCodes.map((code) => ({ code })), ...(present(n.objective) ? [{ zones: treated }] : [])],
      outcomeMeasures: f.noteType === "INITIAL_EVALUATION" ? f.outcomeHistory.map((o) => o.measure) : f.outcomesSincePreviousVisit,
      comparedWithBaseline: f.outcomeHistory.some((o) => o.count >= 2),
      examComplete: f.findingCodes.length > 0,
    },
    treatmentLines: f.lines.map((l) => (f.authorDiscipline ? { ...l, discipline: f.authorDiscipline } : l)),
    assessment: {
      diagnoses: f.diagnoses, documentedSides: f.documentedSides, evaluationComplexity: n.evaluationComplexity,
      redFlagReasoning: n.redFlagReasoning, clientResponse: n.assessment, text: n.assessment,
      goals: f.carePlan?.goals.map((g) => ({ id: g.id, status: g.status as never })) ?? [],
    },
    plan: {
      referrals: present(n.referralTo) || present(n.referralReason) ? [{ to: n.referralTo, reason: n.referralReason }] : [],
      carePlan: f.carePlan ? { frequency: f.carePlan.frequency, durationWeeks: f.carePlan.durationWeeks, goalsCount: f.carePlan.goals.length } : null,
      hepGiven: n.hepGiven === true, selfCareAdvice: n.plan, text: n.plan,
    },
    redFlags: f.openRedFlags,
    redFlagScreenDone: f.intakeStatus === "accepted",
    intakeComplete: f.intakeStatus === "submitted" || f.intakeStatus === "accepted",
    consentToTreat: f.consentToTreat,
    consentsOnFile: f.procedureConsents,
    discharge: {
      reason: n.dischargeReason as never, episodeStart: f.episode.openedOn, episodeEnd: f.episode.visitDate, totalVisits: f.episode.visits,
      interventionsUsed: f.episodeComponents.map((c) => findComponent(c)?.label ?? c),
      outcomes: f.outcomeHistory.map((o) => ({ measure: o.measure, baseline: o.baseline, final: o.latest })),
      returnToSport: n.returnToSport, recommendations: n.recommendations, followUp: n.followUp,
    },
    massage: { areasTreated: treated, pressure: pressures[0], sessionMinutes: minutes },
  };
}

/** Which form field a requirement's message is shown next to; the rest are listed above the form. */
const FIELD_OF: Partial<Record<string, string>> = {
  REFERRAL_IF_RED_FLAG: "referralTo", RED_FLAG_REASONING: "redFlagReasoning", EVALUATION_COMPLEXITY: "evaluationComplexity",
  ASSESSMENT_WRITTEN: "assessment", PLAN_WRITTEN: "plan", CLIENT_RESPONSE: "assessment", SELF_CARE_ADVICE: "plan", HEALTH_CHANGES: "subjective",
  FINDING_TREATED_REGION: "objective", DISCHARGE_REASON: "dischargeReason", RETURN_TO_SPORT: "returnToSport",
  RECOMMENDATIONS: "recommendations", FOLLOW_UP: "followUp", HEP_GIVEN: "hepGiven",
  TREATMENT_LINES: "treatment", LINES_VALID: "treatment", LINES_TIMED_MINUTES: "treatment", LINES_CONSENT: "treatment", LINES_ATTESTATIONS: "treatment",
  LINES_IN_SCOPE: "treatment", LINES_CONTRAINDICATIONS: "treatment", NO_TREATMENT_WITH_EMERGENCY: "treatment", AREAS_TREATED: "treatment",
  PRESSURE: "treatment", SESSION_DURATION: "treatment", DIAGNOSES: "diagnoses",
};

/** Everything that blocks signing, as field → messages (`record` holds what lives elsewhere in the chart). */
export function signingProblems(f: SigningFacts, ctx: Omit<SignatureContext, "discipline"> = {}): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const item of missingForSignature(ruleNoteType(f), ruleContent(f), { ...ctx, discipline: f.authorDiscipline ?? undefined })) {
    const key = item.field ?? FIELD_OF[item.requirement] ?? "record";
    (out[key] ??= []).push(item.message);
  }
  return out;
}
