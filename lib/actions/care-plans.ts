"use server";
import { and, eq } from "drizzle-orm";
import { carePlans, episodes } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { CarePlanInput } from "@/lib/validation/care-plans";
import { action } from "./action";

const RACE = "Someone saved this plan at the same moment. Reload the page to see their version; your entries are kept.";

/**
 * Create or change an episode's plan of care. A change never edits a row: the current version is
 * marked superseded and a new version is inserted, in one transaction. The clinician names the
 * version they started from, so a stale form cannot silently overwrite a colleague's change.
 */
export const saveCarePlan = action({
  name: "care_plan.save",
  permission: "chart.clinical.write",
  input: CarePlanInput,
  patientId: (input) => input.patientId,
  constraintMessages: {
    care_plans_one_current_key: { message: RACE },
    care_plans_episode_version_key: { message: RACE },
    care_plans_version_sequence: { message: RACE },
    care_plans_episode_patient: { field: "episodeId", message: "That episode belongs to another patient" },
  },
  async handler(input, ctx) {
    const [episode] = await ctx.tx.select({ status: episodes.status }).from(episodes)
      .where(and(eq(episodes.id, input.episodeId), eq(episodes.patientId, input.patientId)));
    if (!episode) throw new AppError("validation", "Choose an episode of this patient.", { episodeId: ["Choose an episode of this patient"] });
    if (episode.status !== "open") throw new AppError("validation", "That episode is closed: open a new episode for a new plan.");
    const [current] = await ctx.tx.select({ id: carePlans.id, version: carePlans.version }).from(carePlans)
      .where(and(eq(carePlans.episodeId, input.episodeId), eq(carePlans.isCurrent, true))).for("update");
    const currentVersion = current?.version ?? 0;
    if (currentVersion !== input.baseVersion) {
      throw new AppError("conflict", `This plan was changed by someone else since you opened it (now version ${currentVersion}). Reload to see it; your entries are kept.`);
    }
    if (current) {
      await ctx.tx.update(carePlans).set({ isCurrent: false, supersededAt: ctx.now }).where(eq(carePlans.id, current.id));
    }
    const [row] = await ctx.tx.insert(carePlans).values({
      patientId: input.patientId,
      episodeId: input.episodeId,
      version: currentVersion + 1,
      isCurrent: true,
      status: input.status,
      startDate: input.startDate,
      phases: input.phases,
      goals: input.goals.map((g) => ({ ...g, currentValue: g.currentValue ?? null, statusReason: g.statusReason ?? null })),
      reexamEveryVisits: input.reexamEveryVisits ?? null,
      reexamEveryDays: input.reexamEveryDays ?? null,
      outcomeMeasures: input.outcomeMeasures,
      dischargeCriteria: input.dischargeCriteria,
      preferredTimes: [...input.preferredTimes].sort((a, b) => a.weekday - b.weekday),
      changeReason: currentVersion === 0 ? null : input.changeReason,
      createdBy: ctx.caller!.userId,
      createdAt: ctx.now,
    }).returning({ id: carePlans.id, version: carePlans.version });
    // the audit row names what changed, never the goals' wording
    ctx.audit({ entityType: "care_plan", entityId: row.id, details: { version: row.version, status: input.status, phases: input.phases.length, goals: input.goals.length } });
    return { planId: row.id, version: row.version };
  },
});

