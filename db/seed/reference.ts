import type { Db } from "../client";
import { appointmentTypes, clinicSettings, consentTexts, locations, protocols, rooms } from "../schema";
import { PROTOCOLS } from "@/lib/domain/treatment/protocols";
import { seedExerciseLibrary } from "./exercises";
import { CONSENT_TEXTS } from "./consent-texts";

/**
 * Reference content every clinic needs, installed on every start (idempotent). Later issues add
 * their libraries here (protocols, exercises, value sets from DOMAIN.md).
 */
export async function seedReference(db: Db): Promise<void> {
  await db.insert(clinicSettings).values({
    id: 1,
    name: "Kinetic Chart clinic",
    timeZone: process.env.CLINIC_TIME_ZONE ?? "America/New_York",
    hours: {
      "1": { open: "07:00", close: "19:00" }, "2": { open: "07:00", close: "19:00" }, "3": { open: "07:00", close: "19:00" },
      "4": { open: "07:00", close: "19:00" }, "5": { open: "07:00", close: "17:00" }, "6": { open: "08:00", close: "12:00" }, "7": null,
    },
  }).onConflictDoNothing();
  const [main] = await db.insert(locations).values({ name: "Main clinic" }).onConflictDoNothing().returning({ id: locations.id });
  if (main) {
    await db.insert(rooms).values([
      { locationId: main.id, name: "Treatment room 1" },
      { locationId: main.id, name: "Treatment room 2" },
      { locationId: main.id, name: "Rehab gym" },
    ]);
  }
  // Appointment types with their usual length and who usually provides them; admins add or retire types.
  const since = new Date("2026-01-01T00:00:00Z");
  await db.insert(appointmentTypes).values([
    { name: "Initial exam", durationMinutes: 60, defaultDisciplines: ["DC", "PT"], createdAt: since, updatedAt: since },
    { name: "Follow-up", durationMinutes: 30, defaultDisciplines: ["DC", "PT", "PTA"], createdAt: since, updatedAt: since },
    { name: "Re-exam", durationMinutes: 45, defaultDisciplines: ["DC", "PT"], createdAt: since, updatedAt: since },
    { name: "Massage", durationMinutes: 60, defaultDisciplines: ["LMT"], createdAt: since, updatedAt: since },
  ]).onConflictDoNothing();
  // Versioned consent wording: a new version is added (never edited) when the clinic changes it.
  await db.insert(consentTexts).values(CONSENT_TEXTS.map((t) => ({ ...t, effectiveFrom: new Date("2026-01-01T00:00:00Z") }))).onConflictDoNothing();
  // The six named protocols of DOMAIN.md §4.4, as version 1; clinic edits become new versions.
  await db.insert(protocols).values(PROTOCOLS.map((p) => ({
    code: p.id, version: 1, name: p.name, description: p.indication, source: "reference" as const,
    lines: p.steps as unknown as unknown[], createdAt: new Date("2026-01-01T00:00:00Z"),
  }))).onConflictDoNothing();
  // The 40 exercises of DOMAIN.md §6 and the home programs attached to the protocols.
  await seedExerciseLibrary(db);
}
