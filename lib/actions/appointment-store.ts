import { and, eq, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { appointments } from "@/db/schema";
import { nearestAlternatives, type Slot } from "@/lib/domain/scheduling/slots";
import { addDays, localDateOf } from "@/lib/domain/scheduling/zoned";
import { findFreeSlots, loadScheduleInputs } from "@/lib/data/schedule-slots";
import { within } from "@/lib/domain/scheduling/intervals";
import { AppError } from "@/lib/errors";
import { afterCancelled, afterScheduled } from "./appointment-notify";
import { constraintOf, pgError, PG } from "./pg-errors";

/**
 * The one way an appointment is booked, moved or cancelled, inside the caller's transaction.
 * Front-desk actions, the portal and (later) "book the plan" series all call these, so every
 * path gets the same checks, the same "that slot was just taken" answer and the same emails.
 */

export interface BookingRequest {
  patientId: string;
  clinicianId: string;
  appointmentTypeId: string;
  roomId?: string | null;
  startsAt: Date;
  episodeId?: string | null;
}

export interface StoreContext {
  userId: string;
  now: Date;
  /** false lets a caller book outside the clinician's weekly hours (not used by the front desk) */
  enforceAvailability?: boolean;
  /** send confirmation email + schedule the reminder (default true) */
  notify?: boolean;
}

export interface SlotChoice {
  startsAt: string;
  endsAt: string;
  clinicianId: string;
  locationId: string;
}

export type BookedAppointment = { id: string; startsAt: string; endsAt: string; version: number; locationId: string };

type Facts = {
  durationMinutes: number | null; typeActive: boolean | null; clinicianOk: boolean; patientOk: boolean; patientId: string | null;
  roomLocationId: string | null; episodeOk: boolean | null; timeZone: string; soleOpenEpisodeId: string | null;
};

const field = (name: string, message: string) => new AppError("validation", message, { [name]: [message] });

async function bookingFacts(tx: Tx, r: BookingRequest): Promise<Facts> {
  const [f] = await tx.execute<Facts>(sql`
    select
      (select t.duration_minutes from appointment_types t where t.id = ${r.appointmentTypeId}) as "durationMinutes",
      (select t.active from appointment_types t where t.id = ${r.appointmentTypeId}) as "typeActive",
      exists(select 1 from users u join user_roles ur on ur.user_id = u.id and ur.role = 'clinician'
             where u.id = ${r.clinicianId} and u.active and u.kind = 'staff') as "clinicianOk",
      exists(select 1 from patients p where p.id = ${r.patientId} and p.status = 'active') as "patientOk",
      ${r.patientId}::uuid as "patientId",
      (select rm.location_id from rooms rm where rm.id = ${r.roomId ?? null}::uuid) as "roomLocationId",
      case when ${r.episodeId ?? null}::uuid is null then null
           else exists(select 1 from episodes e where e.id = ${r.episodeId ?? null}::uuid and e.patient_id = ${r.patientId} and e.status = 'open') end as "episodeOk",
      coalesce((select cs.time_zone from clinic_settings cs where cs.id = 1), 'America/New_York') as "timeZone",
      -- no episode named: the patient's only open episode, so the plan of care counts the booking
      (select case when count(*) = 1 then min(e.id::text)::uuid end from episodes e where e.patient_id = ${r.patientId} and e.status = 'open') as "soleOpenEpisodeId"`);
  return f;
}

/** Where the clinician works at that time: the availability window that holds the whole appointment. */
async function windowFor(tx: Tx, clinicianId: string, startsAt: Date, endsAt: Date, timeZone: string): Promise<string | null> {
  const date = localDateOf(startsAt, timeZone);
  const { windows } = await loadScheduleInputs(tx, { clinicianIds: [clinicianId], from: date, to: date, timeZone });
  return windows.find((w) => within({ start: startsAt, end: endsAt }, w))?.locationId ?? null;
}

/** The nearest free times for the same clinician (room, patient respected) on that day and the next week. */
export async function alternativesFor(tx: Tx, q: { clinicianId: string; roomId?: string | null; patientId: string; durationMinutes: number; startsAt: Date; timeZone: string; now: Date; excludeAppointmentId?: string | null }, count = 3): Promise<SlotChoice[]> {
  const date = localDateOf(q.startsAt, q.timeZone);
  const slots = await findFreeSlots(tx, {
    clinicianIds: [q.clinicianId], roomId: q.roomId, patientId: q.patientId, durationMinutes: q.durationMinutes,
    from: date, to: addDays(date, 7), timeZone: q.timeZone, notBefore: q.now, excludeAppointmentId: q.excludeAppointmentId,
  });
  return nearestAlternatives(q.startsAt, slots, count).map(toChoice);
}

const toChoice = (s: Slot): SlotChoice => ({ startsAt: s.start.toISOString(), endsAt: s.end.toISOString(), clinicianId: s.clinicianId, locationId: s.locationId });

const OVERLAP_MESSAGES: Record<string, string> = {
  appointments_clinician_no_overlap: "That slot was just taken: the clinician is already booked then.",
  appointments_room_no_overlap: "That slot was just taken: the room is already booked then.",
  appointments_patient_no_overlap: "That slot was just taken: the patient already has an appointment then.",
};

/**
 * Run a write in a savepoint; an exclusion violation (23P01) becomes "that slot was just taken"
 * with the nearest free alternatives, computed after the winner committed.
 */
async function guardOverlap<T>(tx: Tx, write: (sp: Tx) => Promise<T>, alt: Parameters<typeof alternativesFor>[1]): Promise<T> {
  try {
    return await tx.transaction(async (sp) => write(sp));
  } catch (e) {
    const pg = pgError(e);
    if (pg?.code !== PG.exclusionViolation) throw e;
    const alternatives = await alternativesFor(tx, alt);
    const message = OVERLAP_MESSAGES[constraintOf(pg) ?? ""] ?? "That slot was just taken.";
    throw new AppError("overlap", `${message} Choose another time${alternatives.length ? "; the nearest free times are listed" : ""}.`, { startsAt: [message] }, { alternatives });
  }
}

/** A booking that passed every check but the overlap one (which only the insert can decide). */
export type CheckedBooking = { request: BookingRequest; endsAt: Date; locationId: string; episodeId: string | null; durationMinutes: number; timeZone: string };

/**
 * Every check of a booking short of inserting it: patient, type, clinician, room, episode, not in the
 * past, within the clinician's hours at one location. A series checks all its visits with this first,
 * so a visit outside the hours is reported before any insert.
 */
export async function checkBooking(tx: Tx, r: BookingRequest, ctx: StoreContext): Promise<CheckedBooking> {
  const f = await bookingFacts(tx, r);
  if (!f.patientOk) throw field("patientId", "Choose an active patient");
  if (f.durationMinutes === null) throw field("appointmentTypeId", "Choose an appointment type");
  if (!f.typeActive) throw field("appointmentTypeId", "That appointment type is retired");
  if (!f.clinicianOk) throw field("clinicianId", "Choose an active clinician");
  if (r.roomId && !f.roomLocationId) throw field("roomId", "Choose a room of the clinic");
  if (f.episodeOk === false) throw field("episodeId", "Choose an open episode of this patient");
  if (r.startsAt.getTime() < ctx.now.getTime()) throw field("startsAt", "That time has passed: choose a time from now on");
  const endsAt = new Date(r.startsAt.getTime() + f.durationMinutes * 60_000);
  const locationId = await windowFor(tx, r.clinicianId, r.startsAt, endsAt, f.timeZone);
  if (!locationId && ctx.enforceAvailability !== false) throw field("startsAt", "The clinician is not available then: choose one of the free slots");
  const location = locationId ?? f.roomLocationId;
  if (!location) throw field("roomId", "Choose a room so the location is known");
  if (r.roomId && f.roomLocationId !== location) throw field("roomId", "That room is at another location than the clinician that day");
  return { request: r, endsAt, locationId: location, episodeId: r.episodeId ?? f.soleOpenEpisodeId ?? null, durationMinutes: f.durationMinutes, timeZone: f.timeZone };
}

/** Insert a checked booking; the exclusion constraints decide overlaps (→ "just taken" + alternatives). */
export async function insertBooking(tx: Tx, c: CheckedBooking, ctx: StoreContext): Promise<BookedAppointment> {
  const r = c.request;
  const row = await guardOverlap(tx, async (sp) => {
    const [inserted] = await sp.insert(appointments).values({
      patientId: r.patientId, clinicianId: r.clinicianId, roomId: r.roomId ?? null, appointmentTypeId: r.appointmentTypeId,
      locationId: c.locationId, episodeId: c.episodeId, startsAt: r.startsAt, endsAt: c.endsAt, createdBy: ctx.userId, createdAt: ctx.now, updatedAt: ctx.now,
    }).returning({ id: appointments.id, version: appointments.version });
    return inserted;
  }, { clinicianId: r.clinicianId, roomId: r.roomId, patientId: r.patientId, durationMinutes: c.durationMinutes, startsAt: r.startsAt, timeZone: c.timeZone, now: ctx.now });
  if (ctx.notify !== false) await afterScheduled(tx, row.id, "booked", ctx.now, ctx.userId);
  return { id: row.id, startsAt: r.startsAt.toISOString(), endsAt: c.endsAt.toISOString(), version: row.version, locationId: c.locationId };
}

export async function bookAppointment(tx: Tx, r: BookingRequest, ctx: StoreContext): Promise<BookedAppointment> {
  return insertBooking(tx, await checkBooking(tx, r, ctx), ctx);
}

type Locked = { id: string; patientId: string; clinicianId: string; roomId: string | null; appointmentTypeId: string; episodeId: string | null; status: string; version: number; startsAt: Date };

async function lockAppointment(tx: Tx, appointmentId: string, patientIds?: readonly string[]): Promise<Locked> {
  const rows = await tx.execute<Locked>(sql`
    select a.id, a.patient_id as "patientId", a.clinician_id as "clinicianId", a.room_id as "roomId", a.appointment_type_id as "appointmentTypeId",
      a.episode_id as "episodeId", a.status, a.version, a.starts_at as "startsAt"
    from appointments a where a.id = ${appointmentId}
    ${patientIds ? sql`and a.patient_id in (${sql.join([...patientIds, "00000000-0000-0000-0000-000000000000"].map((id) => sql`${id}::uuid`), sql`, `)})` : sql``}
    for update`);
  if (!rows[0]) throw new AppError("not_found", "That appointment was not found.");
  return { ...rows[0], startsAt: new Date(rows[0].startsAt) };
}

function checkVersion(a: Locked, expected: number | undefined) {
  if (expected !== undefined && a.version !== expected) {
    throw new AppError("conflict", "Someone else changed this appointment since you opened it. Reload to see the current booking.");
  }
}

/** Move to a new time (and optionally clinician / room). Same checks as booking; the version bumps so the old reminder is void. */
export async function moveAppointment(tx: Tx, m: { appointmentId: string; expectedVersion?: number; startsAt: Date; clinicianId?: string; roomId?: string | null }, ctx: StoreContext): Promise<BookedAppointment> {
  const a = await lockAppointment(tx, m.appointmentId);
  checkVersion(a, m.expectedVersion);
  if (a.status !== "booked") throw new AppError("invalid", "Only a booked appointment can be moved.");
  const clinicianId = m.clinicianId ?? a.clinicianId;
  const roomId = m.roomId === undefined ? a.roomId : m.roomId;
  const f = await bookingFacts(tx, { patientId: a.patientId, clinicianId, appointmentTypeId: a.appointmentTypeId, roomId, startsAt: m.startsAt });
  if (!f.clinicianOk) throw field("clinicianId", "Choose an active clinician");
  if (roomId && !f.roomLocationId) throw field("roomId", "Choose a room of the clinic");
  if (m.startsAt.getTime() < ctx.now.getTime()) throw field("startsAt", "That time has passed: choose a time from now on");
  const endsAt = new Date(m.startsAt.getTime() + f.durationMinutes! * 60_000);
  const locationId = await windowFor(tx, clinicianId, m.startsAt, endsAt, f.timeZone);
  if (!locationId && ctx.enforceAvailability !== false) throw field("startsAt", "The clinician is not available then: choose one of the free slots");
  const location = locationId ?? f.roomLocationId!;
  if (roomId && f.roomLocationId !== location) throw field("roomId", "That room is at another location than the clinician that day");
  const version = await guardOverlap(tx, async (sp) => {
    const [u] = await sp.update(appointments).set({ startsAt: m.startsAt, endsAt, clinicianId, roomId, locationId: location, updatedAt: ctx.now, version: a.version + 1 })
      .where(and(eq(appointments.id, a.id), eq(appointments.version, a.version))).returning({ version: appointments.version });
    return u.version;
  }, { clinicianId, roomId, patientId: a.patientId, durationMinutes: f.durationMinutes!, startsAt: m.startsAt, timeZone: f.timeZone, now: ctx.now, excludeAppointmentId: a.id });
  if (ctx.notify !== false) await afterScheduled(tx, a.id, "moved", ctx.now, ctx.userId);
  return { id: a.id, startsAt: m.startsAt.toISOString(), endsAt: endsAt.toISOString(), version, locationId: location };
}

/** Cancel with a reason. The row stays (history); its slot is free again. `patientIds` limits a portal caller to their own. */
export async function cancelAppointment(tx: Tx, c: { appointmentId: string; expectedVersion?: number; reason: string; patientIds?: readonly string[]; notBefore?: Date }, ctx: StoreContext): Promise<{ id: string; patientId: string }> {
  const a = await lockAppointment(tx, c.appointmentId, c.patientIds);
  checkVersion(a, c.expectedVersion);
  if (a.status !== "booked") throw new AppError("invalid", "Only a booked appointment can be cancelled.");
  if (c.notBefore && a.startsAt.getTime() < c.notBefore.getTime()) {
    throw new AppError("invalid", "This appointment is too soon to cancel online. Please call the clinic.");
  }
  await tx.update(appointments).set({ status: "cancelled", cancelReason: c.reason, cancelledBy: ctx.userId, cancelledAt: ctx.now, updatedAt: ctx.now, version: a.version + 1 })
    .where(eq(appointments.id, a.id));
  if (ctx.notify !== false) await afterCancelled(tx, a.id, ctx.now, ctx.userId);
  return { id: a.id, patientId: a.patientId };
}

/** Front-desk status marks: arrived (on the day), no-show (once the start has passed), or undo a no-show. */
export async function markAppointment(tx: Tx, m: { appointmentId: string; expectedVersion?: number; status: "arrived" | "no_show" | "booked" }, ctx: StoreContext & { timeZone: string }): Promise<{ id: string; patientId: string }> {
  const a = await lockAppointment(tx, m.appointmentId);
  checkVersion(a, m.expectedVersion);
  const today = localDateOf(ctx.now, ctx.timeZone);
  const day = localDateOf(a.startsAt, ctx.timeZone);
  if (m.status === "arrived") {
    if (a.status !== "booked") throw new AppError("invalid", "Only a booked appointment can be checked in.");
    if (day !== today) throw new AppError("invalid", "A patient can be checked in on the day of the appointment only.");
  } else if (m.status === "no_show") {
    if (a.status !== "booked") throw new AppError("invalid", "Only a booked appointment can be marked as a no-show.");
    if (a.startsAt.getTime() > ctx.now.getTime()) throw new AppError("invalid", "An appointment can be marked as a no-show only after its start time.");
  } else if (a.status !== "no_show") {
    throw new AppError("invalid", "Only a no-show can be put back to booked.");
  }
  await guardOverlap(tx, (sp) => sp.update(appointments).set({
    status: m.status, arrivedAt: m.status === "arrived" ? ctx.now : null, updatedAt: ctx.now, version: a.version + 1,
  }).where(eq(appointments.id, a.id)), {
    clinicianId: a.clinicianId, roomId: a.roomId, patientId: a.patientId, durationMinutes: 30, startsAt: a.startsAt, timeZone: ctx.timeZone, now: ctx.now, excludeAppointmentId: a.id,
  });
  return { id: a.id, patientId: a.patientId };
}

