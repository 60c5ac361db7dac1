import { appointmentTypes, clinicianAvailability, clinicSettings, locations, rooms } from "@/db/schema";
import type { Db } from "@/db/client";
import { makeStaff } from "./factories";

/** A clinic in New York with one location, two rooms, a 30-minute type and a clinician working weekdays 9–17. */
export async function schedulingClinic(owner: Db) {
  const at = new Date("2030-01-01T00:00:00Z");
  await owner.insert(clinicSettings).values({ id: 1, name: "Test clinic", timeZone: "America/New_York", reminderLeadHours: 24, cancellationWindowHours: 24 })
    .onConflictDoUpdate({ target: clinicSettings.id, set: { timeZone: "America/New_York", reminderLeadHours: 24, cancellationWindowHours: 24 } });
  const [loc] = await owner.insert(locations).values({ name: `Main ${Math.random().toString(36).slice(2)}` }).returning();
  const [room1] = await owner.insert(rooms).values({ locationId: loc.id, name: "Table 1" }).returning();
  const [room2] = await owner.insert(rooms).values({ locationId: loc.id, name: "Table 2" }).returning();
  const [followUp] = await owner.insert(appointmentTypes).values({ name: `Follow-up ${Math.random()}`, durationMinutes: 30, createdAt: at, updatedAt: at }).returning();
  const clinician = await makeStaff(owner, ["clinician"], { discipline: "DC" });
  const clinician2 = await makeStaff(owner, ["clinician"], { discipline: "PT" });
  const desk = await makeStaff(owner, ["front_desk"]);
  for (const c of [clinician, clinician2]) {
    await owner.insert(clinicianAvailability).values([1, 2, 3, 4, 5].map((weekday) => ({ clinicianId: c.id, locationId: loc.id, weekday, startTime: "09:00", endTime: "17:00", createdAt: at })));
  }
  return { location: loc, room1, room2, followUp, clinician, clinician2, desk };
}
