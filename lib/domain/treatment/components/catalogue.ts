/**
 * The whole component catalogue (DOMAIN.md §4.2) in one list, in DOMAIN.md order, with lookups.
 */
import { ELECTROTHERAPY_COMPONENTS } from "./electrotherapy";
import { EXERCISE_COMPONENTS } from "./exercise";
import { MANUAL_COMPONENTS } from "./manual";
import { MODALITY_COMPONENTS } from "./modalities";
import { NEEDLING_TAPING_COMPONENTS } from "./needling-taping";
import { SOFT_TISSUE_COMPONENTS } from "./soft-tissue";
import { STRETCHING_COMPONENTS } from "./stretching";
import type { ComponentCategory, ComponentCode, ComponentDef } from "./types";

export const COMPONENTS: readonly ComponentDef[] = [
  ...MANUAL_COMPONENTS,
  ...STRETCHING_COMPONENTS,
  ...SOFT_TISSUE_COMPONENTS,
  ...ELECTROTHERAPY_COMPONENTS,
  ...MODALITY_COMPONENTS,
  ...NEEDLING_TAPING_COMPONENTS,
  ...EXERCISE_COMPONENTS,
];

export const COMPONENT_BY_CODE: ReadonlyMap<string, ComponentDef> = new Map(COMPONENTS.map((c) => [c.code, c]));

export function findComponent(code: string): ComponentDef | undefined {
  return COMPONENT_BY_CODE.get(code);
}

export function isComponentCode(code: string): code is ComponentCode {
  return COMPONENT_BY_CODE.has(code);
}

export function componentsInCategory(category: ComponentCategory): ComponentDef[] {
  return COMPONENTS.filter((c) => c.category === category);
}
