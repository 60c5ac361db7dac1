/**
 * The default scope-of-practice matrix (DOMAIN.md §4.0), every cell as data. Scope varies by state
 * and country (§10 item 6): a clinic's jurisdiction overrides cells through `ScopeConfig` in
 * `./scope`, never by editing this table. `text` keeps DOMAIN.md's wording so staff see why.
 */
import type { ComponentCategory, Credential, ScopeActivity } from "./components/types";
import type { Discipline } from "./types";

/**
 * - `ALLOWED`: in scope (a `requires` credential, when set, must be on the provider's record).
 * - `SUPERVISED`: in scope under the supervising PT's plan of care (PTA).
 * - `NOT_ALLOWED`: out of scope by default.
 */
export type ScopeStatus = "ALLOWED" | "SUPERVISED" | "NOT_ALLOWED";

export interface ScopeCell {
  status: ScopeStatus;
  text: string;
  /** DOMAIN.md marks the cell "(verify)" or "varies by state": confirm for the clinic's jurisdiction. */
  verify?: boolean;
  /** A credential the provider must hold for this cell (the dry-needling scope flag of V17). */
  requires?: Credential;
  /** A different answer for some component categories within the row (LMT: heat/ice yes, e-stim no). */
  exceptions?: readonly { categories: readonly ComponentCategory[]; status: ScopeStatus; text: string }[];
}

export interface ScopeRow {
  activity: ScopeActivity;
  label: string;
  /** False for rows added here that §4.0 does not have. */
  fromDomain: boolean;
  cells: Readonly<Record<Discipline, ScopeCell>>;
}

const yes = (text = "yes"): ScopeCell => ({ status: "ALLOWED", text });
const no = (text: string, verify = false): ScopeCell => ({ status: "NOT_ALLOWED", text, ...(verify ? { verify } : {}) });

export const SCOPE_MATRIX: readonly ScopeRow[] = [
  {
    activity: "DIAGNOSIS", label: "Diagnosis (ICD coding on claim)", fromDomain: true,
    cells: {
      DC: yes(), PT: yes(),
      PTA: no("no (uses the supervising PT's diagnosis)"),
      LMT: no("generally no: documents findings and areas; some payers accept LMT claims with the referring provider's diagnosis", true),
    },
  },
  {
    activity: "HVLA_MANIPULATION", label: "Spinal / SI HVLA manipulation", fromDomain: true,
    cells: {
      DC: yes(),
      PT: { status: "ALLOWED", text: "yes in most US states (some restrict thrust)", verify: true },
      PTA: no("usually no"),
      LMT: no("no"),
    },
  },
  {
    activity: "JOINT_MOBILISATION", label: "Joint mobilisation (grades I–IV)", fromDomain: true,
    cells: {
      DC: yes(), PT: yes(),
      PTA: { status: "SUPERVISED", text: "yes (under plan of care)" },
      LMT: no("no (joint mobilisation is outside massage scope)"),
    },
  },
  {
    activity: "SOFT_TISSUE", label: "Soft tissue / massage / TrP / ART / IASTM", fromDomain: true,
    cells: { DC: yes(), PT: yes(), PTA: yes(), LMT: yes("yes (ART / IASTM need technique certification)") },
  },
  {
    activity: "AIS_PNF_STRETCHING", label: "AIS / PNF stretching", fromDomain: true,
    cells: { DC: yes(), PT: yes(), PTA: yes(), LMT: yes() },
  },
  {
    activity: "MODALITIES", label: "Electrotherapy, ultrasound, heat / ice", fromDomain: true,
    cells: {
      DC: { status: "ALLOWED", text: "yes (state-dependent)", verify: true },
      PT: yes(), PTA: yes(),
      LMT: {
        status: "NOT_ALLOWED", text: "heat / ice yes; e-stim usually no", verify: true,
        exceptions: [{ categories: ["HEAT_COLD"], status: "ALLOWED", text: "heat / ice yes" }],
      },
    },
  },
  {
    activity: "DRY_NEEDLING", label: "Dry needling", fromDomain: true,
    cells: {
      DC: { status: "ALLOWED", text: "varies by state", verify: true, requires: "DRY_NEEDLING_SCOPE" },
      PT: { status: "ALLOWED", text: "varies by state (often with extra training hours)", verify: true, requires: "DRY_NEEDLING_SCOPE" },
      PTA: no("no"),
      LMT: no("no"),
    },
  },
  {
    activity: "KINESIOLOGY_TAPING", label: "Kinesiology taping", fromDomain: true,
    cells: { DC: yes(), PT: yes(), PTA: yes(), LMT: { status: "ALLOWED", text: "often yes", verify: true } },
  },
  {
    activity: "HOME_EXERCISE", label: "Home exercise prescription", fromDomain: true,
    cells: {
      DC: yes(), PT: yes(),
      PTA: { status: "SUPERVISED", text: "yes (progress within the plan of care)" },
      LMT: yes("self-care stretches / self-massage generally yes"),
    },
  },
  {
    // Not a §4.0 row: in-clinic exercise codes follow §7.3's typical billers (97110/97112/97530: PT, DC, PTA).
    activity: "THERAPEUTIC_EXERCISE", label: "In-clinic therapeutic exercise, neuromuscular re-education, gait retraining", fromDomain: false,
    cells: {
      DC: yes(), PT: yes(),
      PTA: { status: "SUPERVISED", text: "yes (under plan of care)" },
      LMT: no("no (exercise therapy is outside massage scope; self-care advice is home-exercise instruction)"),
    },
  },
];

export const SCOPE_ROW_BY_ACTIVITY: ReadonlyMap<ScopeActivity, ScopeRow> = new Map(SCOPE_MATRIX.map((r) => [r.activity, r]));
