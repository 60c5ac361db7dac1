/**
 * What each red-flag restriction code (intake/red-flag-labels RESTRICTIONS, §1.6 "Restricts")
 * does to a treatment line. A `Record` over every code, so a code added to the red-flag screen
 * without a treatment meaning fails to compile. Codes §1.6 marks as precautions (pregnancy
 * positioning, the anticoagulant list) warn; the rest block, as §4.3 and V3 read them.
 */
import { RESTRICTIONS, type RestrictionCode } from "@/lib/domain/intake/red-flag-labels";
import { LOWER_LIMB_ZONES, SPINAL_ZONES, TRUNK_PELVIS_ZONES } from "./anatomy";
import type { Effect } from "./contraindication-rules";

export interface RestrictionEffect {
  severity: "block" | "warn";
  effects: readonly Effect[];
}

const block = (...effects: Omit<Effect, "label">[]) => (code: RestrictionCode): RestrictionEffect => ({
  severity: "block", effects: effects.map((e) => ({ ...e, label: RESTRICTIONS[code] })),
});
const warn = (...effects: Omit<Effect, "label">[]) => (code: RestrictionCode): RestrictionEffect => ({
  severity: "warn", effects: effects.map((e) => ({ ...e, label: RESTRICTIONS[code] })),
});

const SPINE_ONLY = SPINAL_ZONES.filter((z) => z !== "PELVIC");

const RULES: Readonly<Record<RestrictionCode, (code: RestrictionCode) => RestrictionEffect>> = {
  ALL_TREATMENT: block({ tags: "ALL" }),
  SPINAL_MANIPULATION_ALL: block({ tags: ["MANIPULATION"], zones: SPINAL_ZONES }),
  HVLA_ALL: block({ tags: ["THRUST"] }),
  HVLA_LUMBAR: block({ tags: ["THRUST"], zones: ["LUMBAR"] }),
  HIGH_FORCE_HVLA: block({ tags: ["HIGH_FORCE_THRUST"], setting: "osteoporosisHighForceHvla" }),
  HVLA_FLAGGED_REGION: block({ tags: ["THRUST"], zones: "FLAGGED" }),
  IMPACT_LOADING_FLAGGED_REGION: block({ tags: ["IMPACT", "HEAVY_LOADING"], zones: "FLAGGED" }),
  HVLA_SUSPECTED_SITE: block({ tags: ["THRUST"], zones: "FLAGGED" }),
  DEEP_PRESSURE_SUSPECTED_SITE: block({ tags: ["DEEP_PRESSURE"], zones: "FLAGGED" }),
  TRACTION: block({ tags: ["TRACTION"], zones: SPINE_ONLY }),
  MANUAL_THERAPY_REGION: block({ tags: ["MANUAL"], zones: "FLAGGED" }),
  // The aorta lies in front of the lumbar spine: abdominal work (iliacus / psoas release) is included.
  LUMBAR_MANUAL_THERAPY: block({ tags: ["MANUAL"], zones: ["LUMBAR", "ABDOMEN"] }),
  HVLA_SIJ_INFLAMED: block({ tags: ["THRUST"], zones: ["PELVIC"] }),
  HVLA_SACRUM_SIJ: block({ tags: ["THRUST"], zones: ["SACRAL", "PELVIC"] }),
  DROP_TECHNIQUE_SACRUM_SIJ: block({ tags: ["DROP"], zones: ["SACRAL", "PELVIC"] }),
  IMPACT_EXERCISE: block({ tags: ["IMPACT"] }),
  // An exam restriction; as treatment it means no hopping drills.
  HOPPING_TESTS: block({ tags: ["IMPACT"] }),
  HIP_LOADING: block({ tags: ["IMPACT", "HEAVY_LOADING"] }, { tags: ["EXERCISE"], zones: ["HIP"] }),
  HIP_TRACTION_THRUST: block({ tags: ["THRUST", "TRACTION"], zones: ["HIP"] }),
  LIMB_MASSAGE_COMPRESSION_ESTIM: block({ tags: ["SOFT_TISSUE", "E_STIM"], zones: LOWER_LIMB_ZONES }),
  ESTIM_TRUNK_PELVIS: block({ tags: ["E_STIM"], zones: TRUNK_PELVIS_ZONES }),
  PRONE_LATE_PREGNANCY: warn({ tags: ["PRONE"] }),
  DROP_TABLE_PREGNANCY: warn({ tags: ["DROP"] }),
  DRY_NEEDLING: warn({ tags: ["DRY_NEEDLING"] }),
  IASTM: warn({ tags: ["IASTM"] }),
  CUPPING: warn({ tags: ["CUPPING"] }),
  DEEP_FRICTION: warn({ tags: ["DEEP_FRICTION"] }),
  LOADED_SPINAL_FLEXION: warn({ tags: ["LOADED_SPINAL_FLEXION"] }),
};

export const RESTRICTION_EFFECTS: Readonly<Record<RestrictionCode, RestrictionEffect>> = Object.fromEntries(
  (Object.keys(RULES) as RestrictionCode[]).map((code) => [code, RULES[code](code)]),
) as Record<RestrictionCode, RestrictionEffect>;
