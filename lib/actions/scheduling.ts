"use server";
import { sql } from "drizzle-orm";
import { patientReminderPrefs } from "@/db/schema";
import { getClinicSettings } from "@/lib/data/settings";
import {
  BookAppointmentInput, CancelAppointmentInput, MarkAppointmentInput, MoveAppointmentInput, ReminderPrefInput,
} from "@/lib/validation/scheduling";
import { action } from "./action";
import { bookAppointment, cancelAppointment, markAppointment, moveAppointment } from "./appointment-store";

/** The front desk books a free slot (patient, type, clinician, room). */
export const bookAppointmentAction = action({
  name: "appointment.book",
  permission: "schedule.write",
  input: BookAppointmentInput,
  patientId: (input) => input.patientId,
  idempotent: true,
  async handler(input, ctx) {
    const booked = await bookAppointment(ctx.tx, { ...input, startsAt: new Date(input.startsAt) }, { userId: ctx.caller!.userId, now: ctx.now });
    ctx.audit({ entityType: "appointment", entityId: booked.id, details: { clinicianId: input.clinicianId, roomId: input.roomId, startsAt: booked.startsAt } });
    return booked;
  },
});

export const moveAppointmentAction = action({
  name: "appointment.move",
  permission: "schedule.write",
  input: MoveAppointmentInput,
  idempotent: true,
  async handler(input, ctx) {
    const moved = await moveAppointment(ctx.tx, {
      appointmentId: input.appointmentId, expectedVersion: input.version, startsAt: new Date(input.startsAt), clinicianId: input.clinicianId, roomId: input.roomId,
    }, { userId: ctx.caller!.userId, now: ctx.now });
    ctx.audit({ patientId: await patientOf(ctx.tx, moved.id), entityType: "appointment", entityId: moved.id, details: { startsAt: moved.startsAt, clinicianId: input.clinicianId, roomId: input.roomId } });
    return moved;
  },
});

export const cancelAppointmentAction = action({
  name: "appointment.cancel",
  permission: "schedule.write",
  input: CancelAppointmentInput,
  async handler(input, ctx) {
    const r = await cancelAppointment(ctx.tx, { appointmentId: input.appointmentId, expectedVersion: input.version, reason: input.reason }, { userId: ctx.caller!.userId, now: ctx.now });
    ctx.audit({ patientId: r.patientId, entityType: "appointment", entityId: r.id, details: { status: "cancelled" } });
    return r;
  },
});

export const markAppointmentAction = action({
  name: "appointment.mark",
  permission: "schedule.write",
  input: MarkAppointmentInput,
  async handler(input, ctx) {
    const { timeZone } = await getClinicSettings(ctx.tx);
    const r = await markAppointment(ctx.tx, { appointmentId: input.appointmentId, expectedVersion: input.version, status: input.status }, { userId: ctx.caller!.userId, now: ctx.now, timeZone });
    ctx.audit({ patientId: r.patientId, entityType: "appointment", entityId: r.id, details: { status: input.status } });
    return r;
  },
});

/** Appointment emails on or off for a patient (demographics: the desk records what the patient asked). */
export const setReminderPrefAction = action({
  name: "patient.reminders.set",
  permission: "patient.demographics.write",
  input: ReminderPrefInput,
  patientId: (input) => input.patientId,
  async handler(input, ctx) {
    await ctx.tx.insert(patientReminderPrefs).values({ patientId: input.patientId, remindersOptOut: input.optOut, updatedBy: ctx.caller!.userId, updatedAt: ctx.now })
      .onConflictDoUpdate({ target: patientReminderPrefs.patientId, set: { remindersOptOut: input.optOut, updatedBy: ctx.caller!.userId, updatedAt: ctx.now } });
    ctx.audit({ entityType: "patient", entityId: input.patientId, details: { remindersOptOut: input.optOut } });
    return { optOut: input.optOut };
  },
});

async function patientOf(tx: Parameters<typeof getClinicSettings>[0], appointmentId: string): Promise<string | null> {
  const [r] = await tx.execute<{ patient_id: string }>(sql`select patient_id from appointments where id = ${appointmentId}`);
  return r?.patient_id ?? null;
}
