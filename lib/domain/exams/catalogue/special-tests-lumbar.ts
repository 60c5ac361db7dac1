/**
 * Special tests, lumbar and neural (DOMAIN.md §2.8). Every special-test finding also carries the common
 * record fields of §2.8 (pain location region ids, familiar pain), so only test-specific extras are here.
 */
import { bodyRegions, bool, choice, codes, deg, opts } from "./build";
import type { ExamItem, ExamSite } from "./types";

/** McKenzie repeated movements: one procedure per direction, so the direction is the finding's site. */
export const REPEATED_MOVEMENT_DIRECTIONS: readonly ExamSite[] = [
  { id: "FLEXION_STANDING", label: "Flexion in standing", paired: false },
  { id: "FLEXION_LYING", label: "Flexion in lying", paired: false },
  { id: "EXTENSION_STANDING", label: "Extension in standing", paired: false },
  { id: "EXTENSION_LYING", label: "Extension in lying", paired: false },
  { id: "SIDE_GLIDE_L", label: "Side-glide left", paired: false },
  { id: "SIDE_GLIDE_R", label: "Side-glide right", paired: false },
];

const LUMBAR_LEVELS = codes("L1", "L2", "L3", "L4", "L5");

const base = { source: "§2.8", groups: ["special_test"] as const, unit: null };

export const LUMBAR_SPECIAL_TESTS: readonly ExamItem[] = [
  {
    ...base, code: "T-SLR", label: "Straight leg raise (Lasègue)", regions: ["LUMBAR"], paired: true,
    result: { kind: "test_result", familiarPain: "optional" },
    extras: [
      deg("angle_deg", "Angle at symptom onset", 0, 110),
      bodyRegions("symptom_region", "Symptoms felt in"),
      bool("sensitised_by_dorsiflexion", "Sensitised by ankle dorsiflexion (Bragard)"),
      bool("sensitised_by_neck_flexion", "Sensitised by neck flexion"),
    ],
    summary: "Leg pain below the buttock (ideally below the knee), typically between about 30° and 70°: L4–S1 root tension.",
    note: "Positive below 30° or above 70°: confirm neural versus hamstring or another source.",
  },
  {
    ...base, code: "T-XSLR", label: "Crossed (well-leg) straight leg raise", regions: ["LUMBAR"], paired: true,
    result: { kind: "test_result", familiarPain: "optional" }, extras: [deg("angle_deg", "Angle at symptom onset", 0, 110)],
    summary: "Raising the unaffected leg (the side recorded) reproduces pain in the affected leg: large disc herniation; highly specific.",
  },
  {
    ...base, code: "T-SLUMP", label: "Slump test", regions: ["LUMBAR"], paired: true,
    result: { kind: "test_result", familiarPain: "optional" },
    extras: [deg("knee_ext_deficit_deg", "Knee extension deficit", 0, 90), bool("desensitised_by_neck_extension", "Eases when the neck is lifted")],
    summary: "Familiar leg symptoms in slumped sitting with neck flexion and knee extension that ease when the neck is lifted.",
  },
  {
    ...base, code: "T-PKB", label: "Prone knee bend (femoral nerve tension)", regions: ["LUMBAR", "THIGH"], paired: true,
    result: { kind: "test_result", familiarPain: "optional" }, extras: [deg("knee_flexion_deg", "Knee flexion at symptoms", 0, 150)],
    summary: "Anterior thigh pain on prone knee flexion (with hip extension): L2–L4 root / femoral nerve.",
  },
  {
    ...base, code: "T-KEMP", label: "Kemp's test (extension–rotation / quadrant)", regions: ["LUMBAR"], paired: true,
    result: { kind: "test_result", familiarPain: "optional" },
    extras: [choice("pain_type", "Pain", opts(["LOCAL", "Local low back (facet / posterior element)"], ["RADIATING", "Radiating leg pain (nerve root)"]))],
    summary: "Local pain points to the facet; radiating leg pain to foraminal root compression.",
  },
  {
    ...base, code: "T-PIT", label: "Prone instability test", regions: ["LUMBAR"], paired: false,
    result: { kind: "test_result", familiarPain: "optional" }, extras: [choice("level", "Level tested", LUMBAR_LEVELS)],
    summary: "PA pressure painful with feet on the floor but easing with legs lifted: likely to benefit from stabilisation.",
  },
  {
    ...base, code: "T-REPMOV", label: "Repeated movements (McKenzie)", regions: ["LUMBAR", "SIJ"], paired: false,
    sites: REPEATED_MOVEMENT_DIRECTIONS,
    result: { kind: "enum", options: codes("CENTRALISES", "PERIPHERALISES", "NO_EFFECT", "WORSE", "BETTER") },
    summary: "Directional preference: symptoms centralise or peripheralise with repeated movements.",
    note: "Centralisation suggests a discogenic source and lowers the relevance of the SIJ cluster; do this before the SIJ provocation tests.",
  },
  {
    ...base, code: "T-VALS", label: "Valsalva / cough-sneeze test", regions: ["LUMBAR"], paired: false,
    result: { kind: "test_result", familiarPain: "optional" },
    summary: "Bearing down reproduces back or leg pain: raised intrathecal pressure (disc, space-occupying lesion).",
  },
];
