"use server";
import { and, eq, sql } from "drizzle-orm";
import { episodes } from "@/db/schema";
import { patientScope } from "@/lib/data/patients";
import { getClinicSettings } from "@/lib/data/settings";
import { AppError } from "@/lib/errors";
import { todayIn } from "@/lib/validation/dates";
import { CloseEpisodeInput, OpenEpisodeInput } from "@/lib/validation/episodes";
import { action } from "./action";

export const openEpisode = action({
  name: "episode.open",
  permission: "chart.clinical.write",
  input: OpenEpisodeInput,
  patientId: (input) => input.patientId,
  async handler(input, ctx) {
    // A voided or merged record takes no new episodes (and an unknown id is not an error page).
    const live = await ctx.tx.execute(sql`select 1 from patients p where p.id = ${input.patientId} and ${patientScope(ctx.caller!)}`);
    if (live.length === 0) throw new AppError("not_found", "That patient was not found.");
    const settings = await getClinicSettings(ctx.tx);
    const [row] = await ctx.tx.insert(episodes).values({
      patientId: input.patientId, title: input.title, openedOn: todayIn(settings.timeZone, ctx.now), createdBy: ctx.caller!.userId, createdAt: ctx.now,
    }).returning({ id: episodes.id });
    ctx.audit({ entityType: "episode", entityId: row.id });
    return { episodeId: row.id };
  },
});

export const closeEpisode = action({
  name: "episode.close",
  permission: "chart.clinical.write",
  input: CloseEpisodeInput,
  constraintMessages: { episodes_close_after_open: { field: "closedOn", message: "The closing date is before the episode was opened" } },
  async handler(input, ctx) {
    const rows = await ctx.tx.update(episodes).set({ status: "closed", closedOn: input.closedOn, closeReason: input.reason })
      .where(and(eq(episodes.id, input.episodeId), eq(episodes.status, "open")))
      .returning({ patientId: episodes.patientId });
    if (rows.length === 0) throw new AppError("not_found", "That episode was not found or is already closed.");
    ctx.audit({ patientId: rows[0].patientId, entityType: "episode", entityId: input.episodeId });
    return { episodeId: input.episodeId };
  },
});
