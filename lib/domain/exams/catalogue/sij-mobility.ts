/**
 * SI joint mobility / positional tests (DOMAIN.md §2.2). Gillet and the standing / seated flexion tests
 * are also rows of the special-tests library (§2.8: T-GILLET, T-SFT, T-SEAT): one item each, listed in
 * both groups, with the §2.2 id kept as an alias. All of these have low inter-examiner reliability.
 */
import { bool, choice, codes, enumOf, mm, opts, text } from "./build";
import type { ExamItem, ExamSite } from "./types";

const SHORT_SIDE = opts(["L", "Left"], ["R", "Right"], ["EQUAL", "Equal"]);

/** Chiropractic listings (Gonstead-style, optional on a segment finding; verify with the clinic's technique). */
export const LUMBAR_LISTINGS = codes("PRS", "PLS", "PRI", "PLI");
export const LISTING_SUFFIXES = opts(["-M", "Mammillary"], ["-SP", "Spinous"], ["-LA", "Lamina"]);
export const ILIUM_LISTINGS = opts(["PI", "PI"], ["AS", "AS"], ["IN", "IN"], ["EX", "EX"], ["PI-IN", "PI-IN"], ["PI-EX", "PI-EX"], ["AS-IN", "AS-IN"], ["AS-EX", "AS-EX"]);
export const SACRUM_LISTINGS = opts(["P-L", "P-L (base posterior left)"], ["P-R", "P-R (base posterior right)"], ["BASE_ANTERIOR", "Base anterior"], ["BASE_POSTERIOR", "Base posterior"]);
export const COCCYX_LISTINGS = opts(["A", "Anterior"], ["L", "Left"], ["R", "Right"]);

/** Segmental motion palpation is one procedure charted per level, so the level is the finding's site. */
export const MOTION_PALPATION_SITES: readonly ExamSite[] = [
  ...["L1", "L2", "L3", "L4", "L5"].map((id) => ({ id, label: id, paired: false })),
  { id: "S1", label: "S1 / sacral base", paired: false },
  { id: "SIJ", label: "SI joint", paired: true },
];

export const SIJ_MOBILITY_ITEMS: readonly ExamItem[] = [
  {
    code: "T-GILLET", aliases: ["SIJ-GILLET"], label: "Gillet (stork / one-leg-stand) test", source: "§2.2, §2.8",
    groups: ["sij_mobility", "special_test"], regions: ["SIJ"], paired: true, result: { kind: "mobility" }, unit: null,
    extras: [choice("variant", "Version", opts(["KNEE_RAISE", "Knee-raise side (PSIS drop)"], ["STANCE", "Stance side (sacral control)"]))],
    summary: "Thumb on PSIS and S2; as the knee lifts the PSIS should drop. Hypomobile if it stays level or rises.",
    lowReliability: true,
  },
  {
    code: "T-SFT", aliases: ["SIJ-SFT"], label: "Standing flexion test", source: "§2.2, §2.8",
    groups: ["sij_mobility", "special_test"], regions: ["SIJ"], paired: true, sideMeaning: "finding",
    result: { kind: "test_result", familiarPain: "none" }, unit: null,
    summary: "Positive side: the PSIS that moves further or earlier cranially on forward bending (iliosacral restriction).",
    note: "False positives from tight hamstrings or a leg length difference.", lowReliability: true,
  },
  {
    code: "T-SEAT", aliases: ["SIJ-SEAT"], label: "Seated flexion test", source: "§2.2, §2.8",
    groups: ["sij_mobility", "special_test"], regions: ["SIJ"], paired: true, sideMeaning: "finding",
    result: { kind: "test_result", familiarPain: "none" }, unit: null,
    summary: "Positive side: the PSIS that rises more when seated (sacroiliac restriction).",
    note: "Positive standing but negative seated points to a lower-limb cause.", lowReliability: true,
  },
  {
    code: "SIJ-LONGSIT", label: "Supine-to-long-sit (Derbolowsky) test", source: "§2.2",
    groups: ["sij_mobility"], regions: ["SIJ", "PELVIS"], paired: false, unit: null,
    result: enumOf(opts(
      ["NO_CHANGE", "No change in relative leg length"],
      ["SHORT_LENGTHENS", "Short lying, lengthens on sitting (read as posterior innominate)"],
      ["LONG_SHORTENS", "Long lying, shortens on sitting (read as anterior innominate)"],
    ), "NO_CHANGE"),
    extras: [choice("short_side_supine", "Short side supine", SHORT_SIDE), choice("short_side_sitting", "Short side sitting", SHORT_SIDE), mm("change_mm", "Change", 0, 40)],
    lowReliability: true, note: "Low validity; the innominate reading is a convention (verify).",
  },
  {
    // The same prone/supine heel comparison is the "leg check" of §2.3: one item in both groups.
    code: "SIJ-PKF", aliases: ["LL-CHECK"], label: "Prone knee flexion leg check", source: "§2.2, §2.3",
    groups: ["sij_mobility", "leg_length"], regions: ["SIJ", "PELVIS"], paired: false, sideMeaning: "short_side",
    result: { kind: "mm", validation: { min: 0, max: 40 } }, unit: "mm",
    extras: [
      choice("position", "Position", codes("PRONE", "SUPINE")),
      choice("short_side_knees_90", "Short side with knees at 90°", SHORT_SIDE),
      mm("diff_mm_knees_90", "Difference with knees at 90°", 0, 40),
      bool("changes_with_knee_flexion", "Changes with knee flexion"),
    ],
    summary: "Heel levels compared with knees straight (the value) and at 90° flexion.",
    lowReliability: true,
  },
  {
    code: "SIJ-MP", label: "Segmental motion palpation", source: "§2.2", groups: ["sij_mobility"], regions: ["LUMBAR", "SIJ"],
    paired: false, sites: MOTION_PALPATION_SITES, unit: null,
    result: enumOf(codes("NORMAL", "FIXATED", "RESTRICTED_FLEXION", "RESTRICTED_EXTENSION", "RESTRICTED_LATERAL_FLEXION", "RESTRICTED_ROTATION", "HYPERMOBILE"), "NORMAL"),
    extras: [
      { key: "tenderness", label: "Tenderness 0–3", kind: "number", unit: "grade", range: { min: 0, max: 3 }, integer: true },
      choice("listing_lumbar", "Listing (lumbar)", LUMBAR_LISTINGS),
      choice("listing_suffix", "Listing suffix", LISTING_SUFFIXES),
      choice("listing_ilium", "Listing (ilium)", ILIUM_LISTINGS),
      choice("listing_sacrum", "Listing (sacrum)", SACRUM_LISTINGS),
      text("note", "Note"),
    ],
    summary: "Per level: fixated / restricted in a direction, normal or hypermobile; feeds the PART 'R' element.",
  },
];
