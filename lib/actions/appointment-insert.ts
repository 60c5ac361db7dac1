import type { Tx } from "@/db/client";
import { appointments } from "@/db/schema";
import { afterScheduled, afterSeriesBooked } from "./appointment-notify";

export interface NewAppointment {
  patientId: string;
  clinicianId: string;
  roomId: string | null;
  appointmentTypeId: string;
  locationId: string;
  episodeId: string | null;
  startsAt: Date;
  endsAt: Date;
}

/**
 * Insert booked appointments inside the caller's transaction. No check-then-insert: PostgreSQL's
 * exclusion constraints decide, so a slot taken a moment ago fails the whole statement with 23P01
 * and the action wrapper rolls everything back. Confirmation and reminders go through the
 * scheduling module's notices (one confirmation for a series, a reminder job per visit).
 */
export async function insertBookedAppointments(tx: Tx, rows: readonly NewAppointment[], by: { userId: string; now: Date }): Promise<string[]> {
  if (rows.length === 0) return [];
  const inserted = await tx.insert(appointments).values(rows.map((r) => ({
    ...r, status: "booked" as const, createdBy: by.userId, createdAt: by.now, updatedAt: by.now,
  }))).returning({ id: appointments.id });
  const ids = inserted.map((r) => r.id);
  if (ids.length === 1) await afterScheduled(tx, ids[0], "booked", by.now, by.userId);
  else await afterSeriesBooked(tx, ids, by.now, by.userId);
  return ids;
}

/** The messages the wrapper shows when one of the exclusion constraints refuses a booking. */
export const OVERLAP_MESSAGES = {
  appointments_clinician_no_overlap: { message: "That slot was just taken: the clinician is already booked at one of these times. Nothing was booked." },
  appointments_room_no_overlap: { message: "That slot was just taken: the room is already in use at one of these times. Nothing was booked." },
  appointments_patient_no_overlap: { message: "That slot was just taken: the patient already has an appointment at one of these times. Nothing was booked." },
};
