"use server";
import { and, eq, inArray, sql } from "drizzle-orm";
import { appointmentTypes, waitlistEntries } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { WaitlistAddInput, WaitlistBookInput, WaitlistRemoveInput } from "@/lib/validation/care-plans";
import { action } from "./action";
import { bookAppointment } from "./appointment-store";

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
  async handler(input, ctx) {
    const [entry] = await ctx.tx.select({ patientId: waitlistEntries.patientId }).from(waitlistEntries)
      .where(and(eq(waitlistEntries.id, input.entryId), inArray(waitlistEntries.status, ["waiting", "offered"]))).for("update");
    if (!entry) throw new AppError("not_found", "That waitlist entry was not found or is already closed.");
    const [episode] = await ctx.tx.execute<{ id: string }>(sql`
      select e.id from episodes e where e.patient_id = ${entry.patientId} and e.status = 'open' order by e.opened_on desc limit 1`);
    // the same checks, overlap guard, confirmation and reminder as any booking
    const { id: appointmentId } = await bookAppointment(ctx.tx, {
      patientId: entry.patientId, clinicianId: input.clinicianId, appointmentTypeId: input.appointmentTypeId, roomId: input.roomId ?? null,
      episodeId: episode?.id ?? null, startsAt: new Date(input.startsAt),
    }, { userId: ctx.caller!.userId, now: ctx.now });
    await ctx.tx.update(waitlistEntries).set({ status: "booked", bookedAppointmentId: appointmentId, updatedBy: ctx.caller!.userId, updatedAt: ctx.now })
      .where(eq(waitlistEntries.id, input.entryId));
    ctx.audit({ patientId: entry.patientId, entityType: "appointment", entityId: appointmentId, details: { fromWaitlist: input.entryId } });
    return { appointmentId };
  },
});
