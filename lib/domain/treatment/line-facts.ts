/**
 * Facts derived from one treatment line and its component: where it acts (zones, CMT regions,
 * the sides it may carry), what it does (tags) and which consent it needs. The scope check, the
 * contraindication engine, billing and the note rules all ask these same questions.
 */
import { findAnatomy, type AnatomyOption, type CmtRegion, type SideRule, type Zone } from "./anatomy";
import { findComponent } from "./components/catalogue";
import type { ComponentDef, ConsentSpec, TreatmentTag } from "./components/types";
import type { LineParams, TreatmentLine } from "./types";

/** The anatomy values a line's parameters name (region, segments, muscle, structure…). */
export function anatomyOf(component: ComponentDef, params: LineParams): AnatomyOption[] {
  return component.params.flatMap((spec) => {
    if (spec.kind !== "anatomy") return [];
    const raw = params[spec.key];
    const values = Array.isArray(raw) ? raw : typeof raw === "string" ? [raw] : [];
    return values.map((v) => findAnatomy(spec.list, v)).filter((o): o is AnatomyOption => o !== undefined);
  });
}

export function zonesOfLine(line: Pick<TreatmentLine, "componentCode" | "params">): Zone[] {
  const component = findComponent(line.componentCode);
  if (!component) return [];
  const zones = [...anatomyOf(component, line.params).flatMap((a) => a.zones), ...(component.paramZones?.(line.params) ?? [])];
  return [...new Set(zones)];
}

export function cmtRegionsOfLine(line: Pick<TreatmentLine, "componentCode" | "params">): CmtRegion[] {
  const component = findComponent(line.componentCode);
  if (!component) return [];
  return [...new Set(anatomyOf(component, line.params).flatMap((a) => (a.cmtRegion ? [a.cmtRegion] : [])))];
}

/**
 * The strictest side rule among the values named: any paired value needs L/R/BIL; lumbar bands
 * also allow CENTRAL; midline-only values allow CENTRAL/NA; nothing named → any side.
 */
export function sideRuleOf(options: readonly AnatomyOption[]): SideRule {
  const rules = options.map((a) => a.sides);
  for (const r of ["LR", "LRC", "C"] as const) if (rules.includes(r)) return r;
  return "ANY";
}

export function sideRuleOfLine(line: Pick<TreatmentLine, "componentCode" | "params">): SideRule {
  const component = findComponent(line.componentCode);
  return sideRuleOf(component ? anatomyOf(component, line.params) : []);
}

export const SIDES_ALLOWED: Readonly<Record<SideRule, readonly string[]>> = {
  LR: ["L", "R", "BIL"],
  LRC: ["L", "R", "BIL", "CENTRAL"],
  C: ["CENTRAL", "NA"],
  ANY: ["L", "R", "BIL", "CENTRAL", "NA"],
};

export function tagsOfLine(line: Pick<TreatmentLine, "componentCode" | "params" | "position">): TreatmentTag[] {
  const component = findComponent(line.componentCode);
  const tags: TreatmentTag[] = component ? [...component.tags, ...(component.paramTags?.(line.params) ?? [])] : [];
  if (line.position === "PRONE") tags.push("PRONE");
  if (line.position === "SUPINE") tags.push("SUPINE");
  return [...new Set(tags)];
}

/** The consent this line needs, or null (e.g. a non-thrust CMT technique needs none). */
export function consentNeeded(line: Pick<TreatmentLine, "componentCode" | "params">): ConsentSpec | null {
  const spec = findComponent(line.componentCode)?.consent;
  if (!spec) return null;
  return !spec.when || spec.when(line.params) ? spec : null;
}

/** Parameters marked "required at signature" that are not yet recorded as true / present. */
export function missingAttestations(line: Pick<TreatmentLine, "componentCode" | "params">): string[] {
  const component = findComponent(line.componentCode);
  if (!component) return [];
  return component.params
    .filter((p) => p.requiredAtSignature && (p.kind === "bool" ? line.params[p.key] !== true : line.params[p.key] === undefined))
    .map((p) => p.label);
}
