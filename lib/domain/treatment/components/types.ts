/**
 * Shape of the treatment-component catalogue (DOMAIN.md §4.2). Every component is data: its
 * parameters (type, unit, range, options), how it bills (§7.3), whether it needs a procedure
 * consent (§4.1), which §4.0 scope row it falls under, and the tags the contraindication engine
 * (§4.3) matches on. Forms, the server and the note rules all read this one description.
 */
import type { AnatomyListId, Zone } from "../anatomy";
import type { ConsentKind, ConsentType, Discipline, LineParams } from "../types";

export const COMPONENT_CODES = [
  "MANIPULATION", "JOINT_MOBILISATION", "FLEXION_DISTRACTION", "MECHANICAL_TRACTION",
  "AIS", "PNF_CONTRACT_RELAX", "STATIC_STRETCH", "MET",
  "COMPRESSION", "TRIGGER_POINT", "KNEADING", "EFFLEURAGE", "CROSS_FRICTION", "MYOFASCIAL_RELEASE", "TAPOTEMENT_VIBRATION",
  "IASTM", "ART", "CUPPING",
  "TENS_CONVENTIONAL", "TENS_ACUPUNCTURE_LIKE", "TENS_BURST", "IFC", "NMES", "RUSSIAN_CURRENT", "HVPC", "MICROCURRENT",
  "ULTRASOUND", "MOIST_HEAT", "COLD_PACK", "ICE_MASSAGE", "INFRARED_LASER",
  "DRY_NEEDLING", "TAPING",
  "THERAPEUTIC_EXERCISE", "NEUROMUSCULAR_REEDUCATION", "THERAPEUTIC_ACTIVITIES", "SELF_CARE_INSTRUCTION", "GAIT_RETRAINING",
] as const;
export type ComponentCode = (typeof COMPONENT_CODES)[number];

export const COMPONENT_CATEGORIES = [
  "MANIPULATION", "MOBILISATION", "TRACTION", "STRETCHING", "SOFT_TISSUE", "TRIGGER_POINT", "IASTM", "ART", "CUPPING",
  "ELECTROTHERAPY", "ULTRASOUND", "HEAT_COLD", "PHOTOBIOMODULATION", "DRY_NEEDLING", "TAPING", "EXERCISE",
] as const;
export type ComponentCategory = (typeof COMPONENT_CATEGORIES)[number];

/**
 * Rows of the §4.0 scope-of-practice matrix. `THERAPEUTIC_EXERCISE` is not a §4.0 row: in-clinic
 * exercise codes (97110/97112/97530/97116) need a row, and §7.3's typical billers give it.
 */
export const SCOPE_ACTIVITIES = [
  "DIAGNOSIS", "HVLA_MANIPULATION", "JOINT_MOBILISATION", "SOFT_TISSUE", "AIS_PNF_STRETCHING", "MODALITIES",
  "DRY_NEEDLING", "KINESIOLOGY_TAPING", "HOME_EXERCISE", "THERAPEUTIC_EXERCISE",
] as const;
export type ScopeActivity = (typeof SCOPE_ACTIVITIES)[number];

/** Provider credentials a scope cell or a component can require. */
export const CREDENTIALS = ["ART_CERTIFIED", "IASTM_CERTIFIED", "DRY_NEEDLING_SCOPE"] as const;
export type Credential = (typeof CREDENTIALS)[number];

/** What a line does, as the contraindication engine sees it. */
export const TREATMENT_TAGS = [
  "MANIPULATION", "THRUST", "HIGH_FORCE_THRUST", "DROP", "TRACTION", "MOBILISATION", "MANUAL", "STRETCHING",
  "SOFT_TISSUE", "DEEP_PRESSURE", "DEEP_FRICTION", "IASTM", "CUPPING",
  "E_STIM", "ADHESIVE_ELECTRODES", "ULTRASOUND", "DIATHERMY", "HEAT", "COLD", "DRY_NEEDLING", "ADHESIVE_TAPE",
  "EXERCISE", "IMPACT", "HEAVY_LOADING", "RUNNING", "LOADED_SPINAL_FLEXION", "HIP_PRECAUTION_POSITION",
  "PRONE", "SUPINE",
] as const;
export type TreatmentTag = (typeof TREATMENT_TAGS)[number];

export interface Option {
  value: string;
  label: string;
}

export interface NumRange {
  min: number;
  max: number;
}

interface ParamBase {
  key: string;
  label: string;
  /** Must be present for the line to be saved. */
  required?: boolean;
  /** May be blank on a draft but must be recorded before the note is signed (attestations, checks). */
  requiredAtSignature?: boolean;
  help?: string;
  /** Added to the "must be from … to …" / "choose one of …" message: why the range is what it is. */
  rangeNote?: string;
}

export type ParamSpec = ParamBase & (
  | { kind: "int" | "number"; unit: string; range: NumRange; step?: number; typical?: NumRange; default?: number }
  | { kind: "enum"; options: readonly Option[]; default?: string }
  | { kind: "multi"; options: readonly Option[]; minItems: number; maxItems: number; default?: readonly string[] }
  | { kind: "anatomy"; list: AnatomyListId; multi?: { maxItems: number }; default?: string | readonly string[] }
  | { kind: "bool"; default?: boolean }
  | { kind: "text"; maxLength: number; pattern?: { regex: RegExp; message: string }; default?: string }
);
export type ParamKind = ParamSpec["kind"];

/** A rule across parameters; `path` is the parameter the message belongs to. */
export interface ParamRule {
  path: string;
  message: string;
  valid: (p: LineParams) => boolean;
}

/**
 * How a line bills (§7.3). `CMT_FOR_DC`: a DC's line counts toward the day's CMT code (9894x),
 * anyone else's bills `otherwise`. `ESTIM`: unattended 97014 (G0283 for Medicare), or the attended
 * code when the `attended` parameter is true. `DRY_NEEDLING`: 20560 / 20561 by muscles treated.
 * `BY_PARAM`: the code depends on one parameter (null = no code; needs a clinician's choice).
 * `NONE`: not separately billed by default.
 */
export type BillingSpec =
  | { kind: "CPT"; code: string; alternatives?: readonly string[] }
  | { kind: "CMT_FOR_DC"; otherwise: string }
  | { kind: "ESTIM"; attendedCode?: string }
  | { kind: "DRY_NEEDLING" }
  | { kind: "BY_PARAM"; param: string; codes: Readonly<Record<string, string | null>> }
  | { kind: "NONE"; note: string };

export interface ConsentSpec {
  kind: ConsentKind;
  /** Consent types that satisfy it (dry needling: written only). */
  types: readonly ConsentType[];
  why: string;
  /** Only when the parameters say so (myofascial release with cups or an instrument). */
  when?: (p: LineParams) => boolean;
}

export interface ComponentDef {
  code: ComponentCode;
  label: string;
  category: ComponentCategory;
  /** DOMAIN.md section, for reviewers. */
  source: string;
  scope: ScopeActivity;
  params: readonly ParamSpec[];
  rules?: readonly ParamRule[];
  /** Range and typical dose of the line's `minutes` (DOMAIN.md `duration_min`). */
  minutes?: { range: NumRange; typical?: NumRange; default?: number };
  billing: BillingSpec;
  /** Timed (15-minute) code? `DEPENDS`: on the provider (CMT vs 97140) or a parameter (attended NMES). */
  timed: boolean | "DEPENDS";
  consent?: ConsentSpec;
  /** Technique certification the provider must hold, for the disciplines listed. */
  certification?: { credential: Credential; disciplines: readonly Discipline[] };
  tags: readonly TreatmentTag[];
  /** Tags that depend on the parameters (drop technique, pressure, impact). */
  paramTags?: (p: LineParams) => readonly TreatmentTag[];
  /** Zones named by a parameter that is not an anatomy list (mechanical traction's lumbar / cervical). */
  paramZones?: (p: LineParams) => readonly Zone[];
  note?: string;
}
