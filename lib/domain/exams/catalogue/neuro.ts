/**
 * Neurological screen L2–S2 (DOMAIN.md §2.7): dermatomes, myotomes and reflexes, each root or reflex
 * its own item (different area / movement = different test). Saddle sensation (S3–S5) is included
 * because any loss there is a cauda equina red flag. Asymmetry and comment rules live in
 * `../neuro-asymmetry.ts` (V9).
 */
import { bool, choice, codes, enumOf, num } from "./build";
import type { ExamItem } from "./types";

export const ROOTS = ["L2", "L3", "L4", "L5", "S1", "S2"] as const;
export type Root = (typeof ROOTS)[number];

export const DERMATOME_STATUSES = codes("NORMAL", "DIMINISHED", "ABSENT", "HYPERAESTHETIC", "PARAESTHESIA", "NT");
const MODALITY = choice("modality", "Modality", codes("LIGHT_TOUCH", "PINPRICK"));

const DERMATOME_AREAS: Record<Root, string> = {
  L2: "Upper front of the thigh",
  L3: "Lower front / inner thigh just above the knee, medial knee",
  L4: "Inner leg down to the inner ankle bone",
  L5: "Outer leg, top of the foot, first web space / great toe",
  S1: "Outer border of the foot, little toe, outer heel / sole",
  S2: "Back of the thigh (posterior midline)",
};

const MYOTOMES: Record<Root, [movement: string, functional?: string]> = {
  L2: ["Hip flexion (seated)"],
  L3: ["Knee extension", "Single-leg sit-to-stand"],
  L4: ["Ankle dorsiflexion (tibialis anterior)", "Heel walking"],
  L5: ["Great toe extension (EHL); also hip abduction", "Heel walking; single-leg stance"],
  S1: ["Ankle plantarflexion / eversion; hip extension", "Toe walking; repeated single-leg heel raises"],
  S2: ["Knee flexion"],
};

export const DERMATOME_CODES = ROOTS.map((r) => `NEURO-DERM-${r}`);
export const MYOTOME_CODES = ROOTS.map((r) => `NEURO-MYO-${r}`);
export const REFLEX_CODES = ["NEURO-REFLEX-PATELLAR", "NEURO-REFLEX-MEDHAM", "NEURO-REFLEX-ACHILLES"] as const;

const dermatome = (root: Root): ExamItem => ({
  code: `NEURO-DERM-${root}`, label: `${root} dermatome`, source: "§2.7", groups: ["neuro"], regions: ["LUMBAR"],
  paired: true, unit: null, result: enumOf(DERMATOME_STATUSES, "NORMAL"), extras: [MODALITY], summary: DERMATOME_AREAS[root],
});

const myotome = (root: Root): ExamItem => {
  const [movement, functional] = MYOTOMES[root];
  return {
    code: `NEURO-MYO-${root}`, label: `${root} myotome`, source: "§2.7", groups: ["neuro"], regions: ["LUMBAR"],
    paired: true, unit: "grade", result: { kind: "grade", scale: "MRC_0_5" },
    extras: [
      choice("modifier", "Modifier", [{ value: "-", label: "−" }, { value: "+", label: "+" }]),
      ...(root === "S1" ? [num("heel_raise_count", "Single-leg heel raises", "count", 0, 100)] : []),
    ],
    summary: functional ? `${movement}. Functional: ${functional}.` : movement,
  };
};

const reflex = (code: string, label: string, summary: string, note?: string): ExamItem => ({
  code, label, source: "§2.7", groups: ["neuro"], regions: ["LUMBAR"], paired: true, unit: "grade",
  result: { kind: "grade", scale: "REFLEX_0_4" },
  // Grades 0 and 4+ need a comment (V9); `comment` is a field of every finding.
  extras: [bool("reinforced", "Reinforced (Jendrassik)")],
  summary, ...(note ? { note } : {}),
});

export const NEURO_ITEMS: readonly ExamItem[] = [
  ...ROOTS.map(dermatome),
  {
    code: "NEURO-DERM-SADDLE", label: "Saddle sensation (S3–S5)", source: "§2.7", groups: ["neuro"], regions: ["LUMBAR", "PELVIS"],
    paired: false, unit: null, result: enumOf(DERMATOME_STATUSES, "NORMAL"), extras: [MODALITY],
    summary: "Saddle / perianal area.", note: "Any loss is a cauda equina red flag.",
    redFlag: { when: ["DIMINISHED", "ABSENT", "PARAESTHESIA"], ids: ["RF-CES-1"] },
  },
  ...ROOTS.map(myotome),
  reflex("NEURO-REFLEX-PATELLAR", "Patellar reflex (knee jerk)", "L3–L4 (mainly L4)"),
  reflex("NEURO-REFLEX-MEDHAM", "Medial hamstring reflex", "L5", "Less reliable; optional."),
  reflex("NEURO-REFLEX-ACHILLES", "Achilles reflex (ankle jerk)", "S1 (S1–S2)", "Reduced with age."),
  {
    code: "NEURO-BABINSKI", label: "Plantar response (Babinski)", source: "§2.7", groups: ["neuro"], regions: ["LUMBAR"],
    paired: true, unit: null,
    result: enumOf([{ value: "FLEXOR", label: "Flexor (toes down, normal)" }, { value: "EXTENSOR", label: "Extensor (upgoing, abnormal)" }, { value: "EQUIVOCAL", label: "Equivocal" }], "FLEXOR"),
    summary: "Upper motor neurone screen.",
    redFlag: { when: ["EXTENSOR"], ids: ["RF-UMN"] },
  },
  {
    code: "NEURO-CLONUS", label: "Ankle clonus", source: "§2.7", groups: ["neuro"], regions: ["LUMBAR"],
    paired: true, unit: "count", result: { kind: "count", validation: { min: 0, max: 100 }, reference: { max: 3 } },
    summary: "Beats counted; sustained (> 3 beats) is abnormal (upper motor neurone screen).",
    redFlag: { above: 3, ids: ["RF-UMN"] },
  },
];
