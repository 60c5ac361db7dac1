/**
 * Stretching techniques (§4.2.3). AIS and PNF contract–relax are separate components on purpose
 * (§10 item 9): a "lift against resistance, hold 3–5 s, relax" routine is PNF, not Mattes AIS, so
 * AIS refuses holds outside 1.5–2 s and the message points to the PNF component.
 */
import type { LineParams } from "../types";
import { codes, dec, flag, int, oneOf, where } from "./params";
import type { ComponentDef } from "./types";

/** The supine piriformis stretch (knee to opposite shoulder) is the §4.3 hip-arthroplasty example. */
const hipPrecaution = (p: LineParams) => (p.muscle === "PIRIFORMIS" ? (["HIP_PRECAUTION_POSITION"] as const) : []);

const muscle = where("muscle", "Muscle", "STRETCH_MUSCLE", { required: true });
const common = { category: "STRETCHING", source: "§4.2.3", scope: "AIS_PNF_STRETCHING", billing: { kind: "CPT", code: "97140" }, timed: true, tags: ["STRETCHING", "MANUAL"], paramTags: hipPrecaution } as const;

export const AIS: ComponentDef = {
  ...common,
  code: "AIS", label: "Active Isolated Stretching (AIS, Mattes)",
  params: [
    muscle,
    int("reps", "Repetitions", "reps", [1, 20], { required: true, default: 10, typical: [8, 10] }),
    int("sets", "Sets", "sets", [1, 3], { required: true, default: 1 }),
    dec("hold_s", "Hold", "s", [1.5, 2], 0.5, {
      required: true, default: 2,
      rangeNote: "AIS holds are 1.5–2 s; a longer hold after an isometric contraction is PNF contract–relax",
    }),
    oneOf("assist", "Assistance at end range", codes("NONE", "LIGHT_END_RANGE"), { default: "NONE" }),
    flag("breathing_cue", "Exhale into the stretch", { default: true }),
  ],
  note: "The patient contracts the opposing muscle to move into the stretch, returns to the start and relaxes between reps; no sustained hold and no contraction of the target.",
};

export const PNF_CONTRACT_RELAX: ComponentDef = {
  ...common,
  code: "PNF_CONTRACT_RELAX", label: "PNF contract–relax / hold–relax / CRAC",
  params: [
    muscle,
    oneOf("variant", "Variant", [
      { value: "CR", label: "Contract–relax" }, { value: "HR", label: "Hold–relax" }, { value: "CRAC", label: "Contract–relax–agonist-contract" },
    ], { required: true, default: "CR" }),
    int("contraction_s", "Isometric contraction of the target", "s", [3, 10], { required: true, default: 5, typical: [3, 6] }),
    int("contraction_pct_effort", "Contraction effort", "%", [10, 100], { default: 30, typical: [20, 50] }),
    int("stretch_hold_s", "Stretch hold after relaxing", "s", [5, 60], { required: true, default: 20, typical: [10, 30] }),
    int("reps", "Repetitions", "reps", [1, 10], { required: true, default: 3, typical: [3, 5] }),
  ],
};

export const STATIC_STRETCH: ComponentDef = {
  ...common,
  code: "STATIC_STRETCH", label: "Static stretch (clinician-assisted)",
  params: [
    muscle,
    int("hold_s", "Hold", "s", [10, 120], { required: true, default: 30, typical: [30, 30] }),
    int("reps", "Repetitions", "reps", [1, 10], { required: true, default: 3, typical: [2, 4] }),
  ],
};

export const MET: ComponentDef = {
  ...common,
  code: "MET", label: "Muscle energy technique (MET)",
  params: [
    where("muscle", "Muscle", "STRETCH_MUSCLE"),
    where("joint", "Joint", "JOINT"),
    int("contraction_s", "Light contraction", "s", [2, 10], { required: true, default: 5, typical: [3, 5] }),
    int("reps", "Repetitions", "reps", [1, 10], { required: true, default: 3, typical: [3, 5] }),
  ],
  rules: [{ path: "muscle", message: "Name the muscle or the joint", valid: (p) => p.muscle !== undefined || p.joint !== undefined }],
};

export const STRETCHING_COMPONENTS: readonly ComponentDef[] = [AIS, PNF_CONTRACT_RELAX, STATIC_STRETCH, MET];
