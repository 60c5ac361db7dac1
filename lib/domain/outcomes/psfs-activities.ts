/**
 * PSFS activity text is locked after baseline (DOMAIN.md §3.4, V7): the same activities are re-rated
 * at each reassessment; new activities may be added and are flagged as new; an activity's text may
 * not be edited. Comparison ignores case and repeated spaces only, so "Run 5 km" and "run  5 km" match
 * but "run 10 km" is a different activity.
 */

export type PsfsActivities = Readonly<Record<string, string>>;

export interface PsfsActivityCheck {
  ok: boolean;
  /** Item ids whose text differs from baseline: refused. */
  edited: { id: string; baseline: string; current: string }[];
  /** Item ids new since baseline: allowed, flagged. */
  added: string[];
  /** Baseline activities not rated now: allowed, but they drop out of the change. */
  notRated: string[];
  /** Activities with empty text. */
  blank: string[];
}

const norm = (s: string) => s.trim().replace(/\s+/g, " ").toLowerCase();

export function checkPsfsActivities(baseline: PsfsActivities, current: PsfsActivities): PsfsActivityCheck {
  const edited = Object.keys(current)
    .filter((id) => baseline[id] !== undefined && norm(baseline[id]) !== norm(current[id]))
    .map((id) => ({ id, baseline: baseline[id], current: current[id] }));
  const added = Object.keys(current).filter((id) => baseline[id] === undefined);
  const notRated = Object.keys(baseline).filter((id) => current[id] === undefined);
  const blank = Object.keys(current).filter((id) => norm(current[id]) === "");
  return { ok: edited.length === 0 && blank.length === 0, edited, added, notRated, blank };
}
