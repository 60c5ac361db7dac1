/**
 * Scope-of-practice check (DOMAIN.md §4.0, V17): may this discipline record this component?
 * The default matrix is `SCOPE_MATRIX`; a clinic configures its jurisdiction with overrides
 * (per row, or per component for finer state rules) and each provider's credentials.
 */
import { findComponent } from "./components/catalogue";
import type { ComponentDef, Credential, ScopeActivity } from "./components/types";
import { SCOPE_ROW_BY_ACTIVITY, type ScopeCell, type ScopeStatus } from "./scope-matrix";
import { DISCIPLINE_LABELS, type Discipline } from "./types";

export interface ScopeConfig {
  /** Jurisdiction changes to whole rows of the matrix. */
  overrides?: Partial<Record<ScopeActivity, Partial<Record<Discipline, ScopeCell>>>>;
  /** Jurisdiction changes for one component (e.g. a state that lets LMTs use TENS only). Wins over rows. */
  componentOverrides?: Partial<Record<string, Partial<Record<Discipline, ScopeCell>>>>;
  /** Credentials on the provider's record (ART / IASTM certification, dry-needling scope flag). */
  credentials?: readonly Credential[];
}

export type ScopeOutcome = "allowed" | "allowed_with_supervision" | "not_allowed";

export interface ScopeResult {
  outcome: ScopeOutcome;
  allowed: boolean;
  activity: ScopeActivity | null;
  /** Why (always set when not allowed or supervised; the cell's wording otherwise). */
  reason: string;
  /** The cell is marked "(verify)" / "varies by state" and was not overridden. */
  verify: boolean;
  missingCredential?: Credential;
}

const CREDENTIAL_LABELS: Readonly<Record<Credential, string>> = {
  ART_CERTIFIED: "ART certification",
  IASTM_CERTIFIED: "IASTM technique certification",
  DRY_NEEDLING_SCOPE: "a dry-needling scope flag (state permits it and training is documented)",
};

const OUTCOME: Readonly<Record<ScopeStatus, ScopeOutcome>> = { ALLOWED: "allowed", SUPERVISED: "allowed_with_supervision", NOT_ALLOWED: "not_allowed" };

function cellFor(discipline: Discipline, activity: ScopeActivity, component: ComponentDef | null, config: ScopeConfig): { cell: ScopeCell; overridden: boolean } {
  const byComponent = component ? config.componentOverrides?.[component.code]?.[discipline] : undefined;
  if (byComponent) return { cell: byComponent, overridden: true };
  const byRow = config.overrides?.[activity]?.[discipline];
  if (byRow) return { cell: byRow, overridden: true };
  const row = SCOPE_ROW_BY_ACTIVITY.get(activity);
  if (!row) throw new Error(`Scope matrix has no row for ${activity}`);
  return { cell: row.cells[discipline], overridden: false };
}

function decide(discipline: Discipline, activity: ScopeActivity, component: ComponentDef | null, config: ScopeConfig): ScopeResult {
  const { cell, overridden } = cellFor(discipline, activity, component, config);
  const exception = component ? cell.exceptions?.find((e) => e.categories.includes(component.category)) : undefined;
  const status = exception?.status ?? cell.status;
  const text = exception?.text ?? cell.text;
  const verify = !overridden && cell.verify === true;
  const what = component ? component.label : activity.toLowerCase().replace(/_/g, " ");
  const who = DISCIPLINE_LABELS[discipline];
  if (status === "NOT_ALLOWED") {
    return { outcome: "not_allowed", allowed: false, activity, verify, reason: `${what} is outside the scope of a ${who} here: ${text}` };
  }
  const held = new Set(config.credentials ?? []);
  const needed = [
    ...(cell.requires ? [cell.requires] : []),
    ...(component?.certification && component.certification.disciplines.includes(discipline) ? [component.certification.credential] : []),
  ];
  const missing = needed.find((c) => !held.has(c));
  if (missing) {
    return { outcome: "not_allowed", allowed: false, activity, verify, missingCredential: missing, reason: `${what} needs ${CREDENTIAL_LABELS[missing]} on the provider's record (${text})` };
  }
  const reason = status === "SUPERVISED" ? `${what} by a ${who} only under the supervising PT's plan of care: ${text}` : text;
  return { outcome: OUTCOME[status], allowed: true, activity, verify, reason };
}

/** May `discipline` record `componentCode`? Unknown components are never allowed. */
export function checkScope(discipline: Discipline, componentCode: string, config: ScopeConfig = {}): ScopeResult {
  const component = findComponent(componentCode);
  if (!component) return { outcome: "not_allowed", allowed: false, activity: null, verify: false, reason: `Unknown treatment component ${componentCode}` };
  return decide(discipline, component.scope, component, config);
}

/** The same check for an activity that is not a component (diagnosis coding on a claim). */
export function checkScopeActivity(discipline: Discipline, activity: ScopeActivity, config: ScopeConfig = {}): ScopeResult {
  return decide(discipline, activity, null, config);
}
