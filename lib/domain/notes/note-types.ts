/**
 * Note types and the elements each needs before it can be signed (DOMAIN.md §8.1, §5.4), as data.
 * The checks behind each requirement id live in `./note-rules`.
 */

/** Visit types of DOMAIN.md §0. */
export const VISIT_TYPES = ["INITIAL_EXAM", "TREATMENT", "RE_EXAM", "PROGRESS_REPORT", "DISCHARGE", "REFERRAL_ONLY"] as const;
export type VisitType = (typeof VISIT_TYPES)[number];

export const NOTE_TYPES = [
  "INITIAL_EVALUATION", "DAILY_TREATMENT", "RE_EXAM", "PROGRESS_REPORT", "DISCHARGE_SUMMARY", "MASSAGE_SESSION", "COMMUNICATION", "MISSED_VISIT",
] as const;
export type NoteType = (typeof NOTE_TYPES)[number];

export const REQUIREMENTS = {
  // §8.1 S row: "NPRS + change + HEP adherence required on every treatment note".
  TREATMENT_SUBJECTIVE: { section: "S", label: "Pain now (NPRS), change since last visit and home-exercise adherence" },
  // Rules for every note that records treatment (§8.1 O row, §4.1, V3, V17, V18).
  LINES_VALID: { section: "O", label: "Treatment lines complete and valid" },
  LINES_TIMED_MINUTES: { section: "O", label: "Minutes on every timed code" },
  LINES_CONSENT: { section: "O", label: "Consent recorded for lines that need one (HVLA, dry needling, bruising risk)" },
  LINES_ATTESTATIONS: { section: "O", label: "Safety checks and attestations recorded on the lines" },
  FINDING_TREATED_REGION: { section: "O", label: "At least one objective finding tied to the treated region" },
  NO_TREATMENT_WITH_EMERGENCY: { section: "O", label: "No treatment while an EMERGENCY red flag is open" },
  LINES_IN_SCOPE: { section: "O", label: "Every line within the provider's scope" },
  LINES_CONTRAINDICATIONS: { section: "O", label: "No contraindicated line; cautions acknowledged" },
  REFERRAL_IF_RED_FLAG: { section: "P", label: "Referral in the plan when a red flag was raised" },
  RED_FLAG_REASONING: { section: "A", label: "Clinical reasoning documented for a flagged red-flag item" },
  // House rule on every SOAP note: an assessment and a plan in the clinician's words.
  ASSESSMENT_WRITTEN: { section: "A", label: "Assessment written" },
  PLAN_WRITTEN: { section: "P", label: "Plan written" },
  // Per note type.
  TREATMENT_LINES: { section: "O", label: "Treatment performed" },
  DIAGNOSES: { section: "A", label: "Valid diagnoses (ICD-10-CM)" },
  INTAKE_COMPLETE: { section: "S", label: "Full intake" },
  RED_FLAG_SCREEN: { section: "S", label: "Red-flag screen" },
  EXAM_COMPLETE: { section: "O", label: "Complete examination" },
  BASELINE_OUTCOMES: { section: "O", label: "Baseline outcome measures" },
  CARE_PLAN_WITH_GOALS: { section: "P", label: "Plan of care: frequency, duration and goals" },
  CONSENT_TO_TREAT: { section: "NOTE", label: "Consent to treat" },
  EVALUATION_COMPLEXITY: { section: "A", label: "PT evaluation complexity" },
  REMEASURED_OUTCOMES: { section: "O", label: "Outcome measures re-measured" },
  COMPARED_WITH_BASELINE: { section: "O", label: "Key impairments compared with baseline" },
  GOAL_STATUS: { section: "A", label: "Status of every goal" },
  CARE_PLAN_UPDATED: { section: "P", label: "Updated plan of care (frequency and duration)" },
  DISCHARGE_REASON: { section: "A", label: "Discharge reason" },
  EPISODE_DATES: { section: "NOTE", label: "Dates of the episode" },
  TOTAL_VISITS: { section: "NOTE", label: "Total visits" },
  INTERVENTIONS_USED: { section: "A", label: "Interventions used" },
  OUTCOMES_BASELINE_FINAL: { section: "O", label: "Baseline and final outcome scores" },
  HEP_GIVEN: { section: "P", label: "Home-exercise program given" },
  RETURN_TO_SPORT: { section: "P", label: "Return-to-sport status or advice" },
  RECOMMENDATIONS: { section: "P", label: "Recommendations" },
  FOLLOW_UP: { section: "P", label: "Follow-up or referral" },
  HEALTH_CHANGES: { section: "S", label: "Client intake / health changes" },
  AREAS_TREATED: { section: "O", label: "Areas treated" },
  PRESSURE: { section: "O", label: "Pressure" },
  SESSION_DURATION: { section: "O", label: "Session duration" },
  CLIENT_RESPONSE: { section: "A", label: "Client response" },
  SELF_CARE_ADVICE: { section: "P", label: "Self-care advice" },
  COMMUNICATION_WHEN: { section: "NOTE", label: "Date and time" },
  COMMUNICATION_WHO: { section: "NOTE", label: "Who was spoken to" },
  COMMUNICATION_CONTENT: { section: "NOTE", label: "Content" },
  COMMUNICATION_ADVICE: { section: "NOTE", label: "Advice given" },
  MISSED_DATE: { section: "NOTE", label: "Date of the missed visit" },
  MISSED_REASON: { section: "NOTE", label: "Reason" },
  MISSED_RESCHEDULED: { section: "NOTE", label: "Rescheduled?" },
} as const satisfies Record<string, { section: "S" | "O" | "A" | "P" | "NOTE"; label: string }>;
export type RequirementId = keyof typeof REQUIREMENTS;

export interface NoteTypeDef {
  type: NoteType;
  label: string;
  visitTypes: readonly VisitType[];
  /** Whether treatment lines belong on this note at all. */
  treatment: "required" | "allowed" | "none";
  requirements: readonly RequirementId[];
}

/** Checked on every note type that has treatment lines (or must have them). */
export const TREATMENT_REQUIREMENTS: readonly RequirementId[] = [
  "LINES_VALID", "LINES_TIMED_MINUTES", "LINES_CONSENT", "LINES_ATTESTATIONS", "FINDING_TREATED_REGION",
  "NO_TREATMENT_WITH_EMERGENCY", "LINES_IN_SCOPE", "LINES_CONTRAINDICATIONS",
];
/** Checked on every clinical note (not on communications or missed visits). */
export const RED_FLAG_REQUIREMENTS: readonly RequirementId[] = ["REFERRAL_IF_RED_FLAG", "RED_FLAG_REASONING"];

const REEXAM: readonly RequirementId[] = ["TREATMENT_SUBJECTIVE", "REMEASURED_OUTCOMES", "COMPARED_WITH_BASELINE", "GOAL_STATUS", "CARE_PLAN_UPDATED", "RED_FLAG_SCREEN", "DIAGNOSES", "ASSESSMENT_WRITTEN", "PLAN_WRITTEN"];

export const NOTE_TYPE_DEFS: readonly NoteTypeDef[] = [
  {
    type: "INITIAL_EVALUATION", label: "Initial exam / evaluation", visitTypes: ["INITIAL_EXAM"], treatment: "allowed",
    requirements: ["INTAKE_COMPLETE", "RED_FLAG_SCREEN", "EXAM_COMPLETE", "BASELINE_OUTCOMES", "DIAGNOSES", "CARE_PLAN_WITH_GOALS", "CONSENT_TO_TREAT", "EVALUATION_COMPLEXITY", "ASSESSMENT_WRITTEN", "PLAN_WRITTEN"],
  },
  { type: "DAILY_TREATMENT", label: "Daily treatment note", visitTypes: ["TREATMENT"], treatment: "required", requirements: ["TREATMENT_SUBJECTIVE", "TREATMENT_LINES", "DIAGNOSES", "ASSESSMENT_WRITTEN", "PLAN_WRITTEN"] },
  { type: "RE_EXAM", label: "Re-exam", visitTypes: ["RE_EXAM"], treatment: "allowed", requirements: REEXAM },
  { type: "PROGRESS_REPORT", label: "Progress report", visitTypes: ["PROGRESS_REPORT"], treatment: "allowed", requirements: REEXAM },
  {
    type: "DISCHARGE_SUMMARY", label: "Discharge summary", visitTypes: ["DISCHARGE"], treatment: "allowed",
    requirements: ["DISCHARGE_REASON", "EPISODE_DATES", "TOTAL_VISITS", "DIAGNOSES", "INTERVENTIONS_USED", "OUTCOMES_BASELINE_FINAL", "GOAL_STATUS", "HEP_GIVEN", "RETURN_TO_SPORT", "RECOMMENDATIONS", "FOLLOW_UP"],
  },
  {
    type: "MASSAGE_SESSION", label: "Massage session note (LMT)", visitTypes: ["TREATMENT"], treatment: "required",
    requirements: ["HEALTH_CHANGES", "AREAS_TREATED", "TREATMENT_LINES", "PRESSURE", "SESSION_DURATION", "CLIENT_RESPONSE", "SELF_CARE_ADVICE"],
  },
  { type: "COMMUNICATION", label: "Phone / portal communication", visitTypes: [], treatment: "none", requirements: ["COMMUNICATION_WHEN", "COMMUNICATION_WHO", "COMMUNICATION_CONTENT", "COMMUNICATION_ADVICE"] },
  { type: "MISSED_VISIT", label: "Missed visit / cancellation", visitTypes: [], treatment: "none", requirements: ["MISSED_DATE", "MISSED_REASON", "MISSED_RESCHEDULED"] },
];

export const NOTE_TYPE_BY_ID: ReadonlyMap<NoteType, NoteTypeDef> = new Map(NOTE_TYPE_DEFS.map((d) => [d.type, d]));
