/**
 * The PSFS activities an episode has already named (DOMAIN.md §3.4, V7): once an activity is named,
 * its text is locked for every later reassessment. Given each earlier administration's activities in
 * date order, the first text recorded for an item id wins, so an activity added at a reassessment is
 * locked from then on too.
 */
import type { PsfsActivities } from "./psfs-activities";

export function lockedActivities(history: readonly (PsfsActivities | null | undefined)[]): Record<string, string> {
  const locked: Record<string, string> = {};
  for (const activities of history) {
    for (const [id, text] of Object.entries(activities ?? {})) {
      if (locked[id] === undefined && typeof text === "string" && text.trim() !== "") locked[id] = text;
    }
  }
  return locked;
}
