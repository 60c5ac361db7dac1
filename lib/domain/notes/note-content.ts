/**
 * What the signing rules read from a note (DOMAIN.md §8.1): a plain snapshot of the draft, built
 * by the data layer from the SOAP sections, treatment lines and linked records. Every field is
 * optional because a draft may be incomplete; the rules say what signing still needs.
 */
import type { DocumentedSide } from "@/lib/domain/coding/icd10";
import type { RedFlagAction } from "@/lib/domain/intake/red-flag-labels";
import type { Zone } from "@/lib/domain/treatment/anatomy";
import type { ConsentKind, ConsentType, TreatmentLine } from "@/lib/domain/treatment/types";

export const CHANGE_SINCE_LAST = ["BETTER", "SAME", "WORSE"] as const;
export const HEP_ADHERENCE = ["FULL", "PARTIAL", "NONE"] as const;
/** §5.3 goal status. */
export const GOAL_STATUSES = ["NOT_STARTED", "PROGRESSING", "MET", "PARTIALLY_MET", "NOT_MET", "DISCONTINUED"] as const;
/** §5.4 discharge reasons. */
export const DISCHARGE_REASONS = ["GOALS_MET", "MAX_THERAPEUTIC_BENEFIT", "SELF_DISCHARGE", "NON_ATTENDANCE", "REFERRED_OUT", "TRANSFER_OF_CARE", "BENEFITS_EXHAUSTED", "MOVED_OTHER"] as const;

export interface ObjectiveFinding {
  /** Exam catalogue code; its regions say where the finding is. */
  code?: string;
  /** Where, when the finding has no catalogue code (or to be more precise than its regions). */
  zones?: readonly Zone[];
}

export interface NoteContent {
  subjective?: {
    nprsNow?: number | null;
    change?: (typeof CHANGE_SINCE_LAST)[number] | null;
    changePct?: number;
    hepAdherence?: (typeof HEP_ADHERENCE)[number] | null;
    hepBarriers?: string;
    /** Massage intake: health changes since the last session. */
    healthChanges?: string;
  };
  objective?: {
    findings?: readonly ObjectiveFinding[];
    /** Outcome measures scored at this visit (ODI, NPRS, LEFS, PSFS, RMDQ). */
    outcomeMeasures?: readonly string[];
    /** Key impairments and outcomes shown against the baseline (re-exam / progress report). */
    comparedWithBaseline?: boolean;
    examComplete?: boolean;
  };
  treatmentLines?: readonly TreatmentLine[];
  assessment?: {
    diagnoses?: readonly string[];
    /** Sides documented in the exam / complaint, for ICD laterality (V4). */
    documentedSides?: readonly DocumentedSide[];
    goals?: readonly { id: string; status?: (typeof GOAL_STATUSES)[number] | null }[];
    /** PT evaluations: LOW / MODERATE / HIGH complexity (97161–97163). */
    evaluationComplexity?: "LOW" | "MODERATE" | "HIGH" | null;
    /** Clinical reasoning for a FLAG-level red flag (§1.6 "require clinician to document reasoning"). */
    redFlagReasoning?: string;
    clientResponse?: string;
    /** The assessment in the clinician's words. */
    text?: string;
  };
  plan?: {
    referrals?: readonly { to: string; reason: string }[];
    carePlan?: { frequency?: string; durationWeeks?: number; goalsCount?: number } | null;
    hepGiven?: boolean;
    selfCareAdvice?: string;
    /** The plan in the clinician's words. */
    text?: string;
  };
  /** Red-flag findings raised or still open at this visit. */
  redFlags?: readonly { id: string; action: RedFlagAction }[];
  redFlagScreenDone?: boolean;
  intakeComplete?: boolean;
  consentToTreat?: boolean;
  /** Procedure consents already on file for the episode (a first-time HVLA consent covers later visits). */
  consentsOnFile?: readonly { kind: ConsentKind; type: ConsentType }[];
  discharge?: {
    reason?: (typeof DISCHARGE_REASONS)[number] | null;
    episodeStart?: string;
    episodeEnd?: string;
    totalVisits?: number;
    interventionsUsed?: readonly string[];
    outcomes?: readonly { measure: string; baseline: number | null; final: number | null }[];
    returnToSport?: string;
    recommendations?: string;
    followUp?: string;
  };
  massage?: { areasTreated?: readonly string[]; pressure?: string; sessionMinutes?: number };
  communication?: { at?: string; with?: string; content?: string; advice?: string };
  missedVisit?: { date?: string; reason?: string; rescheduled?: boolean | null };
}
