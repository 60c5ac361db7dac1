/**
 * Shape of the home-exercise library (DOMAIN.md §6). Every exercise is data: the clinician app builds
 * programs from it, the portal prints its steps, and the prescription checks read its precautions.
 */
import type { PrecautionTag } from "@/lib/domain/hep/precaution-tags";

/** DOMAIN.md §6.1 category enum. */
export const HEP_CATEGORIES = ["STRETCH", "STRENGTH", "MOTOR_CONTROL", "MOBILITY", "NEURAL_MOBILITY", "SELF_MYOFASCIAL", "BALANCE"] as const;
export type HepCategory = (typeof HEP_CATEGORIES)[number];

/** DOMAIN.md §6.1 region enum. */
export const HEP_REGIONS = [
  "LUMBAR", "SIJ_PELVIS", "HIP_POSTERIOR", "HIP_ANTERIOR", "HIP_LATERAL",
  "THIGH_POSTERIOR", "THIGH_ANTERIOR", "THIGH_LATERAL", "CORE", "NEURAL",
] as const;
export type HepRegion = (typeof HEP_REGIONS)[number];

/** DOMAIN.md §6.1 `load`. `KG` carries a number next to it. */
export const HEP_LOADS = ["BODYWEIGHT", "BAND_LIGHT", "BAND_MEDIUM", "BAND_HEAVY", "KG"] as const;
export type HepLoad = (typeof HEP_LOADS)[number];

/** Laterality of a prescription line (DOMAIN.md §0 without CENTRAL: no exercise is "midline only"). */
export const HEP_SIDES = ["L", "R", "BIL", "NA"] as const;
export type HepSide = (typeof HEP_SIDES)[number];

/**
 * What one set is counted in (V19):
 * - `REPS`: repetitions, optionally with a short pause held at the end of each rep (`repHoldSeconds`);
 * - `HOLD`: one sustained hold per set (a 30 s stretch, a 20 s side plank, 30 s on one leg);
 * - `DURATION`: seconds of self-myofascial release per area (`duration_s`).
 */
export const DOSE_KINDS = ["REPS", "HOLD", "DURATION"] as const;
export type DoseKind = (typeof DOSE_KINDS)[number];

export interface Range {
  min: number;
  max: number;
}

/**
 * Default dosing as DOMAIN.md states it, as ranges ("2–3 × 30 s" → sets 2–3, hold 30–30).
 * Where DOMAIN leaves a figure out, the data file says which default it chose and why.
 */
export interface DefaultDose {
  kind: DoseKind;
  sets: Range;
  reps?: Range;
  repHoldSeconds?: Range;
  holdSeconds?: Range;
  durationSeconds?: Range;
  timesPerDay: Range;
  daysPerWeek: Range;
  /** The count is per side / per direction ("each side", "each way"). */
  perSide: boolean;
  load?: HepLoad;
  /** Dosing detail DOMAIN gives in words that the numbers cannot carry (pyramids, acute-phase frequency). */
  note?: string;
}

/**
 * A precaution attached to an exercise. `BLOCK`: DOMAIN says avoid / not for (the save is refused until
 * the clinician records an override reason: clinicians own clinical decisions); `WARN`: prescribe with a
 * modification. `substitute` names the exercise DOMAIN (or the house) suggests instead.
 */
export interface Precaution {
  tag: PrecautionTag;
  level: "BLOCK" | "WARN";
  /** Clinician-facing: why, and what to change. */
  text: string;
  substitute?: string;
}

/** The pain rule printed on every handout (§6.1) and the highest acceptable pain score it implies. */
export interface PainRule {
  text: string;
  maxAcceptable: number;
}

export interface Exercise {
  /** EX-01 … EX-40. */
  code: string;
  name: string;
  category: HepCategory;
  /** DOMAIN lists two categories for a few items ("STRETCH / MOBILITY"). */
  alsoCategory?: HepCategory;
  /** First is the primary region; "HIP (all)" lists the three hip regions. */
  regions: readonly HepRegion[];
  /** Worked one side at a time, so a prescription needs L, R or BIL (§6.1 `unilateral`). */
  paired: boolean;
  dose: DefaultDose;
  equipment?: readonly string[];
  /** Patient-facing, plain language, written for this project. */
  steps: readonly string[];
  cues: readonly string[];
  commonErrors: readonly string[];
  /** Patient-facing "stop and tell us if…" lines, printed under the steps. */
  stopIf: readonly string[];
  /** Harder / easier versions; every code must exist in the library. */
  progressions: readonly string[];
  regressions: readonly string[];
  precautions: readonly Precaution[];
  painRule: PainRule;
  /** DOMAIN.md section the row comes from. */
  source: "§6.2" | "§6.3" | "§6.4" | "§6.5";
}
