"use server";
import { and, eq, sql } from "drizzle-orm";
import { appointmentTypes, episodes, rooms } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { getAvailabilityWindows } from "@/lib/data/booking-inputs";
import { getClinicSettings } from "@/lib/data/settings";
import { within } from "@/lib/domain/scheduling/intervals";
import { localDateOf } from "@/lib/domain/scheduling/zoned";
import { BookSeriesInput } from "@/lib/validation/care-plans";
import { action } from "./action";
import { insertBookedAppointments, OVERLAP_MESSAGES } from "./appointment-insert";

const MINUTE = 60_000;

/**
 * Book every occurrence the front desk kept from the proposal in ONE transaction: either all of
 * them are booked or none is. A time taken meanwhile (by anyone, on any app instance) makes the
 * exclusion constraint refuse the insert, the whole transaction rolls back, and the page shows a
 * fresh proposal.
 */
export const bookPlanSeries = action({
  name: "appointment.book_series",
  permission: "schedule.write",
  input: BookSeriesInput,
  patientId: (input) => input.patientId,
  constraintMessages: OVERLAP_MESSAGES,
  async handler(input, ctx) {
    const settings = await getClinicSettings(ctx.tx);
    const tz = settings.timeZone;
    const [type] = await ctx.tx.select({ duration: appointmentTypes.durationMinutes }).from(appointmentTypes)
      .where(and(eq(appointmentTypes.id, input.appointmentTypeId), eq(appointmentTypes.active, true)));
    if (!type) throw new AppError("validation", "Choose an appointment type.", { appointmentTypeId: ["Choose an appointment type"] });
    const [clinician] = await ctx.tx.execute<{ id: string }>(sql`
      select u.id from users u join user_roles r on r.user_id = u.id and r.role = 'clinician' where u.id = ${input.clinicianId} and u.active`);
    if (!clinician) throw new AppError("validation", "Choose a clinician.", { clinicianId: ["Choose a clinician"] });
    const [patient] = await ctx.tx.execute<{ id: string }>(sql`select id from patients where id = ${input.patientId} and status not in ('voided', 'merged')`);
    if (!patient) throw new AppError("not_found", "That patient was not found.");
    let roomLocation: string | null = null;
    if (input.roomId) {
      const [room] = await ctx.tx.select({ locationId: rooms.locationId }).from(rooms).where(eq(rooms.id, input.roomId));
      if (!room) throw new AppError("validation", "Choose a room.", { roomId: ["Choose a room"] });
      roomLocation = room.locationId;
    }
    if (input.episodeId) {
      const [ep] = await ctx.tx.select({ status: episodes.status }).from(episodes).where(and(eq(episodes.id, input.episodeId), eq(episodes.patientId, input.patientId)));
      if (!ep) throw new AppError("validation", "That episode belongs to another patient.");
    }

    const starts = [...new Set(input.startsAt.map((s) => new Date(s).getTime()))].sort((a, b) => a - b).map((t) => new Date(t));
    const dates = starts.map((s) => localDateOf(s, tz));
    if (new Set(dates).size !== dates.length) throw new AppError("validation", "Book at most one visit a day for a patient.");
    const windows = await getAvailabilityWindows(ctx.tx, { clinicianId: input.clinicianId, from: dates[0], to: dates[dates.length - 1], timeZone: tz });
    const rows = starts.map((start) => {
      const slot = { start, end: new Date(start.getTime() + type.duration * MINUTE) };
      if (start < ctx.now) throw new AppError("validation", "One of the times is already in the past. Get a fresh proposal.");
      const window = windows.find((w) => within(slot, w) && (!roomLocation || w.locationId === roomLocation));
      if (!window) throw new AppError("validation", "One of the times is outside the clinician's hours (or at another location). Get a fresh proposal.");
      return {
        patientId: input.patientId, clinicianId: input.clinicianId, roomId: input.roomId ?? null, appointmentTypeId: input.appointmentTypeId,
        locationId: window.locationId, episodeId: input.episodeId ?? null, startsAt: slot.start, endsAt: slot.end,
      };
    });
    const ids = await insertBookedAppointments(ctx.tx, rows, { userId: ctx.caller!.userId, now: ctx.now });
    ctx.audit({ entityType: "appointment_series", entityId: ids[0], details: { count: ids.length, clinicianId: input.clinicianId, episodeId: input.episodeId ?? null } });
    return { booked: ids.length, appointmentIds: ids };
  },
});
