/**
 * Where a treatment line acts. Component parameters name a body region (§1.2), a spinal/pelvic
 * segment or joint (§4.2.1–4.2.2) or a muscle/structure (§2.6, §4.2.3); each value carries
 * - `sides`: which line sides make sense (a muscle needs L/R/BIL, the sacrum does not), and
 * - `zones`: coarse areas the contraindication engine matches restrictions against ("sacrum / SIJ",
 *   "trunk or pelvis", "the limb").
 * Segments also carry their CMT billing region (§4.2.1 region counting, V11).
 */
import { BODY_REGIONS, type RegionId } from "@/lib/domain/intake/body-regions";
import { PALPATION_STRUCTURES, TRIGGER_POINT_MUSCLES } from "@/lib/domain/exams/catalogue/palpation";

export const ZONES = [
  "CERVICAL", "THORACIC", "LUMBAR", "SACRAL", "PELVIC", "GLUTEAL", "HIP", "THIGH", "KNEE", "LEG", "FOOT",
  "ABDOMEN", "RIB_CAGE", "UPPER_EXTREMITY", "HEAD_TMJ",
] as const;
export type Zone = (typeof ZONES)[number];

export const SPINAL_ZONES: readonly Zone[] = ["CERVICAL", "THORACIC", "LUMBAR", "SACRAL", "PELVIC"];
/** "Trunk/pelvis" of the pregnancy rows (§4.3): the buttock counts, electrodes there sit over the pelvis. */
export const TRUNK_PELVIS_ZONES: readonly Zone[] = ["THORACIC", "LUMBAR", "SACRAL", "PELVIC", "GLUTEAL", "ABDOMEN", "RIB_CAGE"];
export const LUMBOPELVIC_ZONES: readonly Zone[] = ["LUMBAR", "SACRAL", "PELVIC", "GLUTEAL", "ABDOMEN"];
export const LOWER_LIMB_ZONES: readonly Zone[] = ["HIP", "THIGH", "KNEE", "LEG", "FOOT"];

/** CMT billing regions (CPT 9894x): five spinal, five extraspinal. Sacral and pelvic are separate. */
export const CMT_SPINAL_REGIONS = ["CERVICAL", "THORACIC", "LUMBAR", "SACRAL", "PELVIC"] as const;
export const CMT_EXTRASPINAL_REGIONS = ["HEAD_TMJ", "LOWER_EXTREMITY", "UPPER_EXTREMITY", "RIB_CAGE", "ABDOMEN"] as const;
export type CmtRegion = (typeof CMT_SPINAL_REGIONS)[number] | (typeof CMT_EXTRASPINAL_REGIONS)[number];
export const isSpinalCmtRegion = (r: CmtRegion): boolean => (CMT_SPINAL_REGIONS as readonly string[]).includes(r);

/**
 * Sides a line may carry for a value: `LR` paired (L, R or BIL required), `LRC` paired or midline
 * (lumbar bands), `C` midline only (CENTRAL or NA), `ANY` side optional (a vertebra: the listing says which side).
 */
export type SideRule = "LR" | "LRC" | "C" | "ANY";

export interface AnatomyOption {
  value: string;
  label: string;
  sides: SideRule;
  zones: readonly Zone[];
  cmtRegion?: CmtRegion;
}

const BODY_REGION_ZONES: Readonly<Record<RegionId, readonly Zone[]>> = {
  LUMBAR_UPPER: ["LUMBAR"], LUMBAR_LOWER: ["LUMBAR"], LUMBOSACRAL: ["LUMBAR", "SACRAL"], SACRUM: ["SACRAL"], COCCYX: ["SACRAL"],
  SIJ: ["PELVIC"], BUTTOCK_UPPER: ["GLUTEAL"], BUTTOCK_DEEP: ["GLUTEAL"], ISCHIAL: ["GLUTEAL"], GREATER_TROCHANTER: ["HIP"],
  GROIN_ANTERIOR_HIP: ["HIP"], PUBIC: ["PELVIC"], THIGH_ANTERIOR: ["THIGH"], THIGH_LATERAL: ["THIGH"], THIGH_POSTERIOR: ["THIGH"],
  KNEE_LATERAL: ["KNEE"], LEG_LATERAL: ["LEG"], LEG_POSTERIOR: ["LEG"], FOOT_DORSUM: ["FOOT"], FOOT_LATERAL_SOLE: ["FOOT"],
  PERINEUM_SADDLE: ["PELVIC"], ABDOMEN_FLANK: ["ABDOMEN"],
};

const sideRuleOf = (sides: readonly string[]): SideRule =>
  sides.includes("L") && sides.includes("R") ? (sides.includes("CENTRAL") ? "LRC" : "LR") : "C";

/** Pain-diagram regions (§1.2) as treatment regions. */
export const TREATMENT_REGIONS: readonly AnatomyOption[] = BODY_REGIONS.map((r) => ({
  value: r.id, label: r.label, sides: sideRuleOf(r.sides), zones: BODY_REGION_ZONES[r.id],
}));

type SegmentRow = [value: string, label: string, sides: SideRule, zone: Zone, cmt: CmtRegion];
const vertebrae = (prefix: string, n: number, zone: Zone, cmt: CmtRegion): SegmentRow[] =>
  Array.from({ length: n }, (_, i) => [`${prefix}${i + 1}`, `${prefix}${i + 1}`, "ANY", zone, cmt]);

/**
 * Manipulation segments. DOMAIN.md writes paired ones with the side inside (`SIJ_L`); here the
 * segment is `SIJ` and the line's side says which, so one rule (V4) checks every paired value.
 */
const SEGMENT_ROWS: SegmentRow[] = [
  ["OCCIPUT", "Occiput (C0–C1)", "ANY", "CERVICAL", "CERVICAL"],
  ...vertebrae("C", 7, "CERVICAL", "CERVICAL"),
  ...vertebrae("T", 12, "THORACIC", "THORACIC"),
  ...vertebrae("L", 5, "LUMBAR", "LUMBAR"),
  ["S1", "S1", "ANY", "SACRAL", "SACRAL"],
  ["SACRUM", "Sacrum", "ANY", "SACRAL", "SACRAL"],
  ["COCCYX", "Coccyx", "ANY", "SACRAL", "SACRAL"],
  ["SIJ", "Sacro-iliac joint", "LR", "PELVIC", "PELVIC"],
  ["ILIUM", "Ilium", "LR", "PELVIC", "PELVIC"],
  ["PUBIC_SYMPHYSIS", "Pubic symphysis", "C", "PELVIC", "PELVIC"],
  ["HIP", "Hip", "LR", "HIP", "LOWER_EXTREMITY"],
  ["KNEE", "Knee", "LR", "KNEE", "LOWER_EXTREMITY"],
  ["ANKLE_FOOT", "Ankle / foot", "LR", "FOOT", "LOWER_EXTREMITY"],
  ["UPPER_EXTREMITY", "Shoulder / elbow / wrist / hand", "LR", "UPPER_EXTREMITY", "UPPER_EXTREMITY"],
  ["RIB", "Rib (not costovertebral)", "LR", "RIB_CAGE", "RIB_CAGE"],
  ["TMJ", "Temporomandibular joint", "LR", "HEAD_TMJ", "HEAD_TMJ"],
  ["ABDOMEN", "Abdomen", "C", "ABDOMEN", "ABDOMEN"],
];

export const SEGMENTS: readonly AnatomyOption[] = SEGMENT_ROWS.map(([value, label, sides, zone, cmtRegion]) => ({ value, label, sides, zones: [zone], cmtRegion }));

/** Spinal order for "adjacent level" checks (fusion, §4.3). */
export const SPINAL_ORDER: readonly string[] = SEGMENTS.filter((s) => s.cmtRegion && isSpinalCmtRegion(s.cmtRegion) && s.sides === "ANY").map((s) => s.value);

/** Non-thrust mobilisation targets (§4.2.2 `joint`). */
export const MOBILISATION_JOINTS: readonly AnatomyOption[] = [
  ...["L1", "L2", "L3", "L4", "L5"].map((l): AnatomyOption => ({ value: `LUMBAR_${l}`, label: `Lumbar ${l}`, sides: "ANY", zones: ["LUMBAR"] })),
  { value: "SACRUM", label: "Sacrum", sides: "ANY", zones: ["SACRAL"] },
  { value: "SIJ", label: "Sacro-iliac joint", sides: "LR", zones: ["PELVIC"] },
  { value: "HIP", label: "Hip", sides: "LR", zones: ["HIP"] },
];

const muscle = (value: string, label: string, zones: Zone[]): AnatomyOption => ({ value, label, sides: "LR", zones });

/** Stretching muscle enum (§4.2.3). */
export const STRETCH_MUSCLES: readonly AnatomyOption[] = [
  muscle("ILIOPSOAS", "Iliopsoas", ["HIP", "ABDOMEN", "LUMBAR"]),
  muscle("RECTUS_FEMORIS", "Rectus femoris", ["THIGH", "HIP"]),
  muscle("HAMSTRINGS", "Hamstrings", ["THIGH"]),
  muscle("PIRIFORMIS", "Piriformis", ["GLUTEAL"]),
  muscle("GLUTEUS_MAXIMUS", "Gluteus maximus", ["GLUTEAL"]),
  muscle("GLUTEUS_MEDIUS", "Gluteus medius", ["GLUTEAL", "HIP"]),
  muscle("TFL_ITB", "TFL / iliotibial band", ["HIP", "THIGH"]),
  muscle("ADDUCTORS", "Adductors", ["THIGH", "HIP"]),
  muscle("QUADRATUS_LUMBORUM", "Quadratus lumborum", ["LUMBAR"]),
  muscle("LUMBAR_EXTENSORS", "Lumbar extensors", ["LUMBAR"]),
  muscle("GASTROC_SOLEUS", "Gastrocnemius / soleus", ["LEG"]),
];

/** Zones of the §2.6 palpation structures (ids are the exam catalogue's, so exam and treatment agree). */
const STRUCTURE_ZONES: Readonly<Record<string, readonly Zone[]>> = {
  PIRIFORMIS: ["GLUTEAL"], GLUTEUS_MAXIMUS: ["GLUTEAL"], GLUTEUS_MEDIUS: ["GLUTEAL", "HIP"], GLUTEUS_MINIMUS: ["GLUTEAL", "HIP"],
  DEEP_ROTATORS: ["GLUTEAL"], TFL: ["HIP", "THIGH"], ITB_DISTAL: ["THIGH", "KNEE"], QUADRATUS_LUMBORUM: ["LUMBAR"],
  ERECTOR_SPINAE_LUMBAR: ["LUMBAR"], MULTIFIDUS_LUMBAR: ["LUMBAR"], ILIOPSOAS: ["HIP", "ABDOMEN", "LUMBAR"], RECTUS_FEMORIS: ["THIGH", "HIP"],
  VASTUS_LATERALIS: ["THIGH"], ADDUCTORS: ["THIGH", "HIP"], HAMSTRING_BICEPS_FEMORIS: ["THIGH"], HAMSTRING_MEDIAL: ["THIGH"],
  PROXIMAL_HAMSTRING_TENDON: ["GLUTEAL", "THIGH"], GASTROCNEMIUS: ["LEG"], SOLEUS: ["LEG"], LONG_DORSAL_SI_LIGAMENT: ["PELVIC"],
  SACROTUBEROUS_LIGAMENT: ["SACRAL", "PELVIC"], ILIOLUMBAR_LIGAMENT: ["LUMBAR", "PELVIC"], GREATER_TROCHANTER: ["HIP"],
  SACRUM: ["SACRAL"], COCCYX: ["SACRAL"], SIJ_SULCUS: ["PELVIC"],
};
const structureZones = (id: string): readonly Zone[] => STRUCTURE_ZONES[id] ?? (id.startsWith("SPINOUS_PROCESS_") ? ["LUMBAR"] : []);

/** Friction / ART targets: every §2.6 structure. */
export const STRUCTURES: readonly AnatomyOption[] = PALPATION_STRUCTURES.map((s) => ({
  value: s.id, label: s.label, sides: s.paired ? "LR" : "C", zones: structureZones(s.id),
}));

/** Trigger-point and dry-needling targets: the §2.6 muscles (the ITB is a band, not a muscle). */
export const TRP_MUSCLES: readonly AnatomyOption[] = TRIGGER_POINT_MUSCLES.map((s) => ({
  value: s.id, label: s.label, sides: "LR", zones: structureZones(s.id),
}));

/** Every anatomy list by the name component parameters refer to. */
export const ANATOMY_LISTS = {
  REGION: TREATMENT_REGIONS,
  SEGMENT: SEGMENTS,
  JOINT: MOBILISATION_JOINTS,
  STRETCH_MUSCLE: STRETCH_MUSCLES,
  TRP_MUSCLE: TRP_MUSCLES,
  STRUCTURE: STRUCTURES,
} as const;
export type AnatomyListId = keyof typeof ANATOMY_LISTS;

const BY_LIST = new Map<AnatomyListId, ReadonlyMap<string, AnatomyOption>>(
  (Object.keys(ANATOMY_LISTS) as AnatomyListId[]).map((id) => [id, new Map(ANATOMY_LISTS[id].map((o) => [o.value, o]))]),
);

export function findAnatomy(list: AnatomyListId, value: string): AnatomyOption | undefined {
  return BY_LIST.get(list)?.get(value);
}
