import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { appointments, appointmentTypes, locations, rooms, visits } from "@/db/schema";
import { runAction } from "@/lib/actions/core";
import { openEpisode } from "@/lib/actions/episodes";
import { startVisitFromAppointment } from "@/lib/actions/visit-from-appointment";
import { makePatient, makeStaff, staffCaller } from "./factories";
import { createTestDatabase } from "./support";

/** A clinician opens today's visit from the schedule: one visit per appointment, with its episode and type. */
const t = await createTestDatabase();
const dcUser = await makeStaff(t.db, ["clinician"], { discipline: "DC" });
const dc = staffCaller(dcUser, ["clinician"]);
const desk = staffCaller(await makeStaff(t.db, ["front_desk"]), ["front_desk"]);
const NOW = new Date();
const [followUp] = await t.owner.insert(appointmentTypes).values({ name: "Follow-up (visit test)", durationMinutes: 30, createdAt: NOW, updatedAt: NOW }).returning();
const [initial] = await t.owner.insert(appointmentTypes).values({ name: "Initial exam (visit test)", durationMinutes: 60, createdAt: NOW, updatedAt: NOW }).returning();
const [loc] = await t.owner.insert(locations).values({ name: "Visit test clinic" }).returning();

let slot = 0;
/** Each appointment in its own 30-minute slot of the clinician's day (the exclusion constraint holds in tests too). */
async function appointment(typeId: string, around: Date, withEpisode = true) {
  const startsAt = new Date(around.getTime() - (slot++ * 40 + 5) * 60_000);
  const { patient } = await makePatient(t.db, false);
  let episodeId: string | null = null;
  if (withEpisode) {
    const ep = await runAction(t.db, dc, openEpisode.definition, { patientId: patient.id, title: "R piriformis" });
    if (!ep.ok) throw new Error(ep.error);
    episodeId = ep.data.episodeId;
  }
  const [a] = await t.owner.insert(appointments).values({
    patientId: patient.id, clinicianId: dcUser.id, appointmentTypeId: typeId, locationId: loc.id, episodeId: null,
    startsAt, endsAt: new Date(startsAt.getTime() + 30 * 60_000), createdBy: dcUser.id, createdAt: NOW, updatedAt: NOW,
  }).returning();
  return { appointmentId: a.id, patientId: patient.id, episodeId };
}

describe("opening a visit from the schedule", () => {
  it("creates the visit with the patient's open episode and checks the patient in; opening again leads to the same visit", async () => {
    const a = await appointment(followUp.id, new Date(NOW.getTime() - 10 * 60_000));
    const first = await runAction(t.db, dc, startVisitFromAppointment.definition, { appointmentId: a.appointmentId });
    expect(first.ok).toBe(true);
    const [v] = await t.db.select().from(visits).where(eq(visits.appointmentId, a.appointmentId));
    expect(v).toMatchObject({ patientId: a.patientId, episodeId: a.episodeId, visitType: "TREATMENT", clinicianId: dcUser.id });
    const [appt] = await t.db.select().from(appointments).where(eq(appointments.id, a.appointmentId));
    expect(appt.status).toBe("arrived");
    const again = await runAction(t.db, dc, startVisitFromAppointment.definition, { appointmentId: a.appointmentId });
    expect(again).toMatchObject({ ok: true, data: { visitId: v.id } });
    await expect(t.appSql`insert into visits (patient_id, episode_id, clinician_id, visit_type, starts_at, appointment_id, created_at)
      values (${a.patientId}, ${a.episodeId}, ${dcUser.id}, 'TREATMENT', now(), ${a.appointmentId}, now())`).rejects.toThrow(/visits_appointment_key/);
  });

  it("an initial-exam appointment opens an initial exam; the front desk cannot open visits; no episode or a future day is refused with a reason", async () => {
    const a = await appointment(initial.id, NOW);
    expect(await runAction(t.db, desk, startVisitFromAppointment.definition, { appointmentId: a.appointmentId })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await runAction(t.db, dc, startVisitFromAppointment.definition, { appointmentId: a.appointmentId })).toMatchObject({ ok: true });
    expect((await t.db.select().from(visits).where(eq(visits.appointmentId, a.appointmentId)))[0].visitType).toBe("INITIAL_EXAM");
    const none = await appointment(followUp.id, NOW, false);
    expect(await runAction(t.db, dc, startVisitFromAppointment.definition, { appointmentId: none.appointmentId })).toMatchObject({ ok: false, error: expect.stringMatching(/no open episode/) });
    const later = await appointment(followUp.id, new Date(NOW.getTime() + 3 * 86_400_000));
    expect(await runAction(t.db, dc, startVisitFromAppointment.definition, { appointmentId: later.appointmentId })).toMatchObject({ ok: false, error: expect.stringMatching(/not today/) });
  });
});

describe("desk bookings and the plan of care", () => {
  it("a booking without an episode goes to the patient's only open episode, so the plan counts it", async () => {
    const { patient } = await makePatient(t.db, false);
    const ep = await runAction(t.db, dc, openEpisode.definition, { patientId: patient.id, title: "L ITB" });
    if (!ep.ok) throw new Error(ep.error);
    const { bookAppointment } = await import("@/lib/actions/appointment-store");
    const startsAt = new Date(NOW.getTime() + 20 * 86_400_000);
    // outside the clinician's hours on purpose (none are set here): the room gives the location
    const [room] = await t.owner.insert(rooms).values({ locationId: loc.id, name: "Room V" }).returning();
    const booked = await t.db.transaction((tx) => bookAppointment(tx, { patientId: patient.id, clinicianId: dcUser.id, appointmentTypeId: followUp.id, roomId: room.id, startsAt }, { userId: dcUser.id, now: NOW, notify: false, enforceAvailability: false }));
    const [row] = await t.db.select().from(appointments).where(eq(appointments.id, booked.id));
    expect(row.episodeId).toBe(ep.data.episodeId);
  });
});
