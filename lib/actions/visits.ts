"use server";
import { and, eq } from "drizzle-orm";
import { episodes, visits } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { getClinicSettings } from "@/lib/data/settings";
import { zonedTimeToUtc } from "@/lib/time";
import { CancelVisitInput, StartVisitInput } from "@/lib/validation/visits";
import { action } from "./action";

/** A clinician starts a visit from the chart (later also from the schedule). */
export const startVisit = action({
  name: "visit.start",
  permission: "chart.clinical.write",
  input: StartVisitInput,
  patientId: (input) => input.patientId,
  constraintMessages: {
    visits_emergency_unacknowledged: { field: "visitType", message: "An emergency red flag is open: record what was done before any treatment visit" },
    visits_episode_patient: { field: "episodeId", message: "That episode belongs to another patient" },
  },
  async handler(input, ctx) {
    const [episode] = await ctx.tx.select({ status: episodes.status }).from(episodes)
      .where(and(eq(episodes.id, input.episodeId), eq(episodes.patientId, input.patientId)));
    if (!episode) throw new AppError("validation", "Choose an episode of this patient.", { episodeId: ["Choose an episode of this patient"] });
    if (episode.status !== "open") throw new AppError("validation", "That episode is closed.", { episodeId: ["That episode is closed: open a new one"] });
    const settings = await getClinicSettings(ctx.tx);
    const startsAt = input.startsAt ? zonedTimeToUtc(input.startsAt, settings.timeZone) : ctx.now;
    // a minute of slack for clocks; documenting ahead of time is what appointments are for
    if (startsAt.getTime() > ctx.now.getTime() + 60_000) {
      throw new AppError("validation", "A visit cannot start in the future.", { startsAt: ["A visit cannot start in the future: book an appointment instead"] });
    }
    const [row] = await ctx.tx.insert(visits).values({
      patientId: input.patientId, episodeId: input.episodeId, clinicianId: ctx.caller!.userId, visitType: input.visitType,
      startsAt, createdAt: ctx.now,
    }).returning({ id: visits.id });
    ctx.audit({ entityType: "visit", entityId: row.id, details: { visitType: input.visitType, backdated: Boolean(input.startsAt) } });
    ctx.redirectAfterCommit(`/patients/${input.patientId}/visits/${row.id}`);
    return { visitId: row.id };
  },
});

export const cancelVisit = action({
  name: "visit.cancel",
  permission: "chart.clinical.write",
  input: CancelVisitInput,
  async handler(input, ctx) {
    const rows = await ctx.tx.update(visits).set({ status: "cancelled", cancelReason: input.reason })
      .where(and(eq(visits.id, input.visitId), eq(visits.status, "in_progress"))).returning({ patientId: visits.patientId });
    if (rows.length === 0) throw new AppError("not_found", "That visit was not found or is no longer in progress.");
    ctx.audit({ patientId: rows[0].patientId, entityType: "visit", entityId: input.visitId });
    return { visitId: input.visitId };
  },
});
