/**
 * Pain-diagram body regions (DOMAIN.md §1.2) and the pain-location helpers used by the pain map.
 * Pure data + pure functions: safe on server and client.
 *
 * "Left"/"right" are always the PATIENT's left/right (DOMAIN.md §0). On the back view the patient's
 * left is on the viewer's left; on the front view ("as if facing you") the patient's right is on the
 * viewer's left.
 */

export const REGION_IDS = [
  "LUMBAR_UPPER",
  "LUMBAR_LOWER",
  "LUMBOSACRAL",
  "SACRUM",
  "COCCYX",
  "SIJ",
  "BUTTOCK_UPPER",
  "BUTTOCK_DEEP",
  "ISCHIAL",
  "GREATER_TROCHANTER",
  "GROIN_ANTERIOR_HIP",
  "PUBIC",
  "THIGH_ANTERIOR",
  "THIGH_LATERAL",
  "THIGH_POSTERIOR",
  "KNEE_LATERAL",
  "LEG_LATERAL",
  "LEG_POSTERIOR",
  "FOOT_DORSUM",
  "FOOT_LATERAL_SOLE",
  "PERINEUM_SADDLE",
  "ABDOMEN_FLANK",
] as const;

export type RegionId = (typeof REGION_IDS)[number];

/** Stored laterality of one pain location (DOMAIN.md §0; `NA` never applies to a body region). */
export const PAIN_SIDES = ["L", "R", "BIL", "CENTRAL"] as const;
export type PainSide = (typeof PAIN_SIDES)[number];

/** A side that can be clicked on the map; `BIL` only ever results from choosing L and R. */
export type SelectableSide = "L" | "R" | "CENTRAL";

export type PainView = "front" | "back";

export const PAIN_VIEW_LABELS: Record<PainView, string> = {
  front: "Front (as if facing you)",
  back: "Back",
};

export interface PainLocation {
  regionId: RegionId;
  side: PainSide;
  depth?: "superficial" | "deep";
  isPrimary?: boolean;
}

export interface BodyRegion {
  id: RegionId;
  /** Clinical label, verbatim from DOMAIN.md §1.2. */
  label: string;
  /** Plain words for patients. */
  patientLabel: string;
  view: PainView;
  /** Has a separate left and right side (pain can be one-sided). */
  paired: boolean;
  /**
   * The sides the map offers for this region, in viewer-independent order.
   * - limbs, SI joint, buttock, hip, pubic bone: ["L", "R"]
   * - lumbar bands and abdomen/flank: ["L", "R", "CENTRAL"] — pain may be one-sided (paraspinal/flank)
   *   or midline (spinous processes / central abdomen), and those mean different things clinically.
   * - sacrum, coccyx, saddle: ["CENTRAL"] only — single midline structures.
   */
  sides: readonly SelectableSide[];
  /** Typical associated structures, for hinting only. */
  structures: string;
}

const LR = ["L", "R"] as const;
const LRC = ["L", "R", "CENTRAL"] as const;
const C = ["CENTRAL"] as const;

type RegionRow = [RegionId, string, string, PainView, readonly SelectableSide[], string];

// [id, clinical label (§1.2), patient label, view, sides, structures]
const ROWS: RegionRow[] = [
  ["LUMBAR_UPPER", "Upper lumbar (L1–L3)", "Upper part of the lower back", "back", LRC, "facets, QL, erector spinae, upper lumbar roots"],
  ["LUMBAR_LOWER", "Lower lumbar (L4–L5)", "Lower back, around the belt line", "back", LRC, "L4/L5 facets & discs, multifidus"],
  ["LUMBOSACRAL", "Lumbosacral junction (L5–S1)", "Bottom of the lower back, just above the pelvis", "back", LRC, "L5/S1 disc, iliolumbar ligament"],
  ["SACRUM", "Sacrum (midline)", "Flat bone in the middle, at the back of the pelvis", "back", C, "sacral stress fracture, sacral base"],
  ["COCCYX", "Coccyx", "Tailbone", "back", C, "coccygodynia (M53.3)"],
  ["SIJ", "SI joint / PSIS area (dimple)", "Dimple at the back of the pelvis, beside the spine", "back", LR, "SI joint, long dorsal SI ligament"],
  ["BUTTOCK_UPPER", "Upper/lateral buttock", "Upper, outer part of the buttock", "back", LR, "gluteus medius/minimus"],
  ["BUTTOCK_DEEP", "Deep mid-buttock (piriformis region)", "Deep in the middle of the buttock", "back", LR, "piriformis, deep rotators, sciatic nerve"],
  ["ISCHIAL", "Sit-bone", "Sit bone, at the bottom of the buttock", "back", LR, "proximal hamstring tendon, ischial bursa"],
  ["GREATER_TROCHANTER", "Lateral hip point", "Bony point on the outside of the hip", "front", LR, "gluteal tendons, trochanteric bursa"],
  ["GROIN_ANTERIOR_HIP", "Groin / front of hip", "Groin or front of the hip", "front", LR, "hip joint, labrum, iliopsoas, femoral neck (stress fx!)"],
  // Pubic bone: one-sided pain is typical (ramus stress fracture, adductor origin); central symphysis pain = both sides.
  ["PUBIC", "Pubic bone", "Pubic bone, low down at the front", "front", LR, "pubic ramus stress fracture, adductor origin"],
  ["THIGH_ANTERIOR", "Front of thigh", "Front of the thigh", "front", LR, "rectus femoris, L2–L3 referral"],
  ["THIGH_LATERAL", "Outer thigh", "Outside of the thigh", "front", LR, "ITB/TFL, vastus lateralis"],
  ["THIGH_POSTERIOR", "Back of thigh", "Back of the thigh", "back", LR, "hamstrings, S1/S2 referral, sciatic nerve"],
  ["KNEE_LATERAL", "Outer knee", "Outside of the knee", "front", LR, "distal ITB (ITBS)"],
  ["LEG_LATERAL", "Outer shin/calf", "Outside of the lower leg", "front", LR, "L5 dermatome"],
  ["LEG_POSTERIOR", "Calf", "Calf (back of the lower leg)", "back", LR, "S1 dermatome"],
  ["FOOT_DORSUM", "Top of foot / big toe", "Top of the foot or big toe", "front", LR, "L5 dermatome"],
  ["FOOT_LATERAL_SOLE", "Outer foot / sole / little toe", "Outer edge or sole of the foot, or little toe", "back", LR, "S1 dermatome"],
  ["PERINEUM_SADDLE", "Saddle / inner upper thighs / genitals", "Between the legs: inner upper thighs, genitals or bottom (where you sit on a bike saddle)", "front", C, "cauda equina red flag if numb"],
  ["ABDOMEN_FLANK", "Abdomen / flank", "Belly, or the side of the waist", "front", LRC, "visceral or vascular referral — screen"],
];

export const BODY_REGIONS: readonly BodyRegion[] = ROWS.map(([id, label, patientLabel, view, sides, structures]) => ({
  id,
  label,
  patientLabel,
  view,
  paired: sides.includes("L") && sides.includes("R"),
  sides,
  structures,
}));

const BY_ID = new Map<RegionId, BodyRegion>(BODY_REGIONS.map((r) => [r.id, r]));

export function getBodyRegion(id: RegionId): BodyRegion {
  const region = BY_ID.get(id);
  if (!region) throw new Error(`Unknown body region: ${id}`);
  return region;
}

export function isRegionId(value: string): value is RegionId {
  return BY_ID.has(value as RegionId);
}

/** Central-only regions (sacrum, coccyx, saddle) treat any click as CENTRAL. */
function effectiveSide(regionId: RegionId, side: SelectableSide): SelectableSide | null {
  const { sides } = getBodyRegion(regionId);
  if (sides.length === 1 && sides[0] === "CENTRAL") return "CENTRAL";
  return sides.includes(side) ? side : null;
}

const isLateral = (side: PainSide) => side !== "CENTRAL";

/**
 * Toggle one side of a region. A region keeps at most one lateral entry (L, R or BIL) and one
 * CENTRAL entry. Choosing L while R is chosen gives BIL; removing one side of BIL leaves the other.
 * Depth / primary flags of an existing entry are kept. Sides a region does not offer are ignored.
 */
export function togglePainSide(value: PainLocation[], regionId: RegionId, side: SelectableSide): PainLocation[] {
  const target = effectiveSide(regionId, side);
  if (!target) return value;
  if (target === "CENTRAL") {
    const has = value.some((l) => l.regionId === regionId && l.side === "CENTRAL");
    return has ? value.filter((l) => !(l.regionId === regionId && l.side === "CENTRAL")) : [...value, { regionId, side: "CENTRAL" }];
  }
  const index = value.findIndex((l) => l.regionId === regionId && isLateral(l.side));
  if (index === -1) return [...value, { regionId, side: target }];
  const current = value[index];
  const other = target === "L" ? "R" : "L";
  let nextSide: PainSide | null;
  if (current.side === "BIL") nextSide = other;
  else if (current.side === target) nextSide = null;
  else nextSide = "BIL";
  if (nextSide === null) return value.filter((_, i) => i !== index);
  return value.map((l, i) => (i === index ? { ...l, side: nextSide } : l));
}

/** Is this clickable side currently chosen (BIL counts for both L and R)? */
export function isSideSelected(value: PainLocation[], regionId: RegionId, side: SelectableSide): boolean {
  const target = effectiveSide(regionId, side);
  if (!target) return false;
  return value.some(
    (l) => l.regionId === regionId && (l.side === target || (l.side === "BIL" && target !== "CENTRAL")),
  );
}

/** "Upper lumbar" → "upper lumbar", but "SI joint" stays as written. */
function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text[0].toLowerCase() + text.slice(1) : text;
}

const STAFF_SIDE: Record<PainSide, string> = { L: "Left", R: "Right", BIL: "Bilateral", CENTRAL: "Midline" };
const PATIENT_SIDE: Record<PainSide, string> = { L: "left side", R: "right side", BIL: "both sides", CENTRAL: "middle" };

/**
 * Human wording for one pain location, e.g. staff: "Right deep mid-buttock (piriformis region), deep";
 * patient: "Deep in the middle of the buttock (right side)".
 */
export function describePainLocation(loc: PainLocation, audience: "staff" | "patient"): string {
  const region = getBodyRegion(loc.regionId);
  const centralOnly = !region.paired && region.sides.includes("CENTRAL");
  const plainCentral = centralOnly && loc.side === "CENTRAL";
  let text: string;
  if (audience === "staff") {
    text = plainCentral ? region.label : `${STAFF_SIDE[loc.side]} ${lowerFirst(region.label)}`;
    if (loc.depth) text += `, ${loc.depth}`;
    if (loc.isPrimary) text += " (primary)";
  } else {
    text = plainCentral ? region.patientLabel : `${region.patientLabel} (${PATIENT_SIDE[loc.side]})`;
    if (loc.depth) text += loc.depth === "deep" ? ", feels deep" : ", near the surface";
    if (loc.isPrimary) text += " – main pain";
  }
  return text;
}
