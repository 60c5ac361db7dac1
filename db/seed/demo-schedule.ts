import { eq } from "drizzle-orm";
import type { Tx } from "../client";
import { appointments, appointmentTypes, clinicianAvailability, clinicSettings, locations, rooms } from "../schema";
import { addDays, atLocal, isoWeekday, localDateOf } from "@/lib/domain/scheduling/zoned";
import { DEMO_PATIENTS, DEMO_STAFF } from "./demo-people";

const [OKAFOR, RIVERA, LEE, KOWALSKI, DESK] = DEMO_STAFF.map((s) => s.id);

/** Weekly hours of the demo clinicians (wall-clock, clinic zone). */
const HOURS: { clinicianId: string; weekdays: number[]; start: string; end: string }[] = [
  { clinicianId: OKAFOR, weekdays: [1, 2, 3, 4, 5], start: "08:00", end: "12:00" },
  { clinicianId: OKAFOR, weekdays: [1, 2, 3, 4], start: "13:00", end: "17:00" },
  { clinicianId: OKAFOR, weekdays: [6], start: "08:00", end: "12:00" },
  { clinicianId: RIVERA, weekdays: [1, 2, 3, 4, 5], start: "09:00", end: "17:00" },
  { clinicianId: LEE, weekdays: [1, 3, 5], start: "10:00", end: "18:00" },
  { clinicianId: KOWALSKI, weekdays: [2, 4], start: "12:00", end: "19:00" },
  { clinicianId: KOWALSKI, weekdays: [6], start: "08:00", end: "12:00" },
];

/** The next date on or after `date` that is a weekday (Mon–Fri). */
function weekdayOnOrAfter(date: string): string {
  let d = date;
  while (isoWeekday(d) > 5) d = addDays(d, 1);
  return d;
}

/** Demo availability and a handful of appointments around today, so the schedule is not empty. */
export async function seedDemoSchedule(tx: Tx, at: Date): Promise<void> {
  const [settings] = await tx.select({ timeZone: clinicSettings.timeZone }).from(clinicSettings).where(eq(clinicSettings.id, 1));
  const timeZone = settings?.timeZone ?? "America/New_York";
  const [main] = await tx.select({ id: locations.id }).from(locations).where(eq(locations.name, "Main clinic"));
  if (!main) return;
  const roomRows = await tx.select({ id: rooms.id, name: rooms.name }).from(rooms).where(eq(rooms.locationId, main.id)).orderBy(rooms.name);
  const room = (name: string) => (name ? roomRows.find((r) => r.name === name)?.id ?? null : null);
  await tx.insert(clinicianAvailability).values(HOURS.flatMap((h) => h.weekdays.map((weekday) => ({
    clinicianId: h.clinicianId, locationId: main.id, weekday, startTime: h.start, endTime: h.end, createdBy: OKAFOR, createdAt: at,
  }))));
  const types = await tx.select({ id: appointmentTypes.id, name: appointmentTypes.name, minutes: appointmentTypes.durationMinutes }).from(appointmentTypes);
  const type = (name: string) => types.find((t) => t.name === name)!;
  const today = weekdayOnOrAfter(localDateOf(at, timeZone));
  const next = weekdayOnOrAfter(addDays(today, 1));
  const previous = (() => { let d = addDays(today, -1); while (isoWeekday(d) > 5) d = addDays(d, -1); return d; })();
  const [michele, dan, priya] = DEMO_PATIENTS.map((p) => p.id);
  const plan = [
    { patientId: michele, clinicianId: OKAFOR, type: "Follow-up", date: previous, time: "09:00", room: "Treatment room 1", status: "completed" as const },
    { patientId: dan, clinicianId: RIVERA, type: "Initial exam", date: previous, time: "10:00", room: "Treatment room 2", status: "no_show" as const },
    // not yet marked: the desk checks these in or records the no-show
    { patientId: priya, clinicianId: RIVERA, type: "Follow-up", date: previous, time: "15:00", room: "", status: "booked" as const },
    { patientId: michele, clinicianId: OKAFOR, type: "Follow-up", date: today, time: "09:00", room: "Treatment room 1", status: "booked" as const },
    { patientId: priya, clinicianId: RIVERA, type: "Initial exam", date: today, time: "11:00", room: "Treatment room 2", status: "booked" as const },
    { patientId: dan, clinicianId: RIVERA, type: "Re-exam", date: next, time: "14:00", room: "Rehab gym", status: "booked" as const },
    { patientId: priya, clinicianId: OKAFOR, type: "Follow-up", date: next, time: "10:30", room: "Treatment room 1", status: "booked" as const },
  ];
  for (const a of plan) {
    const t = type(a.type);
    const startsAt = atLocal(a.date, a.time, timeZone);
    await tx.insert(appointments).values({
      patientId: a.patientId, clinicianId: a.clinicianId, roomId: room(a.room), appointmentTypeId: t.id, locationId: main.id,
      startsAt, endsAt: new Date(startsAt.getTime() + t.minutes * 60_000), status: a.status, createdBy: DESK, createdAt: at, updatedAt: at,
    });
  }
}
