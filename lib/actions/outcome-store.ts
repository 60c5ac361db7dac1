import { and, asc, eq, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { outcomeResponses } from "@/db/schema";
import { checkPsfsActivities } from "@/lib/domain/outcomes/psfs-activities";
import { lockedActivities } from "@/lib/domain/outcomes/psfs-locked";
import { scoreMeasure } from "@/lib/domain/outcomes/score-measure";
import type { MeasureDefinition } from "@/lib/domain/outcomes/types";
import { AppError } from "@/lib/errors";

/** What outcome_responses.answers holds: the version (never mixed in a trend), the item values, PSFS activity names. */
export type StoredAnswers = { version: string; items?: Record<string, number>; activities?: Record<string, string> };

export type ScoredResponse = { answers: StoredAnswers; score: number; band: string | null };

/** Activities named by earlier completed administrations of this measure in the episode, oldest first. */
export async function episodeLockedActivities(tx: Tx, episodeId: string, def: MeasureDefinition): Promise<Record<string, string>> {
  if (!def.items.some((i) => i.patientDefined)) return {};
  const rows = await tx.select({ activities: sql<Record<string, string> | null>`${outcomeResponses.answers}->'activities'` })
    .from(outcomeResponses)
    .where(and(eq(outcomeResponses.episodeId, episodeId), eq(outcomeResponses.measure, def.id), eq(outcomeResponses.status, "completed"),
      sql`${outcomeResponses.answers}->>'version' = ${def.version}`))
    .orderBy(asc(outcomeResponses.completedAt));
  return lockedActivities(rows.map((r) => r.activities));
}

/**
 * Score answers on the server (a client's score is never used) after applying the PSFS lock: an
 * activity named earlier in the episode keeps its text (a different text is refused; none means
 * "the same"), new activities may be added. Throws a field-level AppError when it cannot be scored.
 */
export async function scoreForEpisode(
  tx: Tx, def: MeasureDefinition, episodeId: string, answers: Record<string, number>, activities: Record<string, string>,
): Promise<ScoredResponse> {
  const patientDefined = def.items.filter((i) => i.patientDefined);
  const named: Record<string, string> = {};
  if (patientDefined.length > 0) {
    const locked = await episodeLockedActivities(tx, episodeId, def);
    const check = checkPsfsActivities(locked, activities);
    if (check.edited.length > 0) {
      const fieldErrors = Object.fromEntries(check.edited.map((e) => [`activities.${e.id}`, [`This activity was named "${e.baseline}" at baseline and cannot be changed; add a new activity instead`]]));
      throw new AppError("validation", "PSFS activities are re-rated as first named: they cannot be changed at a reassessment.", fieldErrors);
    }
    const unnamed: Record<string, string[]> = {};
    for (const item of patientDefined) {
      if (answers[item.id] === undefined) continue;
      // A locked activity keeps its first wording, even when the form repeats it with other spacing or case.
      const text = locked[item.id] ?? activities[item.id];
      if (text) named[item.id] = text;
      else unnamed[`activities.${item.id}`] = ["Name the activity you rated"];
    }
    if (Object.keys(unnamed).length > 0) throw new AppError("validation", "Name every activity you rated.", unnamed);
  }

  const result = scoreMeasure(def, answers);
  if (!result.scored) {
    const fieldErrors: Record<string, string[]> = { score: [`This ${def.id} cannot be scored: ${result.reason}`] };
    for (const id of result.missingItems) fieldErrors[`answers.${id}`] = ["Answer this question"];
    throw new AppError("validation", `This ${def.id} cannot be scored: ${result.reason}`, fieldErrors);
  }
  return {
    answers: { version: def.version, items: { ...answers }, ...(patientDefined.length > 0 ? { activities: named } : {}) },
    score: result.score,
    band: result.band?.code ?? null,
  };
}
