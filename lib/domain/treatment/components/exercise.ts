/**
 * Exercise-based in-clinic components (§4.2.6), all timed one-on-one codes. Exercises from the
 * library (§6) that §6/§4.3 name as unsafe after a posterior hip replacement or with osteoporosis
 * are tagged here so the contraindication engine sees them.
 */
import { EXERCISE_ID, anyOf, codes, dec, flag, int, oneOf, text, where } from "./params";
import type { ComponentDef, TreatmentTag } from "./types";
import type { LineParams } from "../types";

/**
 * §6 cautions, as tags: deep hip flexion + adduction / internal rotation (piriformis and figure-4
 * stretches, pigeon, 90/90 switches) and loaded spinal flexion (curl-up).
 */
export const EXERCISE_TAGS: Readonly<Record<string, readonly TreatmentTag[]>> = {
  "EX-01": ["HIP_PRECAUTION_POSITION"], "EX-02": ["HIP_PRECAUTION_POSITION"], "EX-03": ["HIP_PRECAUTION_POSITION"],
  "EX-04": ["HIP_PRECAUTION_POSITION"], "EX-05": ["HIP_PRECAUTION_POSITION"], "EX-35": ["HIP_PRECAUTION_POSITION"],
  "EX-25": ["LOADED_SPINAL_FLEXION"],
};

function exerciseTags(p: LineParams): TreatmentTag[] {
  const tags: TreatmentTag[] = [...(typeof p.exercise_id === "string" ? EXERCISE_TAGS[p.exercise_id] ?? [] : [])];
  if (p.impact === true) tags.push("IMPACT");
  if (p.load === "KG") tags.push("HEAVY_LOADING");
  return tags;
}

const base = { category: "EXERCISE", source: "§4.2.6", timed: true, scope: "THERAPEUTIC_EXERCISE" } as const;
const target = where("region", "Target region", "REGION");
const impact = flag("impact", "Includes hopping, jumping or running", { default: false });
const minutes = { range: { min: 1, max: 60 } };

export const THERAPEUTIC_EXERCISE: ComponentDef = {
  ...base, code: "THERAPEUTIC_EXERCISE", label: "Therapeutic exercise (in clinic)",
  params: [
    text("exercise_id", "Exercise", 5, { required: true, pattern: EXERCISE_ID }),
    int("sets", "Sets", "sets", [1, 6]),
    int("reps", "Repetitions", "reps", [1, 50]),
    int("hold_s", "Hold", "s", [0, 180]),
    oneOf("load", "Load", codes("BODYWEIGHT", "BAND_LIGHT", "BAND_MEDIUM", "BAND_HEAVY", "KG")),
    dec("load_kg", "Load", "kg", [0.5, 200], 0.5),
    target, impact,
  ],
  rules: [{ path: "load_kg", message: "Give the load in kg", valid: (p) => p.load !== "KG" || typeof p.load_kg === "number" }],
  minutes,
  billing: { kind: "CPT", code: "97110" },
  tags: ["EXERCISE"], paramTags: exerciseTags,
};

export const NEUROMUSCULAR_REEDUCATION: ComponentDef = {
  ...base, code: "NEUROMUSCULAR_REEDUCATION", label: "Neuromuscular re-education (motor control, balance, running pattern)",
  params: [text("activity", "Activity", 120, { required: true }), text("cues", "Cues", 200), target],
  minutes,
  billing: { kind: "CPT", code: "97112" },
  tags: ["EXERCISE"],
};

export const THERAPEUTIC_ACTIVITIES: ComponentDef = {
  ...base, code: "THERAPEUTIC_ACTIVITIES", label: "Therapeutic activities (functional / dynamic)",
  params: [text("activity", "Activity", 120, { required: true }), target, impact],
  minutes,
  billing: { kind: "CPT", code: "97530" },
  // Step-downs, squats, lifting: functional loading of the region by definition.
  tags: ["EXERCISE", "HEAVY_LOADING"], paramTags: exerciseTags,
};

export const SELF_CARE_INSTRUCTION: ComponentDef = {
  ...base, scope: "HOME_EXERCISE", code: "SELF_CARE_INSTRUCTION", label: "Self-care / HEP instruction",
  params: [text("topic", "Topic", 120), flag("handout_given", "Handout given")],
  minutes,
  billing: { kind: "CPT", code: "97535" },
  tags: [],
  note: "Payer acceptance of 97535 for HEP teaching varies (verify).",
};

export const GAIT_RETRAINING: ComponentDef = {
  ...base, code: "GAIT_RETRAINING", label: "Gait / running retraining",
  params: [
    int("cadence_target_spm", "Cadence target", "steps/min", [140, 220]),
    anyOf("cues", "Cues", codes("INCREASE_CADENCE_5_10_PCT", "REDUCE_OVERSTRIDE", "WIDEN_STEP", "REDUCE_PELVIC_DROP"), [0, 4]),
    int("treadmill_min", "Treadmill time", "min", [0, 60]),
  ],
  minutes,
  billing: { kind: "CPT", code: "97116", alternatives: ["97112", "97530"] },
  tags: ["EXERCISE", "IMPACT", "RUNNING"],
  note: "Cadence +5–10 % is a common target (verify); 97116 vs 97112 / 97530 varies by payer (verify).",
};

export const EXERCISE_COMPONENTS: readonly ComponentDef[] = [
  THERAPEUTIC_EXERCISE, NEUROMUSCULAR_REEDUCATION, THERAPEUTIC_ACTIVITIES, SELF_CARE_INSTRUCTION, GAIT_RETRAINING,
];
