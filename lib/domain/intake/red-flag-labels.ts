/**
 * Red-flag action levels and treatment-restriction codes (DOMAIN.md §1.6, §4.3, §9 V3).
 * Data only: no database, React or Next.js imports. Re-exported from `./red-flags`.
 */

/** Action levels, most severe first. */
export const RED_FLAG_ACTIONS = ["EMERGENCY", "URGENT_REFERRAL", "ROUTINE_REFERRAL", "FLAG"] as const;
export type RedFlagAction = (typeof RED_FLAG_ACTIONS)[number];

/** Higher rank = more severe. Used to pick the highest action and to compare results. */
export const ACTION_RANK: Readonly<Record<RedFlagAction, number>> = {
  EMERGENCY: 4,
  URGENT_REFERRAL: 3,
  ROUTINE_REFERRAL: 2,
  FLAG: 1,
};

/** Plain-English labels for staff (banner text). */
export const ACTION_LABELS: Readonly<Record<RedFlagAction, string>> = {
  EMERGENCY: "Emergency: do not treat; send to the emergency department now",
  URGENT_REFERRAL: "Urgent referral: contact a physician today (within 24–48 hours); no manipulation or impact loading of the region until cleared",
  ROUTINE_REFERRAL: "Routine referral: refer for a medical opinion; careful conservative care may continue",
  FLAG: "Flag: record it and document your clinical reasoning; some techniques are restricted",
};

/**
 * Treatment-restriction codes. Covers every "Restricts" cell of §1.6, plus the two
 * generic codes that §4.3 / V3 attach to any URGENT_REFERRAL ("HVLA + impact/loading of the
 * flagged region"), which the evaluator adds on top of the per-flag codes.
 */
export const RESTRICTIONS = {
  ALL_TREATMENT: "All treatment (do not treat)",
  SPINAL_MANIPULATION_ALL: "All spinal manipulation",
  HVLA_ALL: "HVLA thrust manipulation (any region)",
  HVLA_LUMBAR: "HVLA thrust to the lumbar spine",
  HIGH_FORCE_HVLA: "High-force HVLA thrust",
  HVLA_FLAGGED_REGION: "HVLA thrust to the flagged region",
  IMPACT_LOADING_FLAGGED_REGION: "Impact or heavy loading of the flagged region",
  HVLA_SUSPECTED_SITE: "HVLA over the suspected site until cleared",
  DEEP_PRESSURE_SUSPECTED_SITE: "Deep pressure over the suspected site until cleared",
  TRACTION: "Spinal traction",
  MANUAL_THERAPY_REGION: "All manual therapy to the affected region",
  LUMBAR_MANUAL_THERAPY: "All lumbar manual therapy",
  HVLA_SIJ_INFLAMED: "HVLA to the sacro-iliac joint during an inflamed phase",
  HVLA_SACRUM_SIJ: "HVLA to the sacrum or sacro-iliac joint",
  DROP_TECHNIQUE_SACRUM_SIJ: "Drop-table technique on the sacrum or sacro-iliac joint",
  IMPACT_EXERCISE: "Impact exercise (running, hopping, plyometrics)",
  HOPPING_TESTS: "Hopping tests beyond the single screening hop (stop at first pain)",
  HIP_LOADING: "All loading of the hip (minimise weight-bearing)",
  HIP_TRACTION_THRUST: "Manual hip traction or thrust",
  LIMB_MASSAGE_COMPRESSION_ESTIM: "Massage, compression or e-stim on the affected limb",
  ESTIM_TRUNK_PELVIS: "E-stim over the trunk or pelvis",
  PRONE_LATE_PREGNANCY: "Prone positioning in later pregnancy",
  DROP_TABLE_PREGNANCY: "Some drop-table techniques during pregnancy (verify)",
  DRY_NEEDLING: "Dry needling (precaution)",
  IASTM: "Instrument-assisted soft-tissue mobilisation (IASTM)",
  CUPPING: "Cupping",
  DEEP_FRICTION: "Deep friction massage",
  LOADED_SPINAL_FLEXION: "Loaded spinal flexion exercise (curl-ups, sit-ups)",
} as const;

export type RestrictionCode = keyof typeof RESTRICTIONS;
export const RESTRICTION_CODES = Object.keys(RESTRICTIONS) as RestrictionCode[];
