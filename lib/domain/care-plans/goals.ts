/**
 * SMART goal progress (DOMAIN.md §5.3): how far the latest value has moved from the baseline toward
 * the target. "≤" goals improve downward (pain, ODI), "≥" goals upward (LEFS, PSFS, km).
 */

export const GOAL_MEASURES = ["NPRS", "ODI", "PSFS", "LEFS", "RMDQ", "OTHER"] as const;
export type GoalMeasure = (typeof GOAL_MEASURES)[number];
export const OUTCOME_CODES = ["NPRS", "ODI", "PSFS", "LEFS", "RMDQ"] as const;

export interface GoalValues {
  comparator: "<=" | ">=";
  baselineValue: number;
  targetValue: number;
}

export interface GoalProgress {
  /** the value progress was computed from (latest outcome score or recorded current value) */
  latest: number | null;
  /** 0…1 of the way from baseline to target; null without a latest value */
  fraction: number | null;
  met: boolean;
}

export function targetReached(goal: GoalValues, value: number): boolean {
  return goal.comparator === "<=" ? value <= goal.targetValue : value >= goal.targetValue;
}

export function goalProgress(goal: GoalValues, latest: number | null | undefined): GoalProgress {
  if (latest === null || latest === undefined || !Number.isFinite(latest)) return { latest: null, fraction: null, met: false };
  const met = targetReached(goal, latest);
  const span = goal.targetValue - goal.baselineValue;
  let fraction: number;
  if (met) fraction = 1;
  else if (span === 0) fraction = 0;
  else fraction = (latest - goal.baselineValue) / span;
  return { latest, fraction: Math.min(1, Math.max(0, fraction)), met };
}

/** The value a goal's progress reads: the latest score of its outcome measure, else the recorded current value. */
export function latestValueFor(
  goal: { measure: string; currentValue?: number | null },
  latestScores: Readonly<Record<string, number | undefined>>,
): number | null {
  if (goal.measure !== "OTHER" && latestScores[goal.measure] !== undefined) return latestScores[goal.measure]!;
  return goal.currentValue ?? null;
}

export function formatPercent(fraction: number | null): string {
  return fraction === null ? "no value yet" : `${Math.round(fraction * 100)}%`;
}
