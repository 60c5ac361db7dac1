"use server";
import { and, eq, inArray, sql } from "drizzle-orm";
import { appointmentTypes, rooms, waitlistEntries } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { getAvailabilityWindows } from "@/lib/data/booking-inputs";
import { getClinicSettings } from "@/lib/data/settings";
import { within } from "@/lib/domain/scheduling/intervals";
import { localDateOf } from "@/lib/domain/scheduling/zoned";
import { WaitlistAddInput, WaitlistBookInput, WaitlistRemoveInput } from "@/lib/validation/care-plans";
import { action } from "./action";
import { insertBookedAppointments, OVERLAP_MESSAGES } from "./appointment-insert";

const MINUTE = 60_000;

export const addToWaitlist = action({
  name: "waitlist.add",
  permission: "schedule.write",
  input: WaitlistAddInput,
  patientId: (input) => input.patientId,
  constraintMessages: {
    waitlist_entries_one_open_key: { field: "patientId", message: "This patient is already on the waitlist: remove the old entry first" },
    waitlist_entries_patient_id_patients_id_fk: { field: "patientId", message: "Choose a patient" },
  },
  async handler(input, ctx) {
    const [patient] = await ctx.tx.execute<{ id: string }>(sql`select id from patients where id = ${input.patientId} and status not in ('voided', 'merged')`);
    if (!patient) throw new AppError("validation", "Choose a patient.", { patientId: ["Choose a patient"] });
    if (input.clinicianIds.length > 0) {
      const found = await ctx.tx.execute<{ id: string }>(sql`select u.id from users u join user_roles r on r.user_id = u.id and r.role = 'clinician'
        where u.id in ${input.clinicianIds}`);
      if (new Set(found.map((f) => f.id)).size !== new Set(input.clinicianIds).size) throw new AppError("validation", "Choose clinicians from the list.", { clinicianIds: ["Choose clinicians from the list"] });
    }
    if (input.appointmentTypeId) {
      const [t] = await ctx.tx.select({ id: appointmentTypes.id }).from(appointmentTypes).where(eq(appointmentTypes.id, input.appointmentTypeId));
      if (!t) throw new AppError("validation", "Choose an appointment type.", { appointmentTypeId: ["Choose an appointment type"] });
    }
    const [row] = await ctx.tx.insert(waitlistEntries).values({
      patientId: input.patientId, clinicianIds: [...new Set(input.clinicianIds)], weekdays: [...new Set(input.weekdays)].sort(),
      timeWindows: input.timeWindows, appointmentTypeId: input.appointmentTypeId ?? null, note: input.note ?? "",
      createdBy: ctx.caller!.userId, createdAt: ctx.now, updatedAt: ctx.now,
    }).returning({ id: waitlistEntries.id });
    ctx.audit({ entityType: "waitlist_entry", entityId: row.id });
    return { entryId: row.id };
  },
});

export const removeFromWaitlist = action({
  name: "waitlist.remove",
  permission: "schedule.write",
  input: WaitlistRemoveInput,
  async handler(input, ctx) {
    const rows = await ctx.tx.update(waitlistEntries).set({ status: "removed", updatedBy: ctx.caller!.userId, updatedAt: ctx.now })
      .where(and(eq(waitlistEntries.id, input.entryId), inArray(waitlistEntries.status, ["waiting", "offered"])))
      .returning({ patientId: waitlistEntries.patientId });
    if (rows.length === 0) throw new AppError("not_found", "That waitlist entry was not found or is already closed.");
    ctx.audit({ patientId: rows[0].patientId, entityType: "waitlist_entry", entityId: input.entryId });
    return { removed: true };
  },
});

/** "Book this slot" for a waitlisted patient: the appointment and the closed entry in one transaction. */
export const bookWaitlistSlot = action({
  name: "waitlist.book_slot",
  permission: "schedule.write",
  input: WaitlistBookInput,
  constraintMessages: OVERLAP_MESSAGES,
  async handler(input, ctx) {
    const [entry] = await ctx.tx.select({ patientId: waitlistEntries.patientId }).from(waitlistEntries)
      .where(and(eq(waitlistEntries.id, input.entryId), inArray(waitlistEntries.status, ["waiting", "offered"]))).for("update");
    if (!entry) throw new AppError("not_found", "That waitlist entry was not found or is already closed.");
    const [type] = await ctx.tx.select({ duration: appointmentTypes.durationMinutes }).from(appointmentTypes)
      .where(and(eq(appointmentTypes.id, input.appointmentTypeId), eq(appointmentTypes.active, true)));
    if (!type) throw new AppError("validation", "Choose an appointment type.");
    const { timeZone } = await getClinicSettings(ctx.tx);
    const start = new Date(input.startsAt);
    const slot = { start, end: new Date(start.getTime() + type.duration * MINUTE) };
    if (start < ctx.now) throw new AppError("validation", "That time is already in the past.");
    const date = localDateOf(start, timeZone);
    const windows = await getAvailabilityWindows(ctx.tx, { clinicianId: input.clinicianId, from: date, to: date, timeZone });
    let roomLocation: string | null = null;
    if (input.roomId) {
      const [room] = await ctx.tx.select({ locationId: rooms.locationId }).from(rooms).where(eq(rooms.id, input.roomId));
      if (!room) throw new AppError("validation", "Choose a room.");
      roomLocation = room.locationId;
    }
    const window = windows.find((w) => within(slot, w) && (!roomLocation || w.locationId === roomLocation));
    if (!window) throw new AppError("validation", "That time is outside the clinician's hours.");
    const [episode] = await ctx.tx.execute<{ id: string }>(sql`
      select e.id from episodes e where e.patient_id = ${entry.patientId} and e.status = 'open' order by e.opened_on desc limit 1`);
    const [appointmentId] = await insertBookedAppointments(ctx.tx, [{
      patientId: entry.patientId, clinicianId: input.clinicianId, roomId: input.roomId ?? null, appointmentTypeId: input.appointmentTypeId,
      locationId: window.locationId, episodeId: episode?.id ?? null, startsAt: slot.start, endsAt: slot.end,
    }], { userId: ctx.caller!.userId, now: ctx.now });
    await ctx.tx.update(waitlistEntries).set({ status: "booked", bookedAppointmentId: appointmentId, updatedBy: ctx.caller!.userId, updatedAt: ctx.now })
      .where(eq(waitlistEntries.id, input.entryId));
    ctx.audit({ patientId: entry.patientId, entityType: "appointment", entityId: appointmentId, details: { fromWaitlist: input.entryId } });
    return { appointmentId };
  },
});
