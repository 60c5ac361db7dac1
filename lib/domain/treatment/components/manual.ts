/**
 * Manipulation (HVLA / adjustment, §4.2.1), non-thrust joint mobilisation (§4.2.2) and Cox
 * flexion-distraction (§4.2.5). Billing follows the provider: a DC's manipulation counts toward the
 * day's CMT code, a PT's bills 97140 (§4.2.2 "Grade V … CMT for DCs; 97140 for PTs").
 */
import { findAnatomy } from "../anatomy";
import type { LineParams } from "../types";
import { codes, flag, int, oneOf, opts, text, where } from "./params";
import type { ComponentDef, TreatmentTag } from "./types";

export const MANIPULATION_TECHNIQUES = opts(
  ["DIVERSIFIED", "Diversified (manual HVLA)"], ["SIDE_POSTURE", "Side posture (lumbar / SI roll)"], ["GONSTEAD", "Gonstead"],
  ["THOMPSON_DROP", "Thompson drop-table"], ["ACTIVATOR", "Activator (hand-held instrument)"], ["INSTRUMENT_OTHER", "Other instrument (e.g. Impulse, ArthroStim)"],
  ["FLEXION_DISTRACTION", "Flexion-distraction (Cox)"], ["SOT_BLOCKING", "SOT blocking"], ["LOGAN_BASIC", "Logan basic"],
  ["MOBILISATION_WITH_IMPULSE", "Mobilisation with impulse"], ["MANUAL_TRACTION_THRUST", "Manual traction thrust (hip long-axis)"],
);

/** No thrust is delivered: these still bill as CMT for a DC but are not HVLA for safety rules. */
const NON_THRUST = ["FLEXION_DISTRACTION", "SOT_BLOCKING", "LOGAN_BASIC"];
/** Manual thrusts delivered with body weight; instruments, drop pieces and blocks are low-force. */
const HIGH_FORCE = ["DIVERSIFIED", "SIDE_POSTURE", "GONSTEAD", "MANUAL_TRACTION_THRUST"];

export const isThrust = (p: LineParams): boolean => typeof p.technique === "string" && !NON_THRUST.includes(p.technique);

function manipulationTags(p: LineParams): TreatmentTag[] {
  const t = typeof p.technique === "string" ? p.technique : "";
  const tags: TreatmentTag[] = [];
  if (isThrust(p)) tags.push("THRUST");
  if (HIGH_FORCE.includes(t)) tags.push("HIGH_FORCE_THRUST");
  if (t === "THOMPSON_DROP") tags.push("DROP");
  if (t === "FLEXION_DISTRACTION" || t === "MANUAL_TRACTION_THRUST") tags.push("TRACTION");
  return tags;
}

const segmentsOf = (p: LineParams): string[] => (Array.isArray(p.segments) ? [...p.segments] : typeof p.segment === "string" ? [p.segment] : []);
const zonesOfSegments = (p: LineParams) => segmentsOf(p).flatMap((s) => findAnatomy("SEGMENT", s)?.zones ?? []);
const LUMBOPELVIC_SEGMENT_ZONES = ["LUMBAR", "SACRAL", "PELVIC"];

export const MANIPULATION: ComponentDef = {
  code: "MANIPULATION", label: "Manipulation / adjustment (HVLA)", category: "MANIPULATION", source: "§4.2.1", scope: "HVLA_MANIPULATION",
  params: [
    where("segments", "Segments", "SEGMENT", { required: true, maxItems: 12, help: "Paired segments (SIJ, ilium, hip) take the line's side." }),
    oneOf("technique", "Technique", MANIPULATION_TECHNIQUES, { required: true, default: "DIVERSIFIED" }),
    text("listing", "Listing (e.g. PRS, PI-IN, P-L)", 20),
    oneOf("direction", "Line of drive", codes("PA", "PL_TO_AS", "LATERAL_TO_MEDIAL", "MEDIAL_TO_LATERAL", "INFERIOR_TO_SUPERIOR", "SUPERIOR_TO_INFERIOR", "LONG_AXIS", "OTHER")),
    flag("cavitation", "Cavitation (audible release; not needed for effect)"),
  ],
  rules: [
    {
      path: "technique", message: "Side posture is a lumbar / sacro-iliac technique: choose lumbar, sacral or pelvic segments",
      valid: (p) => p.technique !== "SIDE_POSTURE" || zonesOfSegments(p).every((z) => LUMBOPELVIC_SEGMENT_ZONES.includes(z)),
    },
    {
      path: "technique", message: "Manual traction thrust is the hip long-axis technique: choose the hip segment only",
      valid: (p) => p.technique !== "MANUAL_TRACTION_THRUST" || (segmentsOf(p).length > 0 && segmentsOf(p).every((s) => s === "HIP")),
    },
  ],
  billing: { kind: "CMT_FOR_DC", otherwise: "97140" },
  timed: "DEPENDS",
  consent: { kind: "HVLA", types: ["VERBAL", "WRITTEN"], why: "HVLA thrust: consent before the first thrust of the episode", when: isThrust },
  tags: ["MANIPULATION", "MANUAL"],
  paramTags: manipulationTags,
  note: "Relative contraindications (osteoporosis, anticoagulation, inflammatory arthritis in flare, hypermobility, pregnancy) are checked by the contraindication engine.",
};

export const MAITLAND_GRADES = opts(
  ["I", "I: small amplitude at the start of range"], ["II", "II: large amplitude within range, short of resistance"],
  ["III", "III: large amplitude up to and into resistance"], ["IV", "IV: small amplitude at the limit, into resistance"],
);
const MOB_SYSTEMS = opts(["MAITLAND", "Maitland"], ["KALTENBORN", "Kaltenborn"], ["MULLIGAN_MWM", "Mulligan mobilisation with movement"], ["SNAG", "SNAG"]);
const graded = (p: LineParams) => p.system === "MAITLAND" || p.system === "KALTENBORN";

export const JOINT_MOBILISATION: ComponentDef = {
  code: "JOINT_MOBILISATION", label: "Joint mobilisation (non-thrust)", category: "MOBILISATION", source: "§4.2.2", scope: "JOINT_MOBILISATION",
  params: [
    where("joint", "Joint", "JOINT", { required: true }),
    oneOf("direction", "Direction", codes("PA_CENTRAL", "PA_UNILATERAL", "ROTATION", "TRANSVERSE", "LONG_AXIS_DISTRACTION", "LATERAL_GLIDE", "POSTERIOR_GLIDE", "ANTERIOR_GLIDE", "INFERIOR_GLIDE"), { required: true }),
    oneOf("system", "System", MOB_SYSTEMS, { required: true, default: "MAITLAND" }),
    oneOf("grade", "Grade", MAITLAND_GRADES, {
      rangeNote: "grade V is a thrust: record it as a manipulation line", help: "Kaltenborn: I loosen, II take up slack, III stretch.",
    }),
    int("sets", "Sets", "sets", [1, 5], { typical: [2, 5] }),
    int("duration_s", "Duration per set", "s", [15, 120], { typical: [30, 60] }),
    int("oscillations", "Oscillations per set", "oscillations", [1, 300]),
    int("reps", "Repetitions (MWM / SNAG)", "reps", [6, 10]),
  ],
  rules: [
    { path: "grade", message: "Maitland and Kaltenborn mobilisations need a grade", valid: (p) => !graded(p) || typeof p.grade === "string" },
    { path: "grade", message: "Kaltenborn grades are I to III", valid: (p) => p.system !== "KALTENBORN" || p.grade !== "IV" },
    { path: "grade", message: "Mobilisation with movement and SNAGs are not graded", valid: (p) => graded(p) || p.grade === undefined },
    { path: "sets", message: "Record the sets (1 to 5)", valid: (p) => !graded(p) || typeof p.sets === "number" },
    { path: "duration_s", message: "Record the duration per set (15 to 120 s) or the oscillations", valid: (p) => !graded(p) || typeof p.duration_s === "number" || typeof p.oscillations === "number" },
    { path: "reps", message: "Mobilisation with movement and SNAGs need repetitions (6 to 10)", valid: (p) => graded(p) || typeof p.reps === "number" },
    { path: "sets", message: "Mobilisation with movement and SNAGs take 1 to 3 sets", valid: (p) => graded(p) || p.sets === undefined || (p.sets as number) <= 3 },
  ],
  billing: { kind: "CPT", code: "97140" },
  timed: true,
  tags: ["MOBILISATION", "MANUAL"],
  paramTags: (p) => (p.direction === "LONG_AXIS_DISTRACTION" ? ["TRACTION"] : []),
  note: "Typical: pain-dominant grade I–II, 2–3 × 30–60 s; stiffness-dominant grade III–IV, 3–5 × 30–60 s.",
};

export const FLEXION_DISTRACTION: ComponentDef = {
  code: "FLEXION_DISTRACTION", label: "Flexion-distraction table (Cox)", category: "TRACTION", source: "§4.2.5", scope: "JOINT_MOBILISATION",
  params: [
    where("segment", "Segment", "SEGMENT", { required: true }),
    int("cycles", "Cycles per set", "cycles", [1, 20], { default: 5 }),
    int("sets", "Sets (about 20 s each)", "sets", [1, 10], { default: 3, typical: [3, 5] }),
    oneOf("force", "Force", codes("LIGHT", "MODERATE", "FIRM"), { default: "LIGHT" }),
  ],
  rules: [{
    path: "segment", message: "Flexion-distraction is applied to lumbar or sacral segments",
    valid: (p) => zonesOfSegments(p).every((z) => z === "LUMBAR" || z === "SACRAL"),
  }],
  billing: { kind: "CMT_FOR_DC", otherwise: "97140" },
  timed: "DEPENDS",
  // Billed with CMT by DCs, so counted as spinal manipulation for "all spinal manipulation" restrictions.
  tags: ["MANIPULATION", "TRACTION", "MANUAL"],
  note: "Billing with CMT 9894x or 97140 varies by payer (verify).",
};

export const MANUAL_COMPONENTS: readonly ComponentDef[] = [MANIPULATION, JOINT_MOBILISATION, FLEXION_DISTRACTION];
