"use server";
import { AppError, isAppError } from "@/lib/errors";
import { getClinicSettings } from "@/lib/data/settings";
import { localDateOf } from "@/lib/domain/scheduling/zoned";
import { BookSeriesInput } from "@/lib/validation/care-plans";
import { action } from "./action";
import { afterSeriesBooked } from "./appointment-notify";
import { checkBooking, insertBooking } from "./appointment-store";

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
  async handler(input, ctx) {
    const { timeZone } = await getClinicSettings(ctx.tx);
    const starts = [...new Set(input.startsAt.map((s) => new Date(s).getTime()))].sort((a, b) => a - b).map((t) => new Date(t));
    const dates = starts.map((s) => localDateOf(s, timeZone));
    if (new Set(dates).size !== dates.length) throw new AppError("validation", "Book at most one visit a day for a patient.");
    // Each visit goes through the scheduling store with the checks of any single booking (type,
    // clinician, room, episode, hours, location) — all of them checked before the first insert —
    // and the first refusal rolls the whole series back.
    const store = { userId: ctx.caller!.userId, now: ctx.now, notify: false };
    const ids: string[] = [];
    try {
      const checked = [];
      for (const startsAt of starts) {
        checked.push(await checkBooking(ctx.tx, {
          patientId: input.patientId, clinicianId: input.clinicianId, appointmentTypeId: input.appointmentTypeId,
          roomId: input.roomId ?? null, episodeId: input.episodeId ?? null, startsAt,
        }, store));
      }
      for (const c of checked) ids.push((await insertBooking(ctx.tx, c, store)).id);
    } catch (e) {
      if (!isAppError(e)) throw e;
      const why = e.fieldErrors?.startsAt?.[0] ?? e.message;
      throw new AppError(e.code, `${why.replace(/\.?$/, ".")} Nothing was booked: get a fresh proposal.`, e.fieldErrors, e.details);
    }
    // one confirmation listing every visit, and a reminder per visit
    await afterSeriesBooked(ctx.tx, ids, ctx.now, ctx.caller!.userId);
    ctx.audit({ entityType: "appointment_series", entityId: ids[0], details: { count: ids.length, clinicianId: input.clinicianId, episodeId: input.episodeId ?? null } });
    return { booked: ids.length, appointmentIds: ids };
  },
});
