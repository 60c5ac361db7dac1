/**
 * Muscle length tests (DOMAIN.md §2.5). Thomas, Ober and Ely are also special tests (§2.8): one item
 * each, coded by the §2.8 id with the §2.5 id as alias, so both lists show the same trend line.
 * Prone hip rotation (ML-HIPROT) is ROM-HIP-IR / ROM-HIP-ER with position PRONE_NEUTRAL (see `./rom`).
 * Cut-offs are marked verify in DOMAIN.md; the normal ranges below are its figures.
 */
import { bool, choice, codes, deg, degrees, enumOf, mm, opts } from "./build";
import type { ExamItem } from "./types";

export const MUSCLE_LENGTH_ITEMS: readonly ExamItem[] = [
  {
    code: "T-THOMAS", aliases: ["ML-THOMAS"], label: "(Modified) Thomas test", source: "§2.5, §2.8",
    groups: ["muscle_length", "special_test"], regions: ["HIP", "ITB"], paired: true,
    result: { kind: "test_result", familiarPain: "none" }, unit: null,
    extras: [
      // + = thigh above table level (short iliopsoas); validation is a house range.
      deg("hip_angle_deg", "Hip angle (thigh vs horizontal, + = above table)", -30, 60),
      deg("knee_flexion_deg", "Knee flexion", 0, 150),
      bool("thigh_abducted", "Thigh drifts into abduction"),
      choice("short_structures", "Short structures", opts(["ILIOPSOAS", "Iliopsoas (thigh up)"], ["RECTUS_FEMORIS", "Rectus femoris (knee extends)"], ["TFL_ITB", "TFL / ITB (thigh abducts)"]), true),
    ],
    summary: "Normal: posterior thigh reaches the table and the knee flexes about 80° or more (cut-offs 67–90°, verify).",
  },
  {
    code: "T-OBER", aliases: ["ML-OBER"], label: "Ober test", source: "§2.5, §2.8",
    groups: ["muscle_length", "special_test"], regions: ["ITB", "HIP"], paired: true,
    result: { kind: "test_result", familiarPain: "none" }, unit: null,
    extras: [
      deg("adduction_angle_deg", "Adduction angle (below horizontal = +)", -45, 45),
      choice("knee", "Knee", opts(["FLEXED", "Flexed (classic)"], ["EXTENDED", "Extended (modified)"])),
    ],
    summary: "Positive: the limb stays abducted above horizontal (short TFL / ITB complex).",
  },
  {
    code: "T-ELY", aliases: ["ML-ELY"], label: "Ely's test", source: "§2.5, §2.8",
    groups: ["muscle_length", "special_test"], regions: ["HIP", "THIGH"], paired: true,
    result: { kind: "test_result", familiarPain: "none" }, unit: null,
    extras: [mm("heel_to_buttock_mm", "Heel to buttock", 0, 600)],
    summary: "Prone knee bend: the hip on that side flexes (buttock rises) or the knee cannot flex fully = short rectus femoris.",
  },
  {
    code: "ML-AKE", label: "90-90 hamstring / active knee extension", source: "§2.5", groups: ["muscle_length"], regions: ["THIGH", "HIP"],
    paired: true, unit: "deg",
    // Value is the knee-extension DEFICIT (0 = fully straight): within 20° counts as normal.
    result: degrees({ min: 0, max: 90 }, { max: 20 }, "deficit ≤ 20° (normative data vary by sex; verify)"),
    summary: "Supine, hip held at 90°, knee straightened actively; value = deficit from full extension.",
  },
  {
    code: "ML-PSLR", label: "Passive straight-leg raise (hamstring length)", source: "§2.5", groups: ["muscle_length"], regions: ["THIGH", "HIP"],
    paired: true, unit: "deg", result: degrees({ min: 0, max: 130 }, { min: 70, max: 90 }, "≈ 70–90° typical hamstring length"),
    extras: [choice("limit_by", "Limited by", codes("STRETCH", "NEURAL_SYMPTOMS", "PAIN"))],
    note: "If leg symptoms limit the raise, record the neurodynamic straight leg raise (T-SLR) instead.",
  },
  {
    code: "ML-PIRI", label: "Piriformis length", source: "§2.5", groups: ["muscle_length"], regions: ["PIRIFORMIS", "HIP"],
    paired: true, unit: null, result: enumOf(opts(["NONE", "None"], ["MILD", "Mild"], ["MOD", "Moderate"], ["SEVERE", "Severe"]), "NONE"),
    extras: [bool("pain_reproduced", "Pain reproduced"), deg("hip_flexion_deg", "Hip flexion used", 0, 130)],
    summary: "Supine, hip flexed 60–90°, adducted and rotated; restriction compared between sides.",
    note: "Subjective; compare with the FAIR test.",
  },
];
