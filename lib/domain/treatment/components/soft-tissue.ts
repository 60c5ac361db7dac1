/**
 * Soft-tissue, massage and trigger-point components (§4.2.4). Massage strokes bill 97124, the
 * manual-therapy techniques 97140 (both timed). IASTM, cupping (and myofascial release done with
 * cups or an instrument) need a consent for the bruising risk (§4.1).
 */
import type { LineParams } from "../types";
import { LUBRICANTS, PRESSURES, codes, flag, int, isDeepPressure, oneOf, region, text, where } from "./params";
import type { ComponentDef, ConsentSpec, TreatmentTag } from "./types";

const base = { source: "§4.2.4", scope: "SOFT_TISSUE", timed: true } as const;
const massage = { ...base, category: "SOFT_TISSUE", billing: { kind: "CPT", code: "97124" } } as const;
const manual = { ...base, billing: { kind: "CPT", code: "97140" } } as const;
const deepWhenFirm = (p: LineParams): readonly TreatmentTag[] => (isDeepPressure(p) ? ["DEEP_PRESSURE"] : []);
const bruising = (when?: ConsentSpec["when"]): ConsentSpec => ({ kind: "BRUISING_RISK", types: ["VERBAL", "WRITTEN"], why: "Bruising / petechiae risk", ...(when ? { when } : {}) });
const pressure = (dflt: string) => oneOf("pressure", "Pressure", PRESSURES, { required: true, default: dflt });

export const COMPRESSION: ComponentDef = {
  ...massage, code: "COMPRESSION", label: "Broad compression",
  billing: { kind: "CPT", code: "97124", alternatives: ["97140"] },
  params: [region(), pressure("MODERATE"), oneOf("tool", "Contact", codes("PALM", "FIST", "FOREARM", "ELBOW"), { default: "PALM" })],
  minutes: { range: { min: 1, max: 20 }, typical: { min: 2, max: 5 }, default: 3 },
  tags: ["SOFT_TISSUE", "MANUAL"], paramTags: deepWhenFirm,
};

export const TRIGGER_POINT: ComponentDef = {
  ...manual, category: "TRIGGER_POINT", code: "TRIGGER_POINT", label: "Trigger-point therapy (ischaemic compression)",
  params: [
    where("muscle", "Muscle", "TRP_MUSCLE", { required: true }),
    oneOf("technique", "Technique", codes("SUSTAINED_PRESSURE", "PINCER", "STRIPPING"), { required: true, default: "SUSTAINED_PRESSURE" }),
    int("hold_s", "Hold per point", "s", [10, 120], { required: true, default: 60, typical: [30, 90], rangeNote: "hold until the tenderness eases, commonly 60–90 s" }),
    int("points_count", "Points treated", "points", [1, 10], { default: 1 }),
    int("reps", "Repetitions per point", "reps", [1, 5], { required: true, default: 2, typical: [1, 3] }),
    int("pre_grade", "Tenderness before (0–3)", "grade", [0, 3]),
    int("post_grade", "Tenderness after (0–3)", "grade", [0, 3]),
  ],
  tags: ["SOFT_TISSUE", "DEEP_PRESSURE", "MANUAL"],
};

export const KNEADING: ComponentDef = {
  ...massage, code: "KNEADING", label: "Kneading (petrissage)",
  params: [region(), pressure("MODERATE"), oneOf("lubricant", "Lubricant", LUBRICANTS)],
  minutes: { range: { min: 1, max: 20 }, typical: { min: 3, max: 10 }, default: 5 },
  tags: ["SOFT_TISSUE", "MANUAL"], paramTags: deepWhenFirm,
};

export const EFFLEURAGE: ComponentDef = {
  ...massage, code: "EFFLEURAGE", label: "Effleurage (gliding / stroking)",
  params: [region(), oneOf("lubricant", "Lubricant", LUBRICANTS)],
  minutes: { range: { min: 1, max: 15 }, typical: { min: 2, max: 5 }, default: 3 },
  tags: ["SOFT_TISSUE", "MANUAL"],
};

export const CROSS_FRICTION: ComponentDef = {
  ...manual, category: "SOFT_TISSUE", code: "CROSS_FRICTION", label: "Cross-fibre / deep transverse friction",
  params: [
    where("structure", "Structure", "STRUCTURE", { required: true }),
    pressure("FIRM"),
    oneOf("tissue_position", "Tissue position", codes("ON_STRETCH", "NEUTRAL")),
  ],
  minutes: { range: { min: 1, max: 15 }, typical: { min: 3, max: 10 }, default: 5 },
  tags: ["SOFT_TISSUE", "DEEP_FRICTION", "DEEP_PRESSURE", "MANUAL"],
  note: "Start after an initial analgesic period.",
};

const mfrTool = (p: LineParams) => p.technique === "INSTRUMENT" || p.technique === "CUPPING";
export const MYOFASCIAL_RELEASE: ComponentDef = {
  ...manual, category: "SOFT_TISSUE", code: "MYOFASCIAL_RELEASE", label: "Myofascial release",
  params: [
    region(),
    oneOf("technique", "Technique", codes("SUSTAINED", "INSTRUMENT", "CUPPING"), { required: true, default: "SUSTAINED" }),
    int("hold_s", "Hold", "s", [30, 300], { typical: [90, 120] }),
  ],
  minutes: { range: { min: 1, max: 20 }, default: 5 },
  consent: bruising(mfrTool),
  tags: ["SOFT_TISSUE", "MANUAL"],
  paramTags: (p) => (p.technique === "INSTRUMENT" ? ["IASTM"] : p.technique === "CUPPING" ? ["CUPPING"] : []),
};

export const TAPOTEMENT_VIBRATION: ComponentDef = {
  ...massage, code: "TAPOTEMENT_VIBRATION", label: "Tapotement / vibration",
  params: [region()],
  minutes: { range: { min: 1, max: 5 }, typical: { min: 1, max: 3 }, default: 2 },
  tags: ["SOFT_TISSUE", "MANUAL"],
};

export const IASTM: ComponentDef = {
  ...manual, category: "IASTM", code: "IASTM", label: "Instrument-assisted soft-tissue mobilisation (IASTM)",
  params: [
    oneOf("tool", "Tool", codes("GRASTON", "HAWKGRIPS", "GENERIC_STEEL", "GUA_SHA"), { required: true }),
    region(),
    int("duration_s", "Time per area", "s", [15, 180], { required: true, default: 60, typical: [30, 120] }),
    int("areas_count", "Areas treated", "areas", [1, 10], { default: 1 }),
    oneOf("stroke_type", "Stroke", codes("SWEEP", "FAN", "BRUSH", "J_STROKE")),
    pressure("MODERATE"),
    oneOf("lubricant", "Lubricant", LUBRICANTS),
    flag("petechiae_observed", "Petechiae observed"),
  ],
  minutes: { range: { min: 1, max: 15 }, typical: { min: 5, max: 8 } },
  consent: bruising(),
  // §4.0: massage therapists need IASTM technique certification.
  certification: { credential: "IASTM_CERTIFIED", disciplines: ["LMT"] },
  tags: ["SOFT_TISSUE", "IASTM", "MANUAL"], paramTags: deepWhenFirm,
};

export const ART: ComponentDef = {
  ...manual, category: "ART", code: "ART", label: "Active Release Technique (ART®)",
  params: [
    text("protocol_name", "ART protocol (e.g. piriformis, iliopsoas, sciatic nerve – deep gluteal)", 80),
    where("structure", "Structure", "STRUCTURE", { required: true }),
    int("passes", "Passes", "passes", [1, 10], { required: true, default: 3, typical: [3, 5] }),
    oneOf("movement", "Movement", codes("ACTIVE", "PASSIVE"), { required: true, default: "ACTIVE" }),
    text("tension_direction", "Tension direction", 60),
  ],
  // §4.2.4: ART is proprietary and certified, whoever performs it.
  certification: { credential: "ART_CERTIFIED", disciplines: ["DC", "PT", "PTA", "LMT"] },
  tags: ["SOFT_TISSUE", "DEEP_PRESSURE", "MANUAL"],
};

export const CUPPING: ComponentDef = {
  ...manual, category: "CUPPING", code: "CUPPING", label: "Cupping",
  params: [
    int("cups_count", "Cups", "cups", [1, 20], { required: true, default: 4 }),
    region(),
    oneOf("type", "Type", codes("STATIC", "DYNAMIC_GLIDING"), { required: true, default: "STATIC" }),
    oneOf("lubricant", "Lubricant", LUBRICANTS),
  ],
  minutes: { range: { min: 1, max: 15 }, typical: { min: 3, max: 10 }, default: 5 },
  consent: bruising(),
  tags: ["SOFT_TISSUE", "CUPPING", "MANUAL"],
  note: "97140 for cupping varies by payer (verify).",
};

export const SOFT_TISSUE_COMPONENTS: readonly ComponentDef[] = [
  COMPRESSION, TRIGGER_POINT, KNEADING, EFFLEURAGE, CROSS_FRICTION, MYOFASCIAL_RELEASE, TAPOTEMENT_VIBRATION, IASTM, ART, CUPPING,
];
