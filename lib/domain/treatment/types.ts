/**
 * The treatment line and its common fields (DOMAIN.md §4.1), shared by the component catalogue,
 * the scope check, the contraindication engine, billing and the note rules. Plain data only.
 */
import { SIDES, type Side } from "@/lib/domain/exams/catalogue/types";

export { SIDES, type Side };

/** Clinicians who record treatment lines (DOMAIN.md §0 provider roles, §4.0 columns). */
export const DISCIPLINES = ["DC", "PT", "PTA", "LMT"] as const;
export type Discipline = (typeof DISCIPLINES)[number];

export const DISCIPLINE_LABELS: Readonly<Record<Discipline, string>> = {
  DC: "Chiropractor (DC)",
  PT: "Physical therapist (PT)",
  PTA: "Physical therapist assistant (PTA)",
  LMT: "Massage therapist (LMT)",
};

export const PATIENT_POSITIONS = ["PRONE", "SUPINE", "SIDE_LYING_L", "SIDE_LYING_R", "SEATED", "STANDING", "HALF_KNEELING", "QUADRUPED"] as const;
export type PatientPosition = (typeof PATIENT_POSITIONS)[number];

/** `ADVERSE_EVENT` opens the incident sub-form (§4.1). */
export const LINE_RESPONSES = ["TOLERATED_WELL", "IMMEDIATE_IMPROVEMENT", "NO_CHANGE", "MILD_SORENESS", "INCREASED_PAIN", "ADVERSE_EVENT"] as const;
export type LineResponse = (typeof LINE_RESPONSES)[number];

export const CONSENT_TYPES = ["VERBAL", "WRITTEN"] as const;
export type ConsentType = (typeof CONSENT_TYPES)[number];

/** What a procedure consent covers; an episode-level consent of the same kind satisfies later lines. */
export const CONSENT_KINDS = ["HVLA", "DRY_NEEDLING", "BRUISING_RISK"] as const;
export type ConsentKind = (typeof CONSENT_KINDS)[number];

export type ParamValue = string | number | boolean | readonly string[];
export type LineParams = Readonly<Record<string, ParamValue | undefined>>;

/**
 * One treatment line as recorded on a visit. `params` are the component's own parameters (§4.2);
 * region/segment/structure live there because which one applies depends on the component.
 * `minutes` is the one time field: every DOMAIN.md `duration_min` maps to it, so billing, the note's
 * total treatment time and the component's dose never disagree.
 */
export interface TreatmentLine {
  componentCode: string;
  params: LineParams;
  side?: Side;
  position?: PatientPosition;
  minutes?: number;
  /** Role of the rendering provider (drives scope §4.0 and CMT vs 97140 billing). */
  discipline?: Discipline;
  response?: LineResponse;
  preNprs?: number;
  postNprs?: number;
  /** Consent recorded on this line (§4.1 `consent_obtained` + type). */
  consent?: { type: ConsentType };
  /** A clinician's CPT/HCPCS choice replacing the derived suggestion (§4.1 `cpt_code`). */
  cptOverride?: string;
  /** An override / acknowledgement of a contraindication result, with the clinician's reason. */
  override?: { reason: string };
}
