/**
 * Observation and pelvic level (DOMAIN.md §2.1). Landmark comparisons are one finding each with the
 * value `{ high_side: L|R|LEVEL, diff_mm }`, so the item itself is not paired: the side lives in the value.
 * Static palpation of pelvic landmarks has only fair inter-examiner agreement, hence `lowReliability`.
 */
import { choice, codes, enumOf } from "./build";
import { LEVEL_METHODS, type ExamItem, type ResultSpec } from "./types";

const POSITIONS = codes("STANDING", "SEATED", "SUPINE", "PRONE");

const level = (levelBelowMm?: number): ResultSpec => ({
  kind: "level",
  diffMm: { min: 0, max: 40 },
  methods: LEVEL_METHODS,
  ...(levelBelowMm !== undefined ? { levelBelowMm } : {}),
});

const landmark = (code: string, label: string, summary: string, levelBelowMm?: number, note?: string): ExamItem => ({
  code,
  label,
  source: "§2.1",
  groups: ["observation", "pelvic_level"],
  regions: ["PELVIS", "SIJ"],
  paired: false,
  result: level(levelBelowMm),
  unit: "mm",
  extras: [choice("position", "Position", POSITIONS)],
  summary,
  lowReliability: true,
  ...(note ? { note } : {}),
});

export const OBSERVATION_ITEMS: readonly ExamItem[] = [
  // < 5 mm by palpation is within the error of the method (DOMAIN.md marks it verify).
  landmark("PL-CREST", "Iliac crest height", "Hands level on both crests, standing, feet hip-width, weight even.", 5,
    "A high crest may mean a short leg on the other side or pelvic obliquity; re-check seated: a difference that disappears seated points to the legs."),
  landmark("PL-ASIS", "ASIS height", "Thumbs under both ASIS.", undefined,
    "ASIS low + PSIS high on one side suggests anterior innominate rotation; ASIS high + PSIS low suggests posterior rotation."),
  landmark("PL-PSIS", "PSIS height", "Thumbs under both PSIS (dimples).", undefined, "Compare with the crest findings."),
  landmark("PL-TROCH", "Greater trochanter height", "Palpate the tops of both trochanters.", undefined,
    "A trochanter difference with level crests is unusual: re-check."),
  landmark("PL-FOLDS", "Gluteal folds / popliteal creases", "Visual comparison; normal is symmetric."),
  {
    code: "OBS-INNOM", label: "Innominate rotation", source: "§2.1", groups: ["observation", "pelvic_level"], regions: ["PELVIS", "SIJ"],
    paired: false, unit: null, lowReliability: true,
    result: enumOf(codes("NONE", "ANTERIOR_L", "ANTERIOR_R", "POSTERIOR_L", "POSTERIOR_R", "UPSLIP_L", "UPSLIP_R"), "NONE"),
    summary: "Read from the ASIS/PSIS pattern (osteopathic/chiropractic terminology).",
  },
  {
    code: "OBS-LORDOSIS", label: "Lumbar lordosis", source: "§2.1", groups: ["observation"], regions: ["LUMBAR"],
    paired: false, unit: null, result: enumOf(codes("NORMAL", "INCREASED", "DECREASED", "FLAT"), "NORMAL"),
  },
  {
    code: "OBS-SHIFT", label: "Lateral shift / list", source: "§2.1", groups: ["observation"], regions: ["LUMBAR"],
    paired: false, unit: null, result: enumOf(codes("NONE", "SHIFT_L", "SHIFT_R"), "NONE"),
    summary: "Named by the direction of the shoulders relative to the pelvis (McKenzie).",
  },
  {
    code: "OBS-SCOLIOSIS", label: "Scoliosis / Adams forward bend", source: "§2.1", groups: ["observation"], regions: ["LUMBAR"],
    paired: false, unit: null, result: enumOf(codes("NONE", "FUNCTIONAL", "STRUCTURAL"), "NONE"),
    summary: "Functional: disappears on forward bend or seated.",
  },
  {
    code: "OBS-GAIT", label: "Gait", source: "§2.1", groups: ["observation"], regions: ["HIP", "PELVIS", "LUMBAR"],
    paired: false, unit: null,
    result: enumOf(
      codes("NORMAL", "ANTALGIC", "TRENDELENBURG_L", "TRENDELENBURG_R", "COMPENSATED_TRENDELENBURG", "FOOT_DROP_L", "FOOT_DROP_R", "SHORT_STRIDE", "CROSSOVER", "OVERSTRIDE"),
      "NORMAL",
      true,
    ),
    // Foot drop is a motor deficit: the neuro screen (L4/L5 myotomes) should follow.
    redFlag: { when: ["FOOT_DROP_L", "FOOT_DROP_R"], ids: ["RF-NEURO"] },
  },
];
