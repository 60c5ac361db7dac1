/**
 * Which examination items to offer first for a presenting region. DOMAIN.md gives hints only (the
 * §2.8 core set, "repeated movements before the SIJ cluster", hop test for bone stress in runners);
 * the lists below are a clinical judgement, kept as data so a clinic can reorder them.
 */
import type { RegionId } from "@/lib/domain/intake/body-regions";
import { EXAM_ITEMS } from "./catalogue";
import type { ExamGroup, ExamItem, ExamRegion } from "./types";

export const COMMON_TESTS_BY_REGION: Record<ExamRegion, readonly string[]> = {
  // Directional preference first: centralisation changes how the rest is read.
  LUMBAR: ["T-REPMOV", "T-SLR", "T-SLUMP", "T-XSLR", "T-KEMP", "T-PKB", "T-PIT", "T-VALS"],
  // Repeated movements before the SIJ cluster (a centraliser lowers its relevance), then the five
  // provocation tests in Laslett's order, then the hip/SIJ differentiators and mobility tests.
  SIJ: ["T-REPMOV", "T-SI-DIST", "T-SI-TT", "T-SI-COMP", "T-SI-ST", "T-GAENS", "T-LASLETT", "T-FABER", "T-YEOMAN", "T-HIBBS", "T-GILLET", "T-SFT", "T-SEAT"],
  // Runners: the hop test belongs here, but after the gentler tests (stop at first pain if a stress injury is suspected).
  PELVIS: ["T-SFT", "T-SEAT", "T-GILLET", "T-FABER", "T-HOP"],
  HIP: ["T-FADIR", "T-FABER", "T-LOGROLL", "T-SCOUR", "T-STINCH", "T-THOMAS", "T-TREND", "T-SLS30", "T-HOP", "T-FULCRUM"],
  // Deep gluteal pain: piriformis provocation plus the neural tests that separate it from a lumbar root.
  PIRIFORMIS: ["T-FAIR", "T-SPST", "T-FREIB", "T-PACE", "T-BEATTY", "T-SLR", "T-SLUMP", "T-FABER"],
  ITB: ["T-NOBLE", "T-OBER", "T-THOMAS", "T-TREND", "T-SLS30"],
  THIGH: ["T-ELY", "T-PKB", "T-THOMAS", "T-FULCRUM", "T-SLR"],
  LEG: ["T-SLR", "T-SLUMP"],
};

/**
 * Items of a group (special tests by default) ordered for a presenting region: the region's common
 * tests in their curated order, then the other items tagged with that region, then the rest in
 * catalogue order. Nothing is hidden: the clinician can always pick any test.
 */
export function commonForRegion(region: ExamRegion, group: ExamGroup = "special_test"): ExamItem[] {
  const inGroup = EXAM_ITEMS.filter((i) => i.groups.includes(group));
  const common = COMMON_TESTS_BY_REGION[region];
  const rank = (item: ExamItem): number => {
    const at = common.indexOf(item.code);
    if (at >= 0) return at;
    return item.regions.includes(region) ? common.length : common.length + 1;
  };
  // Array.prototype.sort is stable, so ties keep catalogue order.
  return [...inGroup].sort((a, b) => rank(a) - rank(b));
}

/** The exam region a pain-map region (DOMAIN.md §1.2) presents as, for picking `commonForRegion`. */
export const EXAM_REGION_FOR_BODY_REGION: Record<RegionId, ExamRegion> = {
  LUMBAR_UPPER: "LUMBAR",
  LUMBAR_LOWER: "LUMBAR",
  LUMBOSACRAL: "LUMBAR",
  SACRUM: "PELVIS",
  COCCYX: "PELVIS",
  SIJ: "SIJ",
  BUTTOCK_UPPER: "HIP",
  BUTTOCK_DEEP: "PIRIFORMIS",
  ISCHIAL: "PIRIFORMIS",
  GREATER_TROCHANTER: "HIP",
  GROIN_ANTERIOR_HIP: "HIP",
  PUBIC: "PELVIS",
  THIGH_ANTERIOR: "THIGH",
  THIGH_LATERAL: "ITB",
  THIGH_POSTERIOR: "PIRIFORMIS",
  KNEE_LATERAL: "ITB",
  LEG_LATERAL: "LUMBAR",
  LEG_POSTERIOR: "LUMBAR",
  FOOT_DORSUM: "LUMBAR",
  FOOT_LATERAL_SOLE: "LUMBAR",
  PERINEUM_SADDLE: "LUMBAR",
  ABDOMEN_FLANK: "LUMBAR",
};
