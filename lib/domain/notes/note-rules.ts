/**
 * What still blocks signing a note (DOMAIN.md §8.1–8.2, V3, V17, V18, V20). Each requirement id of
 * `./note-types` has one check here returning the messages to show (none = satisfied). The scope
 * and contraindication checks run when the caller passes the provider and patient context.
 */
import { resolveLineCode } from "@/lib/domain/coding/cpt";
import { isTimedCode } from "@/lib/domain/coding/cpt-codes";
import { validateDiagnoses } from "@/lib/domain/coding/icd10";
import { findExamItem } from "@/lib/domain/exams/catalogue/catalogue";
import type { ExamRegion } from "@/lib/domain/exams/catalogue/types";
import type { Zone } from "@/lib/domain/treatment/anatomy";
import { findComponent } from "@/lib/domain/treatment/components/catalogue";
import type { ContraindicationContext } from "@/lib/domain/treatment/contraindication-context";
import { checkLine } from "@/lib/domain/treatment/contraindications";
import { consentNeeded, missingAttestations, zonesOfLine } from "@/lib/domain/treatment/line-facts";
import { validateLine } from "@/lib/domain/treatment/line-schema";
import { checkScope, type ScopeConfig } from "@/lib/domain/treatment/scope";
import type { Discipline, TreatmentLine } from "@/lib/domain/treatment/types";
import type { NoteContent } from "./note-content";
import { NOTE_TYPE_BY_ID, RED_FLAG_REQUIREMENTS, REQUIREMENTS, TREATMENT_REQUIREMENTS, type NoteType, type RequirementId } from "./note-types";

export interface SignatureContext {
  /** The signing clinician's role (scope, PT evaluation complexity, CMT vs 97140). */
  discipline?: Discipline;
  scope?: ScopeConfig;
  /** Patient history and open red-flag restrictions; when given, every line is checked (V18). */
  contraindications?: ContraindicationContext;
}

export interface MissingItem {
  requirement: RequirementId;
  section: "S" | "O" | "A" | "P" | "NOTE";
  message: string;
  /** The note field the message belongs to, where one requirement covers several fields. */
  field?: string;
}

/** A message, or a message tied to one field of the note. */
type Problem = string | { field: string; message: string };
type Check = (note: NoteContent, ctx: SignatureContext) => Problem[];

const present = (s: string | undefined | null) => typeof s === "string" && s.trim().length > 0;
const need = (ok: boolean, message: string) => (ok ? [] : [message]);
const linesOf = (note: NoteContent, ctx: SignatureContext): TreatmentLine[] =>
  (note.treatmentLines ?? []).map((l) => (l.discipline || !ctx.discipline ? l : { ...l, discipline: ctx.discipline }));
const lineName = (line: TreatmentLine, i: number) => `Line ${i + 1} (${findComponent(line.componentCode)?.label ?? line.componentCode})`;
const perLine = (note: NoteContent, ctx: SignatureContext, f: (line: TreatmentLine, name: string) => string[]) =>
  linesOf(note, ctx).flatMap((line, i) => f(line, lineName(line, i)));

/** Where exam findings sit, in treatment zones (a hip exam covers the buttock). */
const EXAM_REGION_ZONES: Readonly<Record<ExamRegion, readonly Zone[]>> = {
  LUMBAR: ["LUMBAR"], SIJ: ["PELVIC", "SACRAL"], PELVIS: ["PELVIC", "SACRAL"], HIP: ["HIP", "GLUTEAL"],
  PIRIFORMIS: ["GLUTEAL"], ITB: ["THIGH", "KNEE", "HIP"], THIGH: ["THIGH"], LEG: ["LEG"],
};

const REFERRAL_ACTIONS = ["EMERGENCY", "URGENT_REFERRAL", "ROUTINE_REFERRAL"];

const CHECKS: Readonly<Record<RequirementId, Check>> = {
  TREATMENT_SUBJECTIVE: (n) => {
    const s = n.subjective ?? {};
    const nprs = s.nprsNow;
    const tag = (field: string) => (message: string) => ({ field, message });
    return [
      ...need(typeof nprs === "number" && Number.isInteger(nprs) && nprs >= 0 && nprs <= 10, "Record pain now (NPRS 0–10)").map(tag("nprsNow")),
      ...need(!!s.change, "Record the change since the last visit (better / same / worse)").map(tag("changeSinceLast")),
      ...need(!!s.hepAdherence, "Record home-exercise adherence (full / partial / none)").map(tag("hepAdherence")),
    ];
  },
  LINES_VALID: (n, c) => perLine(n, c, (line, name) => validateLine(line).map((e) => `${name}: ${e.message}`)),
  LINES_TIMED_MINUTES: (n, c) => perLine(n, c, (line, name) => {
    const r = resolveLineCode(line);
    return r.kind === "CODE" && isTimedCode(r.code) && !(line.minutes && line.minutes > 0) ? [`${name}: ${r.code} is timed, record the minutes`] : [];
  }),
  LINES_CONSENT: (n, c) => perLine(n, c, (line, name) => {
    const spec = consentNeeded(line);
    if (!spec) return [];
    const onLine = line.consent !== undefined && spec.types.includes(line.consent.type);
    const onFile = (n.consentsOnFile ?? []).some((x) => x.kind === spec.kind && spec.types.includes(x.type));
    return onLine || onFile ? [] : [`${name}: record the ${spec.types.length === 1 ? `${spec.types[0].toLowerCase()} ` : ""}consent (${spec.why})`];
  }),
  LINES_ATTESTATIONS: (n, c) => perLine(n, c, (line, name) => missingAttestations(line).map((a) => `${name}: confirm "${a}"`)),
  FINDING_TREATED_REGION: (n, c) => {
    const lines = linesOf(n, c);
    if (lines.length === 0) return [];
    const treated = new Set(lines.flatMap((l) => zonesOfLine(l)));
    const findings = n.objective?.findings ?? [];
    const zonesOf = (f: (typeof findings)[number]) => [...(f.zones ?? []), ...(f.code ? (findExamItem(f.code)?.regions ?? []).flatMap((r) => EXAM_REGION_ZONES[r]) : [])];
    const tied = findings.some((f) => treated.size === 0 || zonesOf(f).some((z) => treated.has(z)));
    return need(tied, "Record at least one objective finding for the region treated");
  },
  NO_TREATMENT_WITH_EMERGENCY: (n) =>
    need(!((n.redFlags ?? []).some((f) => f.action === "EMERGENCY") && (n.treatmentLines ?? []).length > 0), "An EMERGENCY red flag is open: remove the treatment lines (V3)"),
  LINES_IN_SCOPE: (n, c) => perLine(n, c, (line, name) => {
    if (!line.discipline) return [];
    const r = checkScope(line.discipline, line.componentCode, c.scope);
    return r.allowed ? [] : [`${name}: ${r.reason}`];
  }),
  LINES_CONTRAINDICATIONS: (n, c) => {
    if (!c.contraindications) return [];
    return perLine(n, c, (line, name) => {
      const r = checkLine(line, c.contraindications);
      if (r.status === "ok") return [];
      const reason = line.override?.reason?.trim();
      if (reason && r.overridable) return [];
      if (r.status === "blocked" && !r.overridable) return [`${name} is contraindicated: ${r.reasons.join("; ")}`];
      return [`${name}: ${r.status === "blocked" ? "override" : "acknowledge"} with a reason: ${r.reasons.join("; ")}`];
    });
  },
  REFERRAL_IF_RED_FLAG: (n) => {
    const raised = (n.redFlags ?? []).filter((f) => REFERRAL_ACTIONS.includes(f.action));
    return need(raised.length === 0 || (n.plan?.referrals ?? []).some((r) => present(r.to) && present(r.reason)), `Red flag ${raised.map((f) => f.id).join(", ")} raised: record the referral (to whom and why) in the plan`);
  },
  RED_FLAG_REASONING: (n) => {
    const flagged = (n.redFlags ?? []).filter((f) => f.action === "FLAG");
    return need(flagged.length === 0 || present(n.assessment?.redFlagReasoning), `Red flag ${flagged.map((f) => f.id).join(", ")}: document your clinical reasoning in the assessment`);
  },
  ASSESSMENT_WRITTEN: (n) => need(present(n.assessment?.text), "Write the assessment"),
  PLAN_WRITTEN: (n) => need(present(n.plan?.text), "Write the plan"),
  TREATMENT_LINES: (n) => need((n.treatmentLines ?? []).length > 0, "Record the treatment performed"),
  DIAGNOSES: (n) => {
    const dx = n.assessment?.diagnoses ?? [];
    if (dx.length === 0) return ["Add at least one diagnosis"];
    return validateDiagnoses(dx, n.assessment?.documentedSides ?? []).issues.filter((i) => i.severity === "error").map((i) => i.message);
  },
  INTAKE_COMPLETE: (n) => need(n.intakeComplete === true, "Complete the intake"),
  RED_FLAG_SCREEN: (n) => need(n.redFlagScreenDone === true, "Complete the red-flag screen"),
  EXAM_COMPLETE: (n) => need(n.objective?.examComplete === true, "Complete the examination"),
  BASELINE_OUTCOMES: (n) => need((n.objective?.outcomeMeasures ?? []).length > 0, "Score at least one baseline outcome measure"),
  CARE_PLAN_WITH_GOALS: (n) => {
    const p = n.plan?.carePlan;
    return need(!!p && present(p.frequency) && (p.durationWeeks ?? 0) > 0 && (p.goalsCount ?? 0) > 0, "Set the plan of care: frequency, duration in weeks and at least one goal");
  },
  CONSENT_TO_TREAT: (n) => need(n.consentToTreat === true, "Record consent to treat"),
  EVALUATION_COMPLEXITY: (n, c) => need(c.discipline !== "PT" || !!n.assessment?.evaluationComplexity, "Choose the evaluation complexity (low / moderate / high)"),
  REMEASURED_OUTCOMES: (n) => need((n.objective?.outcomeMeasures ?? []).length > 0, "Re-measure the outcome measures"),
  COMPARED_WITH_BASELINE: (n) => need(n.objective?.comparedWithBaseline === true, "Compare key impairments and outcomes with the baseline"),
  GOAL_STATUS: (n) => {
    const goals = n.assessment?.goals ?? [];
    if (goals.length === 0) return ["Add the goal status table"];
    return goals.filter((g) => !g.status).map((g) => `Give a status for goal ${g.id}`);
  },
  CARE_PLAN_UPDATED: (n) => need(!!n.plan?.carePlan && present(n.plan.carePlan.frequency) && (n.plan.carePlan.durationWeeks ?? 0) > 0, "Update the plan of care (frequency and duration)"),
  DISCHARGE_REASON: (n) => need(!!n.discharge?.reason, "Choose the discharge reason"),
  EPISODE_DATES: (n) => need(present(n.discharge?.episodeStart) && present(n.discharge?.episodeEnd), "Record the first and last dates of the episode"),
  TOTAL_VISITS: (n) => need(typeof n.discharge?.totalVisits === "number", "Record the total number of visits"),
  INTERVENTIONS_USED: (n) => need((n.discharge?.interventionsUsed ?? []).length > 0, "List the interventions used"),
  OUTCOMES_BASELINE_FINAL: (n) => {
    const o = n.discharge?.outcomes ?? [];
    return need(o.length > 0 && o.every((x) => x.baseline !== null && x.final !== null), "Give baseline and final scores for each outcome measure");
  },
  HEP_GIVEN: (n) => need(n.plan?.hepGiven === true, "Record the home-exercise program given"),
  RETURN_TO_SPORT: (n) => need(present(n.discharge?.returnToSport), "Record return-to-sport status or advice"),
  RECOMMENDATIONS: (n) => need(present(n.discharge?.recommendations), "Record recommendations"),
  FOLLOW_UP: (n) => need(present(n.discharge?.followUp), "Record follow-up or referral"),
  HEALTH_CHANGES: (n) => need(present(n.subjective?.healthChanges), "Record the client's health changes since the last session"),
  AREAS_TREATED: (n) => need((n.massage?.areasTreated ?? []).length > 0, "Record the areas treated"),
  PRESSURE: (n) => need(present(n.massage?.pressure), "Record the pressure used"),
  SESSION_DURATION: (n) => need((n.massage?.sessionMinutes ?? 0) > 0, "Record the session duration"),
  CLIENT_RESPONSE: (n) => need(present(n.assessment?.clientResponse), "Record the client's response"),
  SELF_CARE_ADVICE: (n) => need(present(n.plan?.selfCareAdvice), "Record the self-care advice given"),
  COMMUNICATION_WHEN: (n) => need(present(n.communication?.at), "Record the date and time"),
  COMMUNICATION_WHO: (n) => need(present(n.communication?.with), "Record who you spoke to"),
  COMMUNICATION_CONTENT: (n) => need(present(n.communication?.content), "Record what was discussed"),
  COMMUNICATION_ADVICE: (n) => need(present(n.communication?.advice), "Record the advice given"),
  MISSED_DATE: (n) => need(present(n.missedVisit?.date), "Record the date of the missed visit"),
  MISSED_REASON: (n) => need(present(n.missedVisit?.reason), "Record the reason"),
  MISSED_RESCHEDULED: (n) => need(typeof n.missedVisit?.rescheduled === "boolean", "Say whether the visit was rescheduled"),
};

/** The requirement ids that apply to this note, in display order. */
export function requirementsFor(noteType: NoteType, note: NoteContent): RequirementId[] {
  const def = NOTE_TYPE_BY_ID.get(noteType);
  if (!def) throw new Error(`Unknown note type ${noteType}`);
  const hasLines = (note.treatmentLines ?? []).length > 0;
  const treatment = def.treatment === "required" || hasLines ? TREATMENT_REQUIREMENTS : [];
  const redFlags = def.treatment === "none" ? [] : RED_FLAG_REQUIREMENTS;
  return [...new Set<RequirementId>([...def.requirements, ...treatment, ...redFlags])];
}

/** Everything that blocks signing, as messages grouped by SOAP section; empty = the note may be signed. */
export function missingForSignature(noteType: NoteType, note: NoteContent, context: SignatureContext = {}): MissingItem[] {
  const def = NOTE_TYPE_BY_ID.get(noteType);
  const items: MissingItem[] = [];
  if (def?.treatment === "none" && (note.treatmentLines ?? []).length > 0) {
    items.push({ requirement: "TREATMENT_LINES", section: "O", message: `A ${def.label.toLowerCase()} records no treatment: remove the treatment lines` });
  }
  for (const id of requirementsFor(noteType, note)) {
    for (const p of CHECKS[id](note, context)) {
      items.push(typeof p === "string" ? { requirement: id, section: REQUIREMENTS[id].section, message: p } : { requirement: id, section: REQUIREMENTS[id].section, ...p });
    }
  }
  return items;
}

/**
 * §8.2 co-signature: PTA and student notes always go to the supervising licensed clinician;
 * LMT / aide notes only where the clinic (or payer) requires it.
 */
export function needsCoSignature(author: { discipline?: Discipline; isStudent?: boolean }, settings: { lmtNotesNeedCoSignature?: boolean } = {}): boolean {
  if (author.isStudent) return true;
  if (author.discipline === "PTA") return true;
  return author.discipline === "LMT" && settings.lmtNotesNeedCoSignature === true;
}
