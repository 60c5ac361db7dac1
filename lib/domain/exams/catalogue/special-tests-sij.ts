/**
 * Special tests, sacro-iliac joint (DOMAIN.md §2.8). The five provocation tests form the Laslett
 * cluster; only a POS that reproduces the familiar pain counts (V5), so those tests require the
 * familiar-pain answer on a POS. Gaenslen is tested on each side and is not in the 2-of-4 alternative.
 * The mobility tests (Gillet, standing / seated flexion) are in `./sij-mobility`.
 */
import { choice, opts } from "./build";
import type { ExamItem } from "./types";

const base = { source: "§2.8", groups: ["special_test"] as const, unit: null };
const provocation = { kind: "test_result", familiarPain: "required_if_pos" } as const;

export const LASLETT_CODES = ["T-SI-DIST", "T-SI-TT", "T-SI-COMP", "T-SI-ST", "T-GAENS"] as const;

export const SIJ_SPECIAL_TESTS: readonly ExamItem[] = [
  {
    ...base, code: "T-SI-DIST", label: "SI distraction (gapping)", regions: ["SIJ"], paired: false, result: provocation, laslett: { alt: true },
    summary: "Supine; posterolateral pressure on both ASIS reproduces the familiar posterior pelvic pain.",
  },
  {
    ...base, code: "T-SI-TT", label: "Thigh thrust (posterior shear / P4)", regions: ["SIJ"], paired: true, result: provocation, laslett: { alt: true },
    summary: "Supine, hip flexed 90°, axial pressure down the femur reproduces the familiar SIJ pain on that side.",
    note: "Reported as the single most sensitive test (verify).",
  },
  {
    ...base, code: "T-SI-COMP", label: "SI compression", regions: ["SIJ"], paired: false, result: provocation, laslett: { alt: true },
    summary: "Side-lying; downward pressure on the upper iliac crest reproduces the familiar pain.",
  },
  {
    ...base, code: "T-SI-ST", label: "Sacral thrust", regions: ["SIJ"], paired: false, result: provocation, laslett: { alt: true },
    summary: "Prone; posterior-to-anterior pressure on the centre of the sacrum reproduces the familiar pain.",
  },
  {
    ...base, code: "T-GAENS", label: "Gaenslen's test", regions: ["SIJ", "HIP", "LUMBAR"], paired: true, result: provocation, laslett: { alt: false },
    summary: "One hip fully flexed, the other extended off the table edge: familiar SIJ pain. Test and record each side.",
  },
  {
    ...base, code: "T-LASLETT", label: "Laslett SIJ cluster (derived)", regions: ["SIJ"], paired: false,
    result: { kind: "derived", computedBy: "laslettCluster", values: ["POSITIVE", "NEGATIVE", "INCOMPLETE"] },
    summary: "≥ 3 of 5 provocation tests positive, or ≥ 2 of the 4 without Gaenslen. Recomputed whenever a member changes; never typed.",
    note: "Most useful after repeated movements show no centralisation.",
  },
  {
    ...base, code: "T-YEOMAN", label: "Yeoman's test", regions: ["SIJ", "LUMBAR", "HIP"], paired: true, result: { kind: "test_result", familiarPain: "optional" },
    extras: [choice("pain_location", "Pain location", opts(["SIJ", "SIJ (anterior SI ligaments)"], ["LUMBAR", "Lumbar"], ["ANTERIOR_THIGH", "Anterior thigh (femoral nerve / hip flexor)"]))],
    summary: "Prone, knee 90°, hip extended while the pelvis is stabilised; where the pain is felt points to the source.",
  },
  {
    ...base, code: "T-HIBBS", label: "Hibbs test", regions: ["SIJ", "HIP"], paired: true, result: { kind: "test_result", familiarPain: "optional" },
    extras: [choice("pain_location", "Pain location", opts(["SIJ", "SIJ"], ["HIP", "Hip / groin"]))],
    summary: "Prone, knee 90°, foot pushed outward (hip IR): SIJ pain points to the SIJ, groin pain to the hip.",
  },
];
