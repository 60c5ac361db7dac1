/**
 * The contraindication engine's rules as data: every row of DOMAIN.md §4.3, plus the relative
 * contraindications and precautions that §4.2 lists beside individual components. A row fires when
 * any of its trigger items is present; each effect then matches lines by tag (what the line does)
 * and zone (where it acts). `when` names an extra condition evaluated by the engine.
 *
 * Blocks are hard stops; warns need an acknowledgement with a reason. DOMAIN.md lets a block be
 * overridden only where it defers to another authority: the hip-arthroplasty row ("per surgeon
 * protocol"). The osteoporosis block is a clinic setting (block or warn), not a per-line override.
 */
import type { RestrictionCode } from "@/lib/domain/intake/red-flag-labels";
import { LOWER_LIMB_ZONES, LUMBOPELVIC_ZONES, SPINAL_ZONES, TRUNK_PELVIS_ZONES, type Zone } from "./anatomy";
import type { TreatmentTag } from "./components/types";

export type WhenId =
  | "FIRST_TRIMESTER" | "LATER_PREGNANCY"
  | "POSTERIOR_OR_UNKNOWN_HIP_APPROACH"
  | "AT_FUSED_SEGMENT" | "ADJACENT_TO_FUSION" | "FUSION_LEVELS_UNKNOWN"
  | "IN_SENSORY_LOSS_AREA" | "SENSORY_LOSS_AREA_UNKNOWN"
  | "ACTIVE_DVT_LIMB" | "DVT_ACTIVITY_UNKNOWN";

export interface Effect {
  /** The line matches when it has any of these tags ("ALL": every line). */
  tags: readonly TreatmentTag[] | "ALL";
  /** Where: omitted = anywhere; "FLAGGED" = the region the red flags were raised for. */
  zones?: readonly Zone[] | "FLAGGED";
  when?: WhenId;
  /** Plain words for the message: "HVLA to the flagged region". */
  label: string;
  /** A block that a clinician may override with a reason (default: blocks no, warns yes). */
  overridable?: boolean;
  /** The clinic setting that turns this block into a warning. */
  setting?: "osteoporosisHighForceHvla";
}

export interface Trigger {
  restrictions?: readonly RestrictionCode[];
  conditions?: readonly string[];
  medicationClasses?: readonly string[];
  longTermSteroids?: boolean;
  allergyKinds?: readonly string[];
  surgeryFlags?: readonly string[];
}

export interface ContraindicationRow {
  id: string;
  /** The §4.3 "Patient flag" cell (or the §4.2 precaution). */
  flag: string;
  source: string;
  trigger: Trigger;
  blocks: readonly Effect[];
  warns: readonly Effect[];
}

/** Red-flag restriction codes that only the bone-stress-injury flags (RF-BSI-*) produce. */
export const BSI_RESTRICTIONS: readonly RestrictionCode[] = ["HVLA_SACRUM_SIJ", "DROP_TECHNIQUE_SACRUM_SIJ", "IMPACT_EXERCISE", "HOPPING_TESTS", "HIP_LOADING", "HIP_TRACTION_THRUST"];
const BSI_SITE: readonly Zone[] = ["SACRAL", "PELVIC", "HIP"];
const BLEEDING: Trigger = { medicationClasses: ["ANTICOAGULANT"], conditions: ["BLEEDING_DISORDER"] };

/** DOMAIN.md §4.3, row by row. */
export const CONTRAINDICATION_ROWS: readonly ContraindicationRow[] = [
  {
    id: "EMERGENCY_RED_FLAG", flag: "EMERGENCY red flag", source: "§4.3", trigger: { restrictions: ["ALL_TREATMENT"] },
    blocks: [{ tags: "ALL", label: "any treatment" }], warns: [],
  },
  {
    id: "URGENT_REFERRAL_RED_FLAG", flag: "URGENT_REFERRAL red flag", source: "§4.3", trigger: { restrictions: ["HVLA_FLAGGED_REGION", "IMPACT_LOADING_FLAGGED_REGION"] },
    blocks: [
      { tags: ["THRUST"], zones: "FLAGGED", label: "HVLA to the flagged region" },
      { tags: ["IMPACT", "HEAVY_LOADING"], zones: "FLAGGED", label: "impact or loading of the flagged region" },
    ],
    warns: [{ tags: ["SOFT_TISSUE"], zones: "FLAGGED", label: "soft tissue to the flagged region" }],
  },
  {
    id: "BONE_STRESS_INJURY", flag: "Suspected stress fracture (RF-BSI-*)", source: "§4.3", trigger: { restrictions: BSI_RESTRICTIONS },
    blocks: [
      { tags: ["THRUST", "DROP"], zones: BSI_SITE, label: "HVLA or drop technique on the sacrum, pelvis or hip" },
      { tags: ["IMPACT"], label: "hopping or plyometric exercise" },
      { tags: ["RUNNING"], label: "return to running" },
    ],
    warns: [
      { tags: ["DEEP_PRESSURE"], zones: BSI_SITE, label: "deep pressure over the suspected site" },
      { tags: ["E_STIM"], zones: BSI_SITE, label: "e-stim over the suspected site" },
    ],
  },
  {
    id: "BLEEDING_RISK", flag: "Anticoagulant or bleeding disorder", source: "§4.3", trigger: BLEEDING,
    blocks: [],
    warns: [
      { tags: ["THRUST"], label: "HVLA" }, { tags: ["DRY_NEEDLING"], label: "dry needling" }, { tags: ["IASTM"], label: "IASTM" },
      { tags: ["CUPPING"], label: "cupping" }, { tags: ["DEEP_FRICTION"], label: "deep friction" },
    ],
  },
  {
    id: "LOW_BONE_DENSITY", flag: "Osteoporosis or long-term oral steroids", source: "§4.3", trigger: { conditions: ["OSTEOPOROSIS"], longTermSteroids: true },
    blocks: [{ tags: ["HIGH_FORCE_THRUST"], label: "high-force HVLA", setting: "osteoporosisHighForceHvla" }],
    warns: [
      { tags: ["LOADED_SPINAL_FLEXION"], label: "loaded spinal flexion exercise (curl-up, sit-up)" },
      { tags: ["DEEP_PRESSURE"], zones: ["RIB_CAGE", "THORACIC"], label: "deep pressure over the ribs" },
    ],
  },
  {
    id: "IMPLANTED_DEVICE", flag: "Pacemaker / ICD or implanted stimulator", source: "§4.3", trigger: { conditions: ["PACEMAKER_ICD", "IMPLANTED_STIMULATOR"] },
    blocks: [{ tags: ["E_STIM"], label: "electrical stimulation (all types)" }, { tags: ["DIATHERMY"], label: "diathermy" }],
    warns: [{ tags: ["ULTRASOUND"], label: "ultrasound near the device" }],
  },
  {
    id: "PREGNANCY", flag: "Pregnant", source: "§4.3", trigger: { conditions: ["PREGNANT"] },
    blocks: [
      { tags: ["E_STIM"], zones: TRUNK_PELVIS_ZONES, label: "e-stim on the trunk or pelvis" },
      { tags: ["DRY_NEEDLING"], zones: LUMBOPELVIC_ZONES, when: "FIRST_TRIMESTER", label: "dry needling of lumbopelvic points in the first trimester" },
    ],
    warns: [
      { tags: ["PRONE"], when: "LATER_PREGNANCY", label: "prone positioning in later pregnancy" },
      { tags: ["SUPINE"], when: "LATER_PREGNANCY", label: "lying supine for more than a few minutes after about 20 weeks" },
      { tags: ["DROP"], label: "some drop-table techniques (verify)" },
    ],
  },
  {
    id: "HIP_ARTHROPLASTY", flag: "Hip replacement (posterior approach, early)", source: "§4.3", trigger: { surgeryFlags: ["HIP_ARTHROPLASTY"] },
    blocks: [{
      tags: ["HIP_PRECAUTION_POSITION"], when: "POSTERIOR_OR_UNKNOWN_HIP_APPROACH", overridable: true,
      label: "deep hip flexion past 90° with adduction and internal rotation (e.g. supine piriformis stretch, deep figure-4) unless the surgeon's protocol allows it",
    }],
    warns: [],
  },
  {
    id: "SPINAL_FUSION", flag: "Spinal fusion", source: "§4.3", trigger: { surgeryFlags: ["SPINAL_FUSION"] },
    blocks: [{ tags: ["THRUST"], when: "AT_FUSED_SEGMENT", label: "HVLA at a fused segment" }],
    warns: [
      { tags: ["THRUST"], when: "ADJACENT_TO_FUSION", label: "HVLA at a level adjacent to the fusion" },
      { tags: ["THRUST"], zones: SPINAL_ZONES, when: "FUSION_LEVELS_UNKNOWN", label: "spinal HVLA while the fused levels are not recorded (record them)" },
    ],
  },
  {
    id: "SKIN_SENSORY_LOSS", flag: "Skin sensory loss", source: "§4.3", trigger: { conditions: ["SKIN_SENSORY_LOSS"] },
    blocks: [{ tags: ["HEAT", "COLD", "E_STIM"], when: "IN_SENSORY_LOSS_AREA", label: "heat, ice or e-stim over the area of sensory loss" }],
    warns: [{ tags: ["HEAT", "COLD", "E_STIM"], when: "SENSORY_LOSS_AREA_UNKNOWN", label: "heat, ice or e-stim: check sensation first (area of loss not recorded)" }],
  },
  {
    id: "ADHESIVE_ALLERGY", flag: "Adhesive allergy", source: "§4.3", trigger: { allergyKinds: ["ADHESIVE"] },
    blocks: [{ tags: ["ADHESIVE_TAPE"], label: "kinesiology tape" }, { tags: ["ADHESIVE_ELECTRODES"], label: "adhesive electrodes (use sponge or vacuum electrodes)" }],
    warns: [],
  },
  {
    id: "ACTIVE_DVT", flag: "DVT (active)", source: "§4.3", trigger: { conditions: ["DVT_HISTORY"] },
    blocks: [{ tags: ["SOFT_TISSUE", "E_STIM", "IASTM"], zones: LOWER_LIMB_ZONES, when: "ACTIVE_DVT_LIMB", label: "massage, compression, e-stim or IASTM of the affected limb" }],
    warns: [{ tags: ["SOFT_TISSUE", "E_STIM", "IASTM"], zones: LOWER_LIMB_ZONES, when: "DVT_ACTIVITY_UNKNOWN", label: "massage, compression, e-stim or IASTM of the legs: confirm the DVT is not active" }],
  },
];

/** Precautions §4.2 lists beside components (not §4.3 rows): all need acknowledgement only. */
export const COMPONENT_PRECAUTION_ROWS: readonly ContraindicationRow[] = [
  {
    id: "HVLA_RELATIVE", flag: "Inflammatory arthritis, hypermobility or pregnancy", source: "§4.2.1",
    trigger: { conditions: ["INFLAMMATORY_ARTHRITIS", "HYPERMOBILITY", "PREGNANT"] },
    blocks: [], warns: [{ tags: ["THRUST"], label: "HVLA (relative contraindication: check for a flare / choose the technique)" }],
  },
  {
    id: "OSTEOPENIA", flag: "Osteopenia", source: "§4.2.1", trigger: { conditions: ["OSTEOPENIA"] },
    blocks: [], warns: [{ tags: ["HIGH_FORCE_THRUST"], label: "high-force HVLA" }],
  },
  {
    id: "ESTIM_PRECAUTIONS", flag: "Peripheral neuropathy (impaired sensation)", source: "§4.2.5", trigger: { conditions: ["PERIPHERAL_NEUROPATHY"] },
    blocks: [], warns: [{ tags: ["E_STIM", "HEAT", "COLD"], label: "e-stim, heat or cold: check sensation over the area" }],
  },
  {
    id: "EPILEPSY", flag: "Epilepsy", source: "§4.2.5", trigger: { conditions: ["EPILEPSY"] },
    blocks: [], warns: [{ tags: ["E_STIM"], zones: ["CERVICAL", "HEAD_TMJ"], label: "e-stim on the head or neck" }],
  },
  {
    id: "MALIGNANCY", flag: "Cancer history", source: "§4.2.5", trigger: { conditions: ["CANCER_HISTORY"] },
    blocks: [], warns: [{ tags: ["E_STIM", "HEAT", "ULTRASOUND"], label: "e-stim, heat or ultrasound: never over a known or suspected malignancy" }],
  },
  {
    id: "HEAT_BLEEDING_DVT", flag: "Bleeding risk or DVT history", source: "§4.2.5", trigger: { ...BLEEDING, conditions: ["BLEEDING_DISORDER", "DVT_HISTORY"] },
    blocks: [], warns: [{ tags: ["HEAT"], label: "heat (bleeding risk / DVT)" }],
  },
];

export const ALL_CONTRAINDICATION_ROWS: readonly ContraindicationRow[] = [...CONTRAINDICATION_ROWS, ...COMPONENT_PRECAUTION_ROWS];
