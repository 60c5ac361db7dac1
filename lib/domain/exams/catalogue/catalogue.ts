/**
 * The whole examination catalogue in one list, with lookups. Catalogue order is DOMAIN.md order
 * (§2.1 → §2.8), which is also the fallback order of `commonForRegion`.
 */
import { LEG_LENGTH_ITEMS } from "./leg-length";
import { MUSCLE_LENGTH_ITEMS } from "./muscle-length";
import { NEURO_ITEMS } from "./neuro";
import { OBSERVATION_ITEMS } from "./observation";
import { PALPATION_ITEMS } from "./palpation";
import { ROM_ITEMS } from "./rom";
import { SIJ_MOBILITY_ITEMS } from "./sij-mobility";
import { HIP_SPECIAL_TESTS } from "./special-tests-hip";
import { LUMBAR_SPECIAL_TESTS } from "./special-tests-lumbar";
import { SIJ_SPECIAL_TESTS } from "./special-tests-sij";
import type { ExamGroup, ExamItem, ExamRegion } from "./types";

export const EXAM_ITEMS: readonly ExamItem[] = [
  ...OBSERVATION_ITEMS,
  ...SIJ_MOBILITY_ITEMS,
  ...LEG_LENGTH_ITEMS,
  ...ROM_ITEMS,
  ...MUSCLE_LENGTH_ITEMS,
  ...PALPATION_ITEMS,
  ...NEURO_ITEMS,
  ...LUMBAR_SPECIAL_TESTS,
  ...SIJ_SPECIAL_TESTS,
  ...HIP_SPECIAL_TESTS,
];

/** Code → item, aliases included (ML-THOMAS finds T-THOMAS). */
export const EXAM_ITEM_BY_CODE: ReadonlyMap<string, ExamItem> = new Map(
  EXAM_ITEMS.flatMap((item) => [item.code, ...(item.aliases ?? [])].map((code) => [code, item] as const)),
);

export function findExamItem(code: string): ExamItem | undefined {
  return EXAM_ITEM_BY_CODE.get(code);
}

/** The canonical code for a code or alias, so findings stored under an alias trend with the rest. */
export function canonicalCode(code: string): string {
  return EXAM_ITEM_BY_CODE.get(code)?.code ?? code;
}

export function itemsInGroup(group: ExamGroup): ExamItem[] {
  return EXAM_ITEMS.filter((i) => i.groups.includes(group));
}

export function itemsInRegion(region: ExamRegion): ExamItem[] {
  return EXAM_ITEMS.filter((i) => i.regions.includes(region));
}

/** The SIJ provocation cluster members in DOMAIN.md order. */
export const LASLETT_MEMBERS: readonly ExamItem[] = EXAM_ITEMS.filter((i) => i.laslett);
