"use server";
import { randomBytes } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { exercises } from "@/db/schema";
import { DEFAULT_PAIN_RULE_TEXT, SMR_PAIN_RULE } from "@/lib/domain/hep/pain-rule";
import { AppError } from "@/lib/errors";
import { ClinicExerciseInput, RetireExerciseInput, UpdateClinicExerciseInput } from "@/lib/validation/hep-programs";
import type { z } from "zod";
import { action } from "./action";

type Fields = z.output<typeof ClinicExerciseInput>;

async function checkImage(tx: Tx, imageId: string | undefined) {
  if (!imageId) return;
  const [row] = await tx.execute(sql`select 1 from exercise_images where id = ${imageId}`);
  if (!row) throw new AppError("validation", "The picture was not found: upload it again.", { image: ["Upload the picture again"] });
}

const columnsOf = (v: Fields) => ({
  name: v.name, region: v.region, category: v.category, doseKind: v.doseKind, paired: v.paired, defaultSets: v.defaultSets,
  defaultReps: v.defaultReps ?? null, defaultHoldSeconds: v.defaultHoldSeconds ?? null, defaultDurationSeconds: v.defaultDurationSeconds ?? null,
  defaultTimesPerDay: v.defaultTimesPerDay, defaultDaysPerWeek: v.defaultDaysPerWeek, steps: v.steps, cautions: v.cautions,
  videoUrl: v.videoUrl ?? null, painRule: v.category === "SELF_MYOFASCIAL" ? SMR_PAIN_RULE.text : DEFAULT_PAIN_RULE_TEXT,
});

/** The clinic's own exercise, with an uploaded picture or a video link. */
export const createClinicExercise = action({
  name: "exercise.create",
  permission: "chart.clinical.write",
  input: ClinicExerciseInput,
  async handler(input, ctx) {
    await checkImage(ctx.tx, input.imageId);
    const code = `CX-${randomBytes(3).toString("hex").toUpperCase()}`;
    const [row] = await ctx.tx.insert(exercises).values({
      code, source: "clinic", ...columnsOf(input), imageId: input.imageId ?? null, createdBy: ctx.caller!.userId, createdAt: ctx.now, updatedAt: ctx.now,
    }).returning({ id: exercises.id });
    ctx.audit({ entityType: "exercise", entityId: row.id, details: { code } });
    ctx.redirectAfterCommit(`/exercises/${row.id}?saved=1`);
    return { exerciseId: row.id, code };
  },
});

/** Edit a clinic exercise. Library exercises are the project's content: they can be retired, not edited. */
export const updateClinicExercise = action({
  name: "exercise.update",
  permission: "chart.clinical.write",
  input: UpdateClinicExerciseInput,
  async handler(input, ctx) {
    await checkImage(ctx.tx, input.imageId);
    const rows = await ctx.tx.update(exercises)
      .set({ ...columnsOf(input), ...(input.imageId ? { imageId: input.imageId } : {}), updatedAt: ctx.now })
      .where(and(eq(exercises.id, input.exerciseId), eq(exercises.source, "clinic")))
      .returning({ id: exercises.id });
    if (rows.length === 0) throw new AppError("not_found", "That clinic exercise was not found (library exercises cannot be edited).");
    ctx.audit({ entityType: "exercise", entityId: input.exerciseId });
    return { exerciseId: input.exerciseId };
  },
});

/** Retire (or bring back) an exercise: it leaves the builder's choices but stays readable in old programs. */
export const retireExercise = action({
  name: "exercise.retire",
  permission: "chart.clinical.write",
  input: RetireExerciseInput,
  async handler(input, ctx) {
    const rows = await ctx.tx.update(exercises).set({ status: input.retire ? "retired" : "active", updatedAt: ctx.now })
      .where(eq(exercises.id, input.exerciseId)).returning({ id: exercises.id });
    if (rows.length === 0) throw new AppError("not_found", "That exercise was not found.");
    ctx.audit({ entityType: "exercise", entityId: input.exerciseId, details: { retired: input.retire } });
    return { retired: input.retire };
  },
});
