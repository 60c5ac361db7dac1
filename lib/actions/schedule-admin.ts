"use server";
import { and, eq, isNull, sql } from "drizzle-orm";
import { appointmentTypes, availabilityExceptions, clinicianAvailability, rooms } from "@/db/schema";
import { AppError } from "@/lib/errors";
import {
  AppointmentTypeInput, AvailabilityExceptionInput, AvailabilityRuleInput, RemoveAvailabilityInput, RenameRoomInput,
  RetireAppointmentTypeInput, RoomInput,
} from "@/lib/validation/scheduling";
import type { Tx } from "@/db/client";
import { action } from "./action";

const typeNameTaken = { appointment_types_name_key: { field: "name", message: "An appointment type with that name exists" } };

export const saveAppointmentType = action({
  name: "schedule.type.save",
  permission: "settings.manage",
  input: AppointmentTypeInput,
  constraintMessages: typeNameTaken,
  async handler(input, ctx) {
    const values = { name: input.name, durationMinutes: input.durationMinutes, defaultDisciplines: input.defaultDisciplines, active: input.active, updatedAt: ctx.now };
    let id = input.id;
    if (id) {
      const rows = await ctx.tx.update(appointmentTypes).set(values).where(eq(appointmentTypes.id, id)).returning({ id: appointmentTypes.id });
      if (!rows[0]) throw new AppError("not_found", "That appointment type was not found.");
    } else {
      [{ id }] = await ctx.tx.insert(appointmentTypes).values({ ...values, createdAt: ctx.now }).returning({ id: appointmentTypes.id });
    }
    ctx.audit({ entityType: "appointment_type", entityId: id, details: { durationMinutes: input.durationMinutes, active: input.active } });
    return { id: id! };
  },
});

/** Retire (or bring back) a type: booked appointments keep it, new bookings cannot choose it. */
export const setAppointmentTypeActive = action({
  name: "schedule.type.active",
  permission: "settings.manage",
  input: RetireAppointmentTypeInput,
  async handler(input, ctx) {
    const rows = await ctx.tx.update(appointmentTypes).set({ active: input.active, updatedAt: ctx.now }).where(eq(appointmentTypes.id, input.id)).returning({ id: appointmentTypes.id });
    if (!rows[0]) throw new AppError("not_found", "That appointment type was not found.");
    ctx.audit({ entityType: "appointment_type", entityId: input.id, details: { active: input.active } });
    return { id: input.id };
  },
});

async function assertClinician(tx: Tx, clinicianId: string) {
  const [r] = await tx.execute<{ ok: boolean }>(sql`select exists(select 1 from user_roles where user_id = ${clinicianId} and role = 'clinician') as ok`);
  if (!r.ok) throw new AppError("validation", "Choose a clinician", { clinicianId: ["Choose a clinician"] });
}

export const addAvailabilityRule = action({
  name: "schedule.availability.add",
  permission: "settings.manage",
  input: AvailabilityRuleInput,
  constraintMessages: { clinician_availability_location_id_locations_id_fk: { field: "locationId", message: "Choose a location" } },
  async handler(input, ctx) {
    await assertClinician(ctx.tx, input.clinicianId);
    // two rules of one clinician may not overlap on a weekday (they would double the slots)
    const [clash] = await ctx.tx.execute<{ n: number }>(sql`
      select count(*)::int as n from clinician_availability
      where clinician_id = ${input.clinicianId} and weekday = ${input.weekday} and removed_at is null
        and start_time < ${input.endTime}::time and end_time > ${input.startTime}::time`);
    if (clash.n > 0) throw new AppError("validation", "Those hours overlap hours already set for that day", { startTime: ["Those hours overlap hours already set for that day"] });
    const [row] = await ctx.tx.insert(clinicianAvailability).values({ ...input, createdBy: ctx.caller!.userId, createdAt: ctx.now }).returning({ id: clinicianAvailability.id });
    ctx.audit({ entityType: "availability", entityId: row.id, details: { clinicianId: input.clinicianId, weekday: input.weekday } });
    return { id: row.id };
  },
});

export const addAvailabilityException = action({
  name: "schedule.exception.add",
  permission: "settings.manage",
  input: AvailabilityExceptionInput,
  async handler(input, ctx) {
    await assertClinician(ctx.tx, input.clinicianId);
    const [row] = await ctx.tx.insert(availabilityExceptions).values({
      clinicianId: input.clinicianId, onDate: input.date, allDay: input.allDay, startTime: input.allDay ? null : input.startTime,
      endTime: input.allDay ? null : input.endTime, reason: input.reason, createdBy: ctx.caller!.userId, createdAt: ctx.now,
    }).returning({ id: availabilityExceptions.id });
    ctx.audit({ entityType: "availability_exception", entityId: row.id, details: { clinicianId: input.clinicianId, date: input.date, allDay: input.allDay } });
    return { id: row.id };
  },
});

/** Stamp removed_at: the row stays so past schedules remain explainable. */
export const removeAvailability = action({
  name: "schedule.availability.remove",
  permission: "settings.manage",
  input: RemoveAvailabilityInput,
  async handler(input, ctx) {
    const table = input.kind === "rule" ? clinicianAvailability : availabilityExceptions;
    const rows = await ctx.tx.update(table).set({ removedAt: ctx.now }).where(and(eq(table.id, input.id), isNull(table.removedAt))).returning({ id: table.id });
    if (!rows[0]) throw new AppError("not_found", "That entry was not found or is already removed.");
    ctx.audit({ entityType: input.kind === "rule" ? "availability" : "availability_exception", entityId: input.id, details: { removed: true } });
    return { id: input.id };
  },
});

export const addRoom = action({
  name: "schedule.room.add",
  permission: "settings.manage",
  input: RoomInput,
  constraintMessages: { rooms_location_id_locations_id_fk: { field: "locationId", message: "Choose a location" } },
  async handler(input, ctx) {
    const [row] = await ctx.tx.insert(rooms).values({ locationId: input.locationId, name: input.name, createdAt: ctx.now }).returning({ id: rooms.id });
    ctx.audit({ entityType: "room", entityId: row.id });
    return { id: row.id };
  },
});

export const renameRoom = action({
  name: "schedule.room.rename",
  permission: "settings.manage",
  input: RenameRoomInput,
  async handler(input, ctx) {
    const rows = await ctx.tx.update(rooms).set({ name: input.name }).where(eq(rooms.id, input.roomId)).returning({ id: rooms.id });
    if (!rows[0]) throw new AppError("not_found", "That room was not found.");
    ctx.audit({ entityType: "room", entityId: input.roomId, details: { renamed: true } });
    return { id: input.roomId };
  },
});
