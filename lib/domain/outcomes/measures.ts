/** Every outcome-measure definition (DOMAIN.md §3), with lookups by id and version. */
import { GROC, PGIC } from "./global-change";
import { LEFS } from "./lefs";
import { NPRS, NPRS_3_ITEM } from "./nprs";
import { MODIFIED_ODI, ODI } from "./odi";
import { PSFS } from "./psfs";
import { RMDQ } from "./rmdq";
import type { MeasureDefinition } from "./types";

export const MEASURES: readonly MeasureDefinition[] = [NPRS, NPRS_3_ITEM, ODI, MODIFIED_ODI, PSFS, LEFS, RMDQ, GROC, PGIC];

/** The definition of a measure; without a version, the first (default) version listed. */
export function findMeasure(id: string, version?: string): MeasureDefinition | undefined {
  return MEASURES.find((m) => m.id === id && (version === undefined || m.version === version));
}
