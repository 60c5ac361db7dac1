/**
 * A recorded examination finding: the structured, trendable row of DESIGN.md §2 (an FHIR Observation:
 * code, bodySite = site, value with a unit, method). Pure functions in this folder take these.
 */
import type { Side, Unit } from "./catalogue/types";

export type FindingValue = number | string | boolean | readonly string[] | null;

export interface ExamFinding {
  /** Catalogue code (or an alias such as ML-THOMAS). */
  code: string;
  side: Side;
  /** Body site / direction for items charted per site (palpation structure, spinal level, McKenzie direction). */
  site?: string;
  /** POS/NEG/…, degrees, mm, a grade, an enum value; "NT" means the item was not tested. */
  value: FindingValue;
  unit: Unit | null;
  method?: string;
  /** Reproduces the patient's usual complaint (§2.8 common record; required for SIJ provocation POS, V5). */
  familiarPain?: boolean;
  comment?: string;
  /** MRC grades only: the optional − / + (DOMAIN.md §2.7). */
  modifier?: "-" | "+";
}

/** "Not tested" is the absence of a finding, never a result (an NT row is ignored when comparing). */
export const isTested = (f: Pick<ExamFinding, "value">): boolean => f.value !== null && f.value !== "NT";
