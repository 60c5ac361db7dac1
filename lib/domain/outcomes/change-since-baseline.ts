/**
 * Change from baseline with the clinically-important-change flags of V8 (DOMAIN.md §3.1–3.6).
 *
 * - Direction respects the measure: lower is better for NPRS, ODI and RMDQ; higher for LEFS and PSFS.
 * - `points` thresholds apply to a change either way; `percent` thresholds are defined as a relative
 *   IMPROVEMENT (Ostelo 2008), so they never flag a worsening (JUDGEMENT: a 2→3 NPRS rise is +50 %
 *   but is not a meaningful worsening). A worsening that passes a points MCID sets `meaningfulWorsening`.
 * - PSFS: change is computed over the activities rated at both times; activities added later are
 *   reported as new and left out, because a mean over different activities is not a change.
 * - Versions are never mixed (ODI 2.1a vs modified ODI): different versions are not comparable.
 */
import type { ChangeThreshold, MeasureDefinition } from "./types";

export type ScoreInput =
  | number
  | { scored?: boolean; score?: number | null; version?: string; itemScores?: Readonly<Record<string, number>> };

export interface ChangeOptions {
  /** Threshold set to apply when the measure offers several (RMDQ: DEVELOPER_2, DEVELOPER_3, CONSENSUS). */
  preset?: string;
  /** Replace the measure's thresholds altogether (house rules, e.g. an ODI MCID of 8 points). */
  thresholds?: readonly ChangeThreshold[];
}

export type Direction = "IMPROVED" | "WORSE" | "NO_CHANGE";

export interface ThresholdOutcome {
  id: string;
  kind: ChangeThreshold["kind"];
  label: string;
  magnitude?: ChangeThreshold["magnitude"];
  met: boolean;
}

export type ChangeResult =
  | { comparable: false; reason: string }
  | {
      comparable: true;
      measureId: string;
      baseline: number;
      current: number;
      /** current − baseline in score units (one decimal). */
      change: number;
      /** Change in the "better" direction: positive = improved (one decimal). */
      improvement: number;
      /** (current − baseline) / baseline × 100, one decimal; null when the baseline is 0. */
      pctChange: number | null;
      direction: Direction;
      thresholds: ThresholdOutcome[];
      /** Improved and at least one MCID threshold met (DOMAIN.md `mcid_met`). */
      mcidMet: boolean;
      /** Changed by at least one MDC threshold (either direction); null when the measure defines none. */
      mdcMet: boolean | null;
      meaningfulWorsening: boolean;
      /** Largest MCID magnitude met on improvement (PSFS). */
      magnitude: NonNullable<ChangeThreshold["magnitude"]> | null;
      /** Per item present at both times (PSFS). */
      items: { id: string; baseline: number; current: number; change: number }[];
      newItems: string[];
      droppedItems: string[];
    };

const EPS = 1e-9;
// `+ 0` turns −0 into 0, so "no change" never prints or serialises as −0.
const round1 = (n: number) => Math.round(n * 10) / 10 + 0;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

function valueOf(input: ScoreInput): number | null {
  if (typeof input === "number") return Number.isFinite(input) ? input : null;
  if (input.scored === false) return null;
  return typeof input.score === "number" && Number.isFinite(input.score) ? input.score : null;
}

function thresholdsFor(def: MeasureDefinition, options: ChangeOptions): readonly ChangeThreshold[] {
  if (options.thresholds) return options.thresholds;
  const preset = options.preset ?? def.change?.defaultPreset;
  return (def.change?.thresholds ?? []).filter((t) => !t.presets || (preset !== undefined && t.presets.includes(preset)));
}

export function changeSinceBaseline(def: MeasureDefinition, baseline: ScoreInput, current: ScoreInput, options: ChangeOptions = {}): ChangeResult {
  if (!def.change) return { comparable: false, reason: `${def.name} is itself a rating of change; it has no baseline comparison.` };
  const bv = typeof baseline === "object" ? baseline.version : undefined;
  const cv = typeof current === "object" ? current.version : undefined;
  if (bv !== undefined && cv !== undefined && bv !== cv) return { comparable: false, reason: `Different versions (${bv} and ${cv}) are never compared.` };
  if (options.preset && !def.change.thresholds.some((t) => t.presets?.includes(options.preset!))) {
    return { comparable: false, reason: `${def.id} has no threshold set "${options.preset}".` };
  }

  let b = valueOf(baseline);
  let c = valueOf(current);
  const items: { id: string; baseline: number; current: number; change: number }[] = [];
  const newItems: string[] = [];
  const droppedItems: string[] = [];
  const bItems = typeof baseline === "object" ? baseline.itemScores : undefined;
  const cItems = typeof current === "object" ? current.itemScores : undefined;
  if (def.items.some((i) => i.patientDefined) && bItems && cItems) {
    for (const id of Object.keys(cItems)) if (bItems[id] === undefined) newItems.push(id);
    for (const id of Object.keys(bItems)) if (cItems[id] === undefined) droppedItems.push(id);
    const common = Object.keys(bItems).filter((id) => cItems[id] !== undefined);
    if (common.length === 0) return { comparable: false, reason: "No activity was rated at both times." };
    for (const id of common) items.push({ id, baseline: bItems[id], current: cItems[id], change: cItems[id] - bItems[id] });
    b = mean(common.map((id) => bItems[id]));
    c = mean(common.map((id) => cItems[id]));
  }
  if (b === null) return { comparable: false, reason: "The baseline has no score." };
  if (c === null) return { comparable: false, reason: "The current administration has no score." };

  const sign = def.change.higherIsBetter ? 1 : -1;
  const change = c - b;
  const improvement = sign * change;
  const direction: Direction = improvement > EPS ? "IMPROVED" : improvement < -EPS ? "WORSE" : "NO_CHANGE";
  const dirSign = direction === "IMPROVED" ? sign : direction === "WORSE" ? -sign : 0;

  const thresholds = thresholdsFor(def, options).map((t): ThresholdOutcome => {
    let met: boolean;
    if (t.basis === "points") met = direction !== "NO_CHANGE" && Math.abs(change) >= t.value - EPS;
    // Relative improvement, cross-multiplied to stay exact on whole-number scores.
    else if (t.basis === "percent") met = direction === "IMPROVED" && b !== 0 && improvement * 100 >= t.value * Math.abs(b!) - EPS;
    else met = dirSign !== 0 && items.some((i) => i.change * dirSign >= t.value - EPS);
    return { id: t.id, kind: t.kind, label: t.label, ...(t.magnitude ? { magnitude: t.magnitude } : {}), met };
  });

  const mcid = thresholds.filter((t) => t.kind === "MCID");
  const mdc = thresholds.filter((t) => t.kind === "MDC");
  const order = ["SMALL", "MEDIUM", "LARGE"] as const;
  const magnitudes = direction === "IMPROVED" ? mcid.filter((t) => t.met && t.magnitude).map((t) => t.magnitude!) : [];
  const magnitude = magnitudes.length ? order.filter((m) => magnitudes.includes(m)).at(-1)! : null;
  const pointsMcidIds = new Set(thresholdsFor(def, options).filter((t) => t.kind === "MCID" && t.basis !== "percent").map((t) => t.id));

  return {
    comparable: true,
    measureId: def.id,
    baseline: round1(b),
    current: round1(c),
    change: round1(change),
    improvement: round1(improvement),
    pctChange: b === 0 ? null : round1((change / Math.abs(b)) * 100),
    direction,
    thresholds,
    mcidMet: direction === "IMPROVED" && mcid.some((t) => t.met),
    mdcMet: mdc.length ? mdc.some((t) => t.met) : null,
    meaningfulWorsening: direction === "WORSE" && mcid.some((t) => t.met && pointsMcidIds.has(t.id)),
    magnitude,
    items,
    newItems,
    droppedItems,
  };
}
