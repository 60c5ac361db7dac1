import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/core";
import { cancelMyAppointment, rotateClinicianCalendarFeed, rotateMyCalendarFeed, setMyReminderPref } from "@/lib/actions/portal-appointments";
import { addAvailabilityException, addAvailabilityRule, saveAppointmentType, setAppointmentTypeActive } from "@/lib/actions/schedule-admin";
import { bookAppointmentAction, markAppointmentAction, setReminderPrefAction } from "@/lib/actions/scheduling";
import { hashToken } from "@/lib/auth/tokens";
import { loadFeed } from "@/lib/data/ical";
import { findFreeSlots } from "@/lib/data/schedule-slots";
import { setClock } from "@/lib/time";
import { createTestDatabase, type TestDatabase } from "./support";
import { makePatient, makeStaff, patientCaller, staffCaller } from "./factories";
import { schedulingClinic } from "./scheduling-fixtures";

let t: TestDatabase;
let c: Awaited<ReturnType<typeof schedulingClinic>>;
const desk = () => staffCaller(c.desk, ["front_desk"]);
const book = async (patientId: string, startsAt: string, clinicianId = c.clinician.id) => {
  const r = await runAction(t.db, desk(), bookAppointmentAction.definition, { patientId, clinicianId, appointmentTypeId: c.followUp.id, startsAt });
  if (!r.ok) throw new Error(r.error);
  return r.data;
};

beforeAll(async () => {
  t = await createTestDatabase();
  c = await schedulingClinic(t.owner);
});
beforeEach(() => setClock(new Date("2030-03-04T12:00:00Z"))); // Monday 07:00 New York
afterAll(() => setClock(null));

describe("portal cancellation", () => {
  it("a patient cancels their own appointment outside the window, not one inside it, and never another patient's", async () => {
    const { patient, user } = await makePatient(t.owner, true);
    const { patient: other } = await makePatient(t.owner, false);
    const far = await book(patient.id, "2030-03-06T15:00:00Z");
    const soon = await book(patient.id, "2030-03-04T20:00:00Z"); // today 15:00, inside 24 h
    const theirs = await book(other.id, "2030-03-07T15:00:00Z");
    const me = patientCaller(user!, [patient.id]);
    expect(await runAction(t.db, me, cancelMyAppointment.definition, { appointmentId: soon.id })).toMatchObject({ ok: false, error: expect.stringMatching(/too soon/) });
    expect(await runAction(t.db, me, cancelMyAppointment.definition, { appointmentId: theirs.id })).toMatchObject({ ok: false, code: "not_found" });
    expect(await runAction(t.db, me, cancelMyAppointment.definition, { appointmentId: far.id })).toMatchObject({ ok: true });
    const rows = await t.ownerSql`select id, status, cancel_reason from appointments where id in (${far.id}, ${soon.id}, ${theirs.id})`;
    const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
    expect(byId[far.id]).toMatchObject({ status: "cancelled", cancel_reason: "Cancelled by the patient online" });
    expect(byId[soon.id].status).toBe("booked");
    expect(byId[theirs.id].status).toBe("booked");
  });
});

describe("appointment email opt-out", () => {
  it("the desk and the patient set it; a patient cannot set another patient's", async () => {
    const { patient, user } = await makePatient(t.owner, true);
    const { patient: other } = await makePatient(t.owner, false);
    const me = patientCaller(user!, [patient.id]);
    expect(await runAction(t.db, me, setMyReminderPref.definition, { patientId: patient.id, optOut: true })).toMatchObject({ ok: true });
    expect(await runAction(t.db, me, setMyReminderPref.definition, { patientId: other.id, optOut: true })).toMatchObject({ ok: false, code: "not_found" });
    expect(await runAction(t.db, desk(), setReminderPrefAction.definition, { patientId: other.id, optOut: true })).toMatchObject({ ok: true });
    expect(await runAction(t.db, desk(), setReminderPrefAction.definition, { patientId: other.id, optOut: false })).toMatchObject({ ok: true });
    const rows = await t.ownerSql`select patient_id, reminders_opt_out from patient_reminder_prefs where patient_id in (${patient.id}, ${other.id}) order by reminders_opt_out`;
    expect(rows.map((r) => [r.patient_id, r.reminders_opt_out])).toEqual([[other.id, false], [patient.id, true]]);
  });
});

describe("check-in", () => {
  it("arrived only on the appointment's day", async () => {
    const { patient } = await makePatient(t.owner, false);
    const tomorrow = await book(patient.id, "2030-03-05T16:00:00Z");
    const today = await book(patient.id, "2030-03-04T16:00:00Z");
    expect(await runAction(t.db, desk(), markAppointmentAction.definition, { appointmentId: tomorrow.id, version: 1, status: "arrived" })).toMatchObject({ ok: false, code: "invalid" });
    expect(await runAction(t.db, desk(), markAppointmentAction.definition, { appointmentId: today.id, version: 1, status: "arrived" })).toMatchObject({ ok: true });
  });
});

describe("iCal feeds", () => {
  it("a patient's feed lists their appointments; replacing the link kills the old one; a clinician's feed shows first name + initial only", async () => {
    const { patient, user } = await makePatient(t.owner, true);
    await t.owner.execute(sql`update patients set legal_first_name = 'Zelda', legal_last_name = 'Quorn' where id = ${patient.id}`);
    await book(patient.id, "2030-03-08T15:00:00Z", c.clinician2.id);
    const me = patientCaller(user!, [patient.id]);
    const first = await runAction(t.db, me, rotateMyCalendarFeed.definition, { owner: "patient", patientId: patient.id }, { origin: "https://clinic.example" });
    if (!first.ok || !first.data.url) throw new Error("no feed");
    const token = first.data.url.split("/").pop()!;
    const feed = await loadFeed(t.db, hashToken(token), new Date("2030-03-04T12:00:00Z"));
    expect(feed?.events).toHaveLength(1);
    expect(feed?.events[0].start.toISOString()).toBe("2030-03-08T15:00:00.000Z");
    const [{ stored }] = await t.ownerSql`select count(*)::int as stored from ical_feeds where token_hash = ${token}`;
    expect(stored).toBe(0); // only the hash is stored

    const { patient: stranger } = await makePatient(t.owner, false);
    expect(await runAction(t.db, me, rotateMyCalendarFeed.definition, { owner: "patient", patientId: stranger.id })).toMatchObject({ ok: false, code: "not_found" });

    const replaced = await runAction(t.db, me, rotateMyCalendarFeed.definition, { owner: "patient", patientId: patient.id });
    expect(replaced.ok).toBe(true);
    expect(await loadFeed(t.db, hashToken(token), new Date())).toBeNull();

    const clinicianFeed = await runAction(t.db, staffCaller(c.clinician2, ["clinician"]), rotateClinicianCalendarFeed.definition, { owner: "clinician" });
    if (!clinicianFeed.ok || !clinicianFeed.data.url) throw new Error("no clinician feed");
    const cf = await loadFeed(t.db, hashToken(clinicianFeed.data.url.split("/").pop()!), new Date("2030-03-04T12:00:00Z"));
    const mine = cf!.events.find((e) => e.start.toISOString() === "2030-03-08T15:00:00.000Z")!;
    expect(mine.summary).toContain("Zelda Q.");
    expect(mine.summary).not.toContain("Quorn");
    expect(await runAction(t.db, desk(), rotateClinicianCalendarFeed.definition, { owner: "clinician" })).toMatchObject({ ok: false, code: "forbidden" });
  });
});

describe("admin setup", () => {
  it("types: only settings.manage; unique names; retired types cannot be booked", async () => {
    const admin = staffCaller(await makeStaff(t.owner, ["admin"]), ["admin"]);
    expect(await runAction(t.db, desk(), saveAppointmentType.definition, { name: "Dry needling", durationMinutes: 20 })).toMatchObject({ ok: false, code: "forbidden" });
    const created = await runAction(t.db, admin, saveAppointmentType.definition, { name: "Dry needling", durationMinutes: 20, defaultDisciplines: ["PT"] });
    expect(created.ok).toBe(true);
    expect(await runAction(t.db, admin, saveAppointmentType.definition, { name: "dry NEEDLING", durationMinutes: 30 })).toMatchObject({ ok: false, fieldErrors: { name: [expect.any(String)] } });
    if (!created.ok) return;
    await runAction(t.db, admin, setAppointmentTypeActive.definition, { id: created.data.id, active: false });
    const { patient } = await makePatient(t.owner, false);
    const r = await runAction(t.db, desk(), bookAppointmentAction.definition, { patientId: patient.id, clinicianId: c.clinician.id, appointmentTypeId: created.data.id, startsAt: "2030-03-12T15:00:00Z" });
    expect(r).toMatchObject({ ok: false, fieldErrors: { appointmentTypeId: [expect.stringMatching(/retired/)] } });
  });

  it("hours may not overlap; a half-day exception removes those slots only", async () => {
    const admin = staffCaller(await makeStaff(t.owner, ["admin"]), ["admin"]);
    const clinician = await makeStaff(t.owner, ["clinician"], { discipline: "LMT" });
    const rule = { clinicianId: clinician.id, locationId: c.location.id, weekday: 3, startTime: "09:00", endTime: "13:00" };
    expect(await runAction(t.db, admin, addAvailabilityRule.definition, rule)).toMatchObject({ ok: true });
    expect(await runAction(t.db, admin, addAvailabilityRule.definition, { ...rule, startTime: "12:00", endTime: "15:00" })).toMatchObject({ ok: false, fieldErrors: { startTime: [expect.stringMatching(/overlap/)] } });
    expect(await runAction(t.db, admin, addAvailabilityRule.definition, { ...rule, clinicianId: c.desk.id })).toMatchObject({ ok: false, fieldErrors: { clinicianId: ["Choose a clinician"] } });
    expect(await runAction(t.db, admin, addAvailabilityException.definition, { clinicianId: clinician.id, date: "2030-03-13", allDay: false, startTime: "11:00", endTime: "13:00", reason: "Half day" })).toMatchObject({ ok: true });
    const slots = await findFreeSlots(t.db, { clinicianIds: [clinician.id], durationMinutes: 60, from: "2030-03-13", to: "2030-03-20", timeZone: "America/New_York", stepMinutes: 60 });
    // Wed 13 March (half day): 09:00 and 10:00 only; Wed 20 March: 09:00–12:00 (EDT, UTC-4)
    expect(slots.map((s) => s.start.toISOString())).toEqual([
      "2030-03-13T13:00:00.000Z", "2030-03-13T14:00:00.000Z",
      "2030-03-20T13:00:00.000Z", "2030-03-20T14:00:00.000Z", "2030-03-20T15:00:00.000Z", "2030-03-20T16:00:00.000Z",
    ]);
  });
});
