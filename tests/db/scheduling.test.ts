import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createDb } from "@/db/client";
import { runAction } from "@/lib/actions/core";
import { bookAppointmentAction, cancelAppointmentAction, markAppointmentAction, moveAppointmentAction } from "@/lib/actions/scheduling";
import { jobHandlers } from "@/lib/jobs/handlers";
import { runDueJobs } from "@/lib/jobs/worker";
import { setClock } from "@/lib/time";
import { createTestDatabase, type TestDatabase } from "./support";
import { makePatient, staffCaller } from "./factories";
import { schedulingClinic } from "./scheduling-fixtures";

let t: TestDatabase;
let c: Awaited<ReturnType<typeof schedulingClinic>>;
const desk = () => staffCaller(c.desk, ["front_desk"]);
const book = (input: Record<string, unknown>, db = t.db) => runAction(db, desk(), bookAppointmentAction.definition, {
  clinicianId: c.clinician.id, appointmentTypeId: c.followUp.id, roomId: "", episodeId: "", ...input,
});

beforeAll(async () => {
  t = await createTestDatabase();
  c = await schedulingClinic(t.owner);
});
beforeEach(() => setClock(new Date("2030-03-04T12:00:00Z"))); // Monday 07:00 in New York
afterAll(() => setClock(null));

describe("no double booking", () => {
  it("50 concurrent bookings of one clinician at overlapping times: exactly one succeeds, the rest get 'just taken' with alternatives", async () => {
    const patients = await Promise.all(Array.from({ length: 50 }, () => makePatient(t.owner, false)));
    // 10:00 and 10:15 local, 30 minutes long: every pair overlaps
    const results = await Promise.all(patients.map(({ patient }, i) => book({ patientId: patient.id, startsAt: i % 2 ? "2030-03-04T15:15:00Z" : "2030-03-04T15:00:00Z" })));
    const ok = results.filter((r) => r.ok);
    expect(ok).toHaveLength(1);
    const winner = ok[0].ok ? ok[0].data : null;
    for (const r of results.filter((x) => !x.ok)) {
      expect(r).toMatchObject({ ok: false, code: "overlap" });
      if (r.ok) continue;
      expect(r.error).toMatch(/just taken/);
      const alts = (r.details?.alternatives ?? []) as { startsAt: string }[];
      expect(alts.length).toBeGreaterThan(0);
      // alternatives never overlap the winner
      expect(alts.every((a) => a.startsAt >= winner!.endsAt || new Date(a.startsAt).getTime() + 30 * 60_000 <= new Date(winner!.startsAt).getTime())).toBe(true);
    }
    const [{ n }] = await t.ownerSql`select count(*)::int as n from appointments where clinician_id = ${c.clinician.id} and status = 'booked' and starts_at::date = '2030-03-04'`;
    expect(n).toBe(1);
  });

  it("the same race through two separate connection pools (two app instances) as kinetic_app: exactly one wins", async () => {
    const second = createDb(t.appUrl, { max: 8 });
    try {
      const patients = await Promise.all(Array.from({ length: 40 }, () => makePatient(t.owner, false)));
      const results = await Promise.all(patients.map(({ patient }, i) => book({ patientId: patient.id, clinicianId: c.clinician2.id, startsAt: "2030-03-05T15:00:00Z" }, i % 2 ? second.db : t.db)));
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.filter((r) => !r.ok && r.code === "overlap")).toHaveLength(39);
    } finally {
      await second.close();
    }
  });

  it("refuses a room double booking and a patient double booking across clinicians", async () => {
    const { patient: a } = await makePatient(t.owner, false);
    const { patient: b } = await makePatient(t.owner, false);
    expect((await book({ patientId: a.id, roomId: c.room1.id, startsAt: "2030-03-06T15:00:00Z" })).ok).toBe(true);
    const room = await book({ patientId: b.id, clinicianId: c.clinician2.id, roomId: c.room1.id, startsAt: "2030-03-06T15:15:00Z" });
    expect(room).toMatchObject({ ok: false, code: "overlap" });
    if (!room.ok) expect(room.error).toMatch(/room/);
    const pat = await book({ patientId: a.id, clinicianId: c.clinician2.id, roomId: c.room2.id, startsAt: "2030-03-06T15:00:00Z" });
    expect(pat).toMatchObject({ ok: false, code: "overlap" });
    if (!pat.ok) expect(pat.error).toMatch(/patient/);
    // a different room and patient at the same time with the other clinician is fine
    expect((await book({ patientId: b.id, clinicianId: c.clinician2.id, roomId: c.room2.id, startsAt: "2030-03-06T15:00:00Z" })).ok).toBe(true);
  });

  it("refuses times outside availability, in the past, and on an all-day exception", async () => {
    const { patient } = await makePatient(t.owner, false);
    const evening = await book({ patientId: patient.id, startsAt: "2030-03-04T23:00:00Z" });
    expect(evening).toMatchObject({ ok: false, fieldErrors: { startsAt: [expect.stringMatching(/not available/)] } });
    const past = await book({ patientId: patient.id, startsAt: "2030-03-01T15:00:00Z" });
    expect(past).toMatchObject({ ok: false, fieldErrors: { startsAt: [expect.stringMatching(/passed/)] } });
    await t.owner.execute(sql`insert into availability_exceptions (clinician_id, on_date, all_day, reason, created_at) values (${c.clinician.id}, '2030-03-07', true, 'Holiday', now())`);
    const holiday = await book({ patientId: patient.id, startsAt: "2030-03-07T15:00:00Z" });
    expect(holiday).toMatchObject({ ok: false, fieldErrors: { startsAt: [expect.stringMatching(/not available/)] } });
  });
});

describe("move, cancel, marks", () => {
  it("moves with the version, refuses a stale version, cancels with a reason (row kept, slot free), marks no-show after the start", async () => {
    const { patient } = await makePatient(t.owner, false);
    const booked = await book({ patientId: patient.id, startsAt: "2030-03-11T14:00:00Z" }); // Mon 10:00 EDT
    if (!booked.ok) throw new Error(booked.error);
    const moved = await runAction(t.db, desk(), moveAppointmentAction.definition, { appointmentId: booked.data.id, version: 1, startsAt: "2030-03-11T15:00:00Z", clinicianId: c.clinician.id, roomId: "" });
    expect(moved).toMatchObject({ ok: true, data: { version: 2, endsAt: "2030-03-11T15:30:00.000Z" } });
    const stale = await runAction(t.db, desk(), moveAppointmentAction.definition, { appointmentId: booked.data.id, version: 1, startsAt: "2030-03-11T16:00:00Z", clinicianId: c.clinician.id, roomId: "" });
    expect(stale).toMatchObject({ ok: false, code: "conflict" });
    const noReason = await runAction(t.db, desk(), cancelAppointmentAction.definition, { appointmentId: booked.data.id, version: 2, reason: " " });
    expect(noReason).toMatchObject({ ok: false, code: "validation" });
    expect(await runAction(t.db, desk(), cancelAppointmentAction.definition, { appointmentId: booked.data.id, version: 2, reason: "Patient sick" })).toMatchObject({ ok: true });
    const [row] = await t.ownerSql`select status, cancel_reason from appointments where id = ${booked.data.id}`;
    expect(row).toEqual({ status: "cancelled", cancel_reason: "Patient sick" });
    const { patient: other } = await makePatient(t.owner, false);
    expect((await book({ patientId: other.id, startsAt: "2030-03-11T15:00:00Z" })).ok).toBe(true);

    const { patient: p3 } = await makePatient(t.owner, false);
    const b3 = await book({ patientId: p3.id, startsAt: "2030-03-04T18:00:00Z" }); // today 13:00
    if (!b3.ok) throw new Error(b3.error);
    expect(await runAction(t.db, desk(), markAppointmentAction.definition, { appointmentId: b3.data.id, version: 1, status: "no_show" })).toMatchObject({ ok: false, code: "invalid" });
    setClock(new Date("2030-03-04T18:20:00Z"));
    expect(await runAction(t.db, desk(), markAppointmentAction.definition, { appointmentId: b3.data.id, version: 1, status: "no_show" })).toMatchObject({ ok: true });
    const [s] = await t.ownerSql`select status from appointments where id = ${b3.data.id}`;
    expect(s.status).toBe("no_show");
  });

  it("a patient cannot use the front-desk booking action", async () => {
    const { patient, user } = await makePatient(t.owner, true);
    const r = await runAction(t.db, { userId: user!.id, kind: "patient", displayName: "p", roles: ["patient"], patientIds: [patient.id], sessionId: null }, bookAppointmentAction.definition, {
      patientId: patient.id, clinicianId: c.clinician.id, appointmentTypeId: c.followUp.id, startsAt: "2030-03-12T15:00:00Z",
    });
    expect(r).toMatchObject({ ok: false, code: "forbidden" });
  });
});

describe("reminders", () => {
  const reminders = async (appointmentId: string) => t.ownerSql`
    select n.outcome, n.appointment_version, m.subject from appointment_notifications n left join outbox_messages m on m.id = n.outbox_message_id
    where n.appointment_id = ${appointmentId} and n.kind = 'reminder' order by n.created_at`;

  it("queues a confirmation and a reminder job; the reminder is sent once however many workers run it", async () => {
    const { patient } = await makePatient(t.owner, false);
    await t.owner.execute(sql`update patients set email = 'reminder@test.example' where id = ${patient.id}`);
    const r = await book({ patientId: patient.id, startsAt: "2030-03-13T15:00:00Z" }); // Wed 11:00 EDT
    if (!r.ok) throw new Error(r.error);
    const [conf] = await t.ownerSql`select m.kind, m.to_address, m.subject from appointment_notifications n join outbox_messages m on m.id = n.outbox_message_id where n.appointment_id = ${r.data.id} and n.kind = 'booked'`;
    expect(conf).toMatchObject({ kind: "appointment_booked", to_address: "reminder@test.example" });
    expect(conf.subject).toContain("11:00 AM EDT");
    const [job] = await t.ownerSql`select run_at from jobs where kind = 'appointment.reminder' and payload->>'appointmentId' = ${r.data.id}`;
    expect(new Date(job.run_at).toISOString()).toBe("2030-03-12T15:00:00.000Z");

    setClock(new Date("2030-03-12T15:01:00Z"));
    const second = createDb(t.appUrl, { max: 2 });
    try {
      await Promise.all([runDueJobs(t.db, "w1", jobHandlers, 500), runDueJobs(second.db, "w2", jobHandlers, 500)]);
      await t.ownerSql`update jobs set status = 'queued', run_at = now() - interval '1 day' where kind = 'appointment.reminder' and payload->>'appointmentId' = ${r.data.id}`;
      await Promise.all([runDueJobs(t.db, "w1", jobHandlers, 500), runDueJobs(second.db, "w2", jobHandlers, 500)]);
    } finally {
      await second.close();
    }
    const sent = await reminders(r.data.id);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ outcome: "queued", appointment_version: 1 });
    expect(sent[0].subject).toMatch(/^Reminder/);
  });

  it("a moved appointment's old reminder never sends; the new one does; a cancelled one sends none; opt-out is respected", async () => {
    const { patient } = await makePatient(t.owner, false);
    await t.owner.execute(sql`update patients set email = 'move@test.example' where id = ${patient.id}`);
    const r = await book({ patientId: patient.id, startsAt: "2030-03-13T17:00:00Z" });
    if (!r.ok) throw new Error(r.error);
    const moved = await runAction(t.db, desk(), moveAppointmentAction.definition, { appointmentId: r.data.id, version: 1, startsAt: "2030-03-14T17:00:00Z", clinicianId: c.clinician.id, roomId: "" });
    expect(moved.ok).toBe(true);
    setClock(new Date("2030-03-12T17:05:00Z")); // the old reminder's time
    await runDueJobs(t.db, "w", jobHandlers, 500);
    expect(await reminders(r.data.id)).toHaveLength(0);
    setClock(new Date("2030-03-13T17:05:00Z")); // the new reminder's time
    await runDueJobs(t.db, "w", jobHandlers, 500);
    const sent = await reminders(r.data.id);
    expect(sent).toHaveLength(1);
    expect(sent[0].appointment_version).toBe(2);

    setClock(new Date("2030-03-04T12:00:00Z"));
    const { patient: p2 } = await makePatient(t.owner, false);
    await t.owner.execute(sql`update patients set email = 'cancel@test.example' where id = ${p2.id}`);
    const r2 = await book({ patientId: p2.id, startsAt: "2030-03-15T15:00:00Z" });
    if (!r2.ok) throw new Error(r2.error);
    await runAction(t.db, desk(), cancelAppointmentAction.definition, { appointmentId: r2.data.id, version: 1, reason: "Away" });
    const { patient: p3 } = await makePatient(t.owner, false);
    await t.owner.execute(sql`update patients set email = 'optout@test.example' where id = ${p3.id}`);
    await t.owner.execute(sql`insert into patient_reminder_prefs (patient_id, reminders_opt_out, updated_at) values (${p3.id}, true, now())`);
    const r3 = await book({ patientId: p3.id, startsAt: "2030-03-15T16:00:00Z" });
    if (!r3.ok) throw new Error(r3.error);
    setClock(new Date("2030-03-14T17:00:00Z"));
    await runDueJobs(t.db, "w", jobHandlers, 500);
    expect(await reminders(r2.data.id)).toHaveLength(0);
    expect(await reminders(r3.data.id)).toEqual([expect.objectContaining({ outcome: "skipped", subject: null })]);
    const [{ n }] = await t.ownerSql`select count(*)::int as n from outbox_messages where to_address = 'optout@test.example'`;
    expect(n).toBe(0);
    const [cancelMail] = await t.ownerSql`select subject from outbox_messages where to_address = 'cancel@test.example' and kind = 'appointment_cancelled'`;
    expect(cancelMail.subject).toMatch(/^Appointment cancelled/);
  });
});
