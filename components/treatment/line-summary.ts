/** Treatment lines in words, in the component's own order and labels (pure: pages and client forms share it). */
import { ANATOMY_LISTS } from "@/lib/domain/treatment/anatomy";
import { findComponent } from "@/lib/domain/treatment/components/catalogue";
import type { ParamSpec } from "@/lib/domain/treatment/components/types";

function valueLabel(spec: ParamSpec, v: unknown): string {
  const options = spec.kind === "enum" || spec.kind === "multi" ? spec.options : spec.kind === "anatomy" ? ANATOMY_LISTS[spec.list] : null;
  const one = (x: unknown) => options?.find((o) => o.value === x)?.label ?? String(x);
  if (Array.isArray(v)) return v.map(one).join(", ");
  if (typeof v === "boolean") return v ? "yes" : "no";
  if (spec.kind === "int" || spec.kind === "number") return `${String(v)} ${spec.unit}`;
  return one(v);
}

/** "Pressure: Moderate · Region: Buttock". */
export function paramSummary(line: { componentCode: string; params: Record<string, unknown> }): string {
  const specs = findComponent(line.componentCode)?.params ?? [];
  return specs.filter((s) => line.params[s.key] !== undefined).map((s) => `${s.label}: ${valueLabel(s, line.params[s.key])}`).join(" · ");
}

/** "Piriformis stretch — side of the complaint, 5 min". */
export function lineTitle(line: { componentCode: string; side?: string | null; minutes?: number | null }): string {
  const label = findComponent(line.componentCode)?.label ?? line.componentCode;
  const side = line.side === "AFFECTED" ? "side of the complaint" : line.side;
  return `${label}${side ? ` — ${side}` : ""}${line.minutes !== null && line.minutes !== undefined ? `, ${line.minutes} min` : ""}`;
}

const words = (v: string) => v.charAt(0) + v.slice(1).toLowerCase().replaceAll("_", " ");
const POSITION_LABELS: Readonly<Record<string, string>> = { SIDE_LYING_L: "Side-lying on the left", SIDE_LYING_R: "Side-lying on the right" };
export const positionLabel = (p: string) => POSITION_LABELS[p] ?? words(p);
export const responseLabel = (r: string) => words(r);
