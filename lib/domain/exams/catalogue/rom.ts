/**
 * Range of motion (DOMAIN.md §2.4). The value of a finding is the ACTIVE range in whole degrees; the
 * passive range, end feel and end-range pain are extras, so one motion on one side is one trend line.
 * `validation` is what a form accepts (V10); `reference` is the adult reference the status compares
 * against (AMA-style dual inclinometer for the lumbar spine, AAOS for the hip; both marked verify).
 *
 * The prone hip rotation muscle-length check (ML-HIPROT, §2.5) is the same measurement as hip IR/ER
 * taken prone with the hip in neutral, so those two items are also in the muscle-length group.
 */
import { bool, choice, codes, deg, degrees, millimetres, opts } from "./build";
import type { ClosedRange, ExamGroup, ExamItem, ExamRegion, Range } from "./types";

export const END_FEELS = codes("NORMAL", "EMPTY", "SPASM", "CAPSULAR", "FIRM", "HARD", "SPRINGY");

/** House convention for quick DC/LMT notes (DOMAIN.md §2.4). */
export const QUALITATIVE_ROM = opts(
  ["WNL", "Within normal limits"],
  ["MILD_LOSS", "Mild loss (≤ 25 %)"],
  ["MODERATE_LOSS", "Moderate loss (26–50 %)"],
  ["SEVERE_LOSS", "Severe loss (> 50 %)"],
);

const HIP_ROTATION_POSITIONS = opts(["SEATED_90", "Seated, hip 90° flexed"], ["SUPINE_90", "Supine, hip 90° flexed"], ["PRONE_NEUTRAL", "Prone, hip neutral"]);

interface Motion {
  code: string;
  label: string;
  regions: readonly ExamRegion[];
  paired: boolean;
  validation: ClosedRange;
  reference: Range;
  referenceNote: string;
  groups?: readonly ExamGroup[];
  position?: boolean;
  note?: string;
}

const motion = (m: Motion): ExamItem => ({
  code: m.code,
  label: m.label,
  source: "§2.4",
  groups: m.groups ?? ["rom"],
  regions: m.regions,
  paired: m.paired,
  result: degrees(m.validation, m.reference, m.referenceNote),
  unit: "deg",
  extras: [
    deg("passive_deg", "Passive range", m.validation.min, m.validation.max),
    bool("pain_at_end_range", "Pain at end range"),
    choice("end_feel", "End feel", END_FEELS),
    choice("qualitative", "Qualitative grade", QUALITATIVE_ROM),
    bool("painful", "Painful (qualitative grade)"),
    ...(m.position ? [choice("position", "Position", HIP_ROTATION_POSITIONS)] : []),
  ],
  ...(m.note ? { note: m.note } : {}),
});

const LUMBAR: readonly ExamRegion[] = ["LUMBAR"];
const HIP: readonly ExamRegion[] = ["HIP"];

export const ROM_ITEMS: readonly ExamItem[] = [
  motion({ code: "ROM-LUMB-FLEX", label: "Lumbar flexion", regions: LUMBAR, paired: false, validation: { min: 0, max: 110 }, reference: { min: 60, max: 60 }, referenceNote: "≈ 60° true lumbar (dual inclinometer T12 & S1)" }),
  motion({ code: "ROM-LUMB-EXT", label: "Lumbar extension", regions: LUMBAR, paired: false, validation: { min: 0, max: 50 }, reference: { min: 25, max: 25 }, referenceNote: "≈ 25°" }),
  motion({ code: "ROM-LUMB-LATFLEX", label: "Lumbar lateral flexion", regions: LUMBAR, paired: true, validation: { min: 0, max: 50 }, reference: { min: 25, max: 25 }, referenceNote: "≈ 25° each side" }),
  motion({
    code: "ROM-LUMB-ROT", label: "Lumbar rotation", regions: LUMBAR, paired: true, validation: { min: 0, max: 60 }, reference: { min: 30, max: 30 },
    referenceNote: "≈ 30° thoracolumbar; poorly measurable", note: "Often recorded as % of expected or qualitatively.",
  }),
  {
    code: "ROM-SCHOBER", label: "Schober / modified Schober", source: "§2.4", groups: ["rom"], regions: LUMBAR, paired: false, unit: "mm",
    // DOMAIN: < 5 cm increase = reduced lumbar flexion; 150 mm accepts any plausible increase.
    result: millimetres({ min: 0, max: 150 }, { min: 50 }, "increase ≥ 5 cm"),
    extras: [choice("variant", "Variant", opts(["ORIGINAL", "Original (junction and 10 cm above)"], ["MODIFIED", "Modified (5 cm below, 10 cm above; Macrae & Wright)"]))],
    summary: "Increase in distance between the skin marks in full forward bend.",
  },
  {
    code: "ROM-FTF", label: "Fingertip-to-floor", source: "§2.4", groups: ["rom"], regions: ["LUMBAR", "HIP", "THIGH"], paired: false, unit: "mm",
    // 0 = touches the floor; 800 mm covers a tall person who barely bends.
    result: millimetres({ min: 0, max: 800 }, { max: 0 }, "0 cm (touches the floor)"),
    note: "Mixes hip, spine and hamstrings: track change rather than reading one value.",
  },
  motion({ code: "ROM-HIP-FLEX", label: "Hip flexion (knee flexed)", regions: HIP, paired: true, validation: { min: 0, max: 150 }, reference: { min: 120, max: 120 }, referenceNote: "120° (AAOS)" }),
  motion({
    code: "ROM-HIP-EXT", label: "Hip extension", regions: HIP, paired: true, validation: { min: -30, max: 45 }, reference: { min: 20, max: 30 },
    referenceNote: "20° (AAOS) – 30° (AMA)", note: "Negative = flexion contracture. Prone, or via the Thomas test.",
  }),
  motion({ code: "ROM-HIP-ABD", label: "Hip abduction", regions: HIP, paired: true, validation: { min: 0, max: 70 }, reference: { min: 45, max: 45 }, referenceNote: "45°" }),
  motion({ code: "ROM-HIP-ADD", label: "Hip adduction", regions: HIP, paired: true, validation: { min: 0, max: 45 }, reference: { min: 30, max: 30 }, referenceNote: "30°" }),
  motion({
    code: "ROM-HIP-IR", label: "Hip internal rotation", regions: ["HIP", "PIRIFORMIS"], paired: true, groups: ["rom", "muscle_length"], position: true,
    validation: { min: 0, max: 70 }, reference: { min: 35, max: 45 }, referenceNote: "35–45°",
    note: "Record the position. Painful, reduced IR in a runner with groin pain: consider femoral neck stress fracture or intra-articular pathology.",
  }),
  motion({
    code: "ROM-HIP-ER", label: "Hip external rotation", regions: ["HIP", "PIRIFORMIS"], paired: true, groups: ["rom", "muscle_length"], position: true,
    validation: { min: 0, max: 80 }, reference: { min: 45, max: 45 }, referenceNote: "45°",
  }),
  motion({
    // Validation is a house choice: hyperextension is negative flexion (DOMAIN.md §2.4).
    code: "ROM-KNEE-FLEX", label: "Knee flexion", regions: ["THIGH"], paired: true, validation: { min: -15, max: 160 }, reference: { min: 135, max: 150 },
    referenceNote: "135–150°", note: "Hyperextension is recorded as negative flexion.",
  }),
];
