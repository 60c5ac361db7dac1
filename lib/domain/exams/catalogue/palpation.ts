/**
 * Palpation and trigger points (DOMAIN.md §2.6). Palpation is one procedure charted per structure,
 * so it is ONE item whose finding names the structure as its site; the tenderness grade is the value.
 * Trigger-point fields only make sense on muscles, hence `TRIGGER_POINT_MUSCLES`.
 */
import { bodyRegions, bool, choice, codes, num, text } from "./build";
import type { ExamItem, ExamRegion, ExamSite } from "./types";

export type StructureKind = "MUSCLE" | "TENDON" | "BAND" | "LIGAMENT" | "BONE" | "JOINT";

export interface PalpationStructure extends ExamSite {
  kind: StructureKind;
  regions: readonly ExamRegion[];
  /** Typical referral pattern, hint only (DOMAIN.md §2.6). */
  referral?: string;
}

type Row = [id: string, label: string, kind: StructureKind, paired: boolean, regions: ExamRegion[], referral?: string];

const ROWS: Row[] = [
  ["PIRIFORMIS", "Piriformis", "MUSCLE", true, ["PIRIFORMIS", "HIP"], "buttock / posterior thigh"],
  ["GLUTEUS_MAXIMUS", "Gluteus maximus", "MUSCLE", true, ["HIP", "SIJ"]],
  ["GLUTEUS_MEDIUS", "Gluteus medius", "MUSCLE", true, ["HIP", "ITB"], "low back / sacrum / buttock"],
  ["GLUTEUS_MINIMUS", "Gluteus minimus", "MUSCLE", true, ["HIP", "ITB"], "lateral and posterior thigh / leg (pseudo-sciatica)"],
  ["DEEP_ROTATORS", "Deep rotators (gemelli, obturator internus, quadratus femoris)", "MUSCLE", true, ["PIRIFORMIS", "HIP"]],
  ["TFL", "Tensor fasciae latae", "MUSCLE", true, ["ITB", "HIP"], "lateral thigh / hip"],
  ["ITB_DISTAL", "Distal iliotibial band", "BAND", true, ["ITB"]],
  ["QUADRATUS_LUMBORUM", "Quadratus lumborum", "MUSCLE", true, ["LUMBAR"], "SIJ / buttock / greater trochanter"],
  ["ERECTOR_SPINAE_LUMBAR", "Lumbar erector spinae", "MUSCLE", true, ["LUMBAR"]],
  ["MULTIFIDUS_LUMBAR", "Lumbar multifidus", "MUSCLE", true, ["LUMBAR"]],
  ["ILIOPSOAS", "Iliopsoas", "MUSCLE", true, ["HIP", "LUMBAR"], "lumbar paraspinals / anterior thigh"],
  ["RECTUS_FEMORIS", "Rectus femoris", "MUSCLE", true, ["THIGH", "HIP"]],
  ["VASTUS_LATERALIS", "Vastus lateralis", "MUSCLE", true, ["THIGH", "ITB"]],
  ["ADDUCTORS", "Adductors", "MUSCLE", true, ["THIGH", "HIP"]],
  ["HAMSTRING_BICEPS_FEMORIS", "Hamstring: biceps femoris", "MUSCLE", true, ["THIGH"]],
  ["HAMSTRING_MEDIAL", "Hamstring: semitendinosus / semimembranosus", "MUSCLE", true, ["THIGH"]],
  ["PROXIMAL_HAMSTRING_TENDON", "Proximal hamstring tendon", "TENDON", true, ["THIGH", "HIP"]],
  ["GASTROCNEMIUS", "Gastrocnemius", "MUSCLE", true, ["LEG"]],
  ["SOLEUS", "Soleus", "MUSCLE", true, ["LEG"]],
  ["LONG_DORSAL_SI_LIGAMENT", "Long dorsal SI ligament", "LIGAMENT", true, ["SIJ"]],
  ["SACROTUBEROUS_LIGAMENT", "Sacrotuberous ligament", "LIGAMENT", true, ["SIJ", "PIRIFORMIS"]],
  ["ILIOLUMBAR_LIGAMENT", "Iliolumbar ligament", "LIGAMENT", true, ["LUMBAR", "SIJ"]],
  ["GREATER_TROCHANTER", "Greater trochanter", "BONE", true, ["HIP", "ITB"]],
  ["SACRUM", "Sacrum", "BONE", false, ["SIJ", "PELVIS"]],
  ["COCCYX", "Coccyx", "BONE", false, ["PELVIS"]],
  ...(["L1", "L2", "L3", "L4", "L5"].map((l): Row => [`SPINOUS_PROCESS_${l}`, `Spinous process ${l}`, "BONE", false, ["LUMBAR"]])),
  ["SIJ_SULCUS", "SI joint sulcus", "JOINT", true, ["SIJ"]],
];

export const PALPATION_STRUCTURES: readonly PalpationStructure[] = ROWS.map(([id, label, kind, paired, regions, referral]) => ({
  id, label, kind, paired, regions, ...(referral ? { referral } : {}),
}));

/** The structures a trigger point can be charted on: muscles only (the ITB is a band, not a muscle). */
export const TRIGGER_POINT_MUSCLES: readonly PalpationStructure[] = PALPATION_STRUCTURES.filter((s) => s.kind === "MUSCLE");

export const TONES = codes("NORMAL", "HYPERTONIC", "SPASM", "HYPOTONIC");
export const TEXTURES = codes("NORMAL", "FIBROTIC", "BOGGY_OEDEMA", "ADHERED");
export const TRP_TYPES = [
  { value: "ACTIVE", label: "Active (reproduces the familiar pain)" },
  { value: "LATENT", label: "Latent (tender, refers on pressure only, not the familiar complaint)" },
] as const;

export const PALPATION_ITEMS: readonly ExamItem[] = [
  {
    code: "PALP", label: "Palpation", source: "§2.6", groups: ["palpation"],
    regions: ["LUMBAR", "SIJ", "PELVIS", "HIP", "PIRIFORMIS", "ITB", "THIGH", "LEG"],
    paired: false, sites: PALPATION_STRUCTURES, unit: "grade",
    // Default 0–3 scale; historic 0–4 data keep their scale id and are never trended against 0–3.
    result: { kind: "grade", scale: "TENDER_0_3", altScales: ["TENDER_0_4"] },
    extras: [
      choice("tone", "Tone", TONES),
      choice("texture", "Texture", TEXTURES),
      bool("trp_present", "Trigger point present"),
      choice("trp_type", "Trigger point type", TRP_TYPES),
      bool("taut_band", "Taut band"),
      bool("local_twitch", "Local twitch response"),
      bool("referral_reproduced", "Referral reproduced"),
      bodyRegions("referral_region_ids", "Referral to"),
      num("ppt_kg_cm2", "Pressure-pain threshold (algometer)", "kg/cm2", 0, 15),
      text("note", "Note"),
    ],
    summary: "Tenderness 0–3 per structure, with tone, texture and trigger-point details.",
  },
];
