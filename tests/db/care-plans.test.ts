import { and, eq } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { appointments, appointmentTypes, carePlans, clinicianAvailability, episodes, locations, rooms, visits } from "@/db/schema";
import { runAction } from "@/lib/actions/core";
import { saveCarePlan } from "@/lib/actions/care-plans";
import { pgError } from "@/lib/actions/pg-errors";
import { bookPlanSeries } from "@/lib/actions/series-booking";
import { addToWaitlist, bookWaitlistSlot } from "@/lib/actions/waitlist";
import { getCarePlanClinical, getCarePlanProgress } from "@/lib/data/care-plans";
import { proposePlanSeries } from "@/lib/data/series";
import { waitlistMatchesForSlot } from "@/lib/data/waitlist";
import { getWorkQueue } from "@/lib/data/work-queue";
import { setClock } from "@/lib/time";
import type { CarePlanInput } from "@/lib/validation/care-plans";
import { createTestDatabase } from "./support";
import { makePatient, makeStaff, staffCaller } from "./factories";

const t = await createTestDatabase();
afterEach(() => setClock(null));

const NY = "America/New_York";
// Friday 1 March 2030, 12:00 New York; the plan starts on Monday 4 March
const NOW = new Date("2030-03-01T17:00:00Z");
const GOAL_TEXT = "Run 5 km on flat road with pain at most 2/10";
const DISCHARGE_TEXT = "Discharge when ODI at most 20% and 5 km run pain-free";

let dcUser: Awaited<ReturnType<typeof makeStaff>>;
let deskUser: Awaited<ReturnType<typeof makeStaff>>;
let ctx: { typeId: string; reexamTypeId: string; locationId: string; roomId: string };
const dc = () => staffCaller(dcUser, ["clinician"]);
const desk = () => staffCaller(deskUser, ["front_desk"]);

async function codeOf(p: Promise<unknown>): Promise<string | null> {
  try { await p; return null; } catch (e) { return pgError(e)?.code ?? "unknown"; }
}

async function patientWithEpisode(name = "Runner") {
  const { patient } = await makePatient(t.db, false);
  const [ep] = await t.db.insert(episodes).values({ patientId: patient.id, title: `${name} R SI pain`, openedOn: "2030-02-20", createdAt: NOW }).returning();
  return { patientId: patient.id, episodeId: ep.id };
}

function planInput(ids: { patientId: string; episodeId: string }, over: Partial<CarePlanInput> = {}): CarePlanInput {
  return {
    ...ids, baseVersion: 0, status: "active", startDate: "2030-03-04",
    phases: [{ visitsPerWeek: 3, weeks: 2 }, { visitsPerWeek: 2, weeks: 3 }, { visitsPerWeek: 1, weeks: 2 }],
    goals: [{ type: "LONG_TERM", domain: "SPORT", description: GOAL_TEXT, measure: "OTHER", baselineValue: 0, targetValue: 5, currentValue: 1, unit: "km", comparator: ">=", targetDate: "2030-04-12", status: "PROGRESSING" },
      { type: "SHORT_TERM", domain: "FUNCTION", description: "ODI from 34% to at most 20%", measure: "ODI", baselineValue: 34, targetValue: 20, unit: "%", comparator: "<=", targetDate: "2030-04-01", status: "NOT_STARTED" }],
    reexamEveryVisits: 12, reexamEveryDays: 30,
    outcomeMeasures: [{ measure: "ODI", everyVisits: 6 }],
    dischargeCriteria: DISCHARGE_TEXT,
    preferredTimes: [{ weekday: 1, time: "08:00" }, { weekday: 3, time: "08:00" }, { weekday: 5, time: "08:00" }],
    ...over,
  };
}

beforeAll(async () => {
  dcUser = await makeStaff(t.db, ["clinician"], { discipline: "DC" });
  deskUser = await makeStaff(t.db, ["front_desk"]);
  const [type] = await t.owner.insert(appointmentTypes).values({ name: "Follow-up care", durationMinutes: 30, createdAt: NOW, updatedAt: NOW }).returning();
  const [reexam] = await t.owner.insert(appointmentTypes).values({ name: "Re-exam (care)", durationMinutes: 45, createdAt: NOW, updatedAt: NOW }).returning();
  const [loc] = await t.owner.insert(locations).values({ name: "Care plan test clinic" }).returning();
  const [room] = await t.owner.insert(rooms).values({ locationId: loc.id, name: "Room A" }).returning();
  await t.owner.insert(clinicianAvailability).values([1, 2, 3, 4, 5].map((weekday) => ({
    clinicianId: dcUser.id, locationId: loc.id, weekday, startTime: "08:00", endTime: "18:00", createdAt: NOW,
  })));
  ctx = { typeId: type.id, reexamTypeId: reexam.id, locationId: loc.id, roomId: room.id };
});

describe("care plan versions", () => {
  it("keeps every version as history, freezes old ones, and allows one current version per episode", async () => {
    setClock(NOW);
    const ids = await patientWithEpisode();
    const v1 = await runAction(t.db, dc(), saveCarePlan.definition, planInput(ids));
    expect(v1).toMatchObject({ ok: true, data: { version: 1 } });
    // a change needs a reason and names the version it started from
    const noReason = await runAction(t.db, dc(), saveCarePlan.definition, planInput(ids, { baseVersion: 1 }));
    expect(noReason).toMatchObject({ ok: false, code: "validation", fieldErrors: { changeReason: ["Say why the plan changes"] } });
    const v2 = await runAction(t.db, dc(), saveCarePlan.definition, planInput(ids, { baseVersion: 1, changeReason: "Tapered after re-exam", phases: [{ visitsPerWeek: 2, weeks: 4 }, { visitsPerWeek: 1, weeks: 3 }] }));
    expect(v2).toMatchObject({ ok: true, data: { version: 2 } });
    const stale = await runAction(t.db, dc(), saveCarePlan.definition, planInput(ids, { baseVersion: 1, changeReason: "Older form" }));
    expect(stale).toMatchObject({ ok: false, code: "conflict" });

    const rows = await t.db.select().from(carePlans).where(eq(carePlans.episodeId, ids.episodeId)).orderBy(carePlans.version);
    expect(rows.map((r) => [r.version, r.isCurrent])).toEqual([[1, false], [2, true]]);
    expect(rows[0].phases).toHaveLength(3);
    expect(rows[0].supersededAt).not.toBeNull();

    // old and current versions are frozen even against SQL typed as the app; nothing is deleted
    expect(await codeOf(t.db.update(carePlans).set({ dischargeCriteria: "changed" }).where(eq(carePlans.id, rows[0].id)))).toBe("23514");
    expect(await codeOf(t.db.update(carePlans).set({ isCurrent: true }).where(eq(carePlans.id, rows[0].id)))).toBe("23514");
    expect(await codeOf(t.db.update(carePlans).set({ goals: [] }).where(eq(carePlans.id, rows[1].id)))).toBe("23514");
    expect(await codeOf(t.db.delete(carePlans).where(eq(carePlans.id, rows[0].id)))).toBe("42501");
    // a second current version is refused by the partial unique index
    expect(await codeOf(t.db.insert(carePlans).values({ ...rows[1], id: undefined, version: 3, changeReason: "sneaky", createdAt: NOW }))).toBe("23505");

    // two clinicians saving from the same version at once: exactly one wins
    const both = await Promise.all([1, 2].map((n) => runAction(t.db, dc(), saveCarePlan.definition, planInput(ids, { baseVersion: 2, changeReason: `Change ${n}` }))));
    expect(both.filter((r) => r.ok)).toHaveLength(1);
    expect(await t.db.$count(carePlans, and(eq(carePlans.episodeId, ids.episodeId), eq(carePlans.isCurrent, true)))).toBe(1);

    const clinical = await getCarePlanClinical(t.db, dc(), ids.patientId);
    expect(clinical!.versions.map((v) => v.version)).toEqual([3, 2, 1]);
    expect(clinical!.goalProgress[ids.episodeId][0]).toMatchObject({ latest: 1, fraction: 0.2, met: false });
  });

  it("gives the front desk plan progress but never goals or discharge criteria, and refuses their plan changes", async () => {
    setClock(NOW);
    const ids = await patientWithEpisode();
    expect((await runAction(t.db, dc(), saveCarePlan.definition, planInput(ids))).ok).toBe(true);
    await t.db.insert(visits).values({ patientId: ids.patientId, episodeId: ids.episodeId, clinicianId: dcUser.id, visitType: "INITIAL_EXAM", startsAt: new Date("2030-02-25T14:00:00Z"), status: "completed", createdAt: NOW });

    const progress = await getCarePlanProgress(t.db, desk(), ids.patientId, { now: NOW, timeZone: NY });
    expect(progress).toHaveLength(1);
    expect(progress[0]).toMatchObject({ planned: 14, done: 1, booked: 0, remaining: 13, phaseIndex: 0, reexam: { atVisit: 13, byDate: "2030-03-27", due: false } });
    const seen = JSON.stringify(progress);
    expect(seen).not.toContain(GOAL_TEXT);
    expect(seen).not.toContain(DISCHARGE_TEXT);
    expect(seen).not.toMatch(/goal|discharge|ODI/i);

    expect(await getCarePlanClinical(t.db, desk(), ids.patientId)).toBeNull();
    const attempt = await runAction(t.db, desk(), saveCarePlan.definition, planInput(ids, { baseVersion: 1, changeReason: "desk edit" }));
    expect(attempt).toMatchObject({ ok: false, code: "forbidden" });
    expect(await t.db.$count(carePlans, eq(carePlans.episodeId, ids.episodeId))).toBe(1);
  });
});

describe("booking the plan as a series", () => {
  it("books all or nothing: a conflicting appointment committed meanwhile refuses the whole series; a fresh proposal then books", async () => {
    setClock(NOW);
    const ids = await patientWithEpisode("Series");
    expect((await runAction(t.db, dc(), saveCarePlan.definition, planInput(ids))).ok).toBe(true);
    const [progress] = await getCarePlanProgress(t.db, desk(), ids.patientId, { now: NOW, timeZone: NY });
    const base = { patientId: ids.patientId, clinicianId: dcUser.id, roomId: ctx.roomId, durationMinutes: 30, now: NOW, timeZone: NY };
    const first = await proposePlanSeries(t.db, desk(), { ...base, plan: progress, mode: "plan" });
    expect(first.occurrences).toHaveLength(14);
    expect(first.occurrences.every((o) => o.status === "free")).toBe(true);

    // another patient takes the 5th proposed time with the same clinician, in a transaction that
    // commits while our series is being inserted
    const { patient: other } = await makePatient(t.db, false);
    const taken = first.occurrences[4];
    const input = { patientId: ids.patientId, episodeId: ids.episodeId, clinicianId: dcUser.id, appointmentTypeId: ctx.typeId, roomId: ctx.roomId, startsAt: first.occurrences.map((o) => o.startsAt) };
    let booking: ReturnType<typeof runAction> | null = null;
    await t.ownerSql.begin(async (tx) => {
      await tx`insert into appointments (patient_id, clinician_id, appointment_type_id, location_id, starts_at, ends_at, created_by, created_at, updated_at)
               values (${other.id}, ${dcUser.id}, ${ctx.typeId}, ${ctx.locationId}, ${taken.startsAt}, ${new Date(new Date(taken.startsAt).getTime() + 30 * 60_000).toISOString()}, ${deskUser.id}, now(), now())`;
      booking = runAction(t.db, desk(), bookPlanSeries.definition, input);
      await new Promise((r) => setTimeout(r, 300));
    });
    const result = await booking!;
    expect(result).toMatchObject({ ok: false, code: "overlap" });
    expect(!result.ok && result.error).toMatch(/That slot was just taken.*Nothing was booked/);
    expect(await t.db.$count(appointments, eq(appointments.patientId, ids.patientId))).toBe(0);

    // the fresh proposal shows exactly that occurrence as busy, with the nearest free alternative
    const fresh = await proposePlanSeries(t.db, desk(), { ...base, plan: progress, mode: "plan" });
    expect(fresh.occurrences.filter((o) => o.status !== "free").map((o) => o.index)).toEqual([4]);
    expect(fresh.occurrences[4].alternative).toMatchObject({ date: taken.date, time: "08:30" });
    const accepted = fresh.occurrences.map((o) => (o.status === "free" ? o.startsAt : o.alternative!.startsAt));
    const ok = await runAction(t.db, desk(), bookPlanSeries.definition, { ...input, startsAt: accepted });
    expect(ok).toMatchObject({ ok: true, data: { booked: 14 } });
    const [after] = await getCarePlanProgress(t.db, desk(), ids.patientId, { now: NOW, timeZone: NY });
    expect(after).toMatchObject({ planned: 14, booked: 14, remaining: 0 });
  });

  it("refuses times outside the clinician's hours or in the past, booking nothing", async () => {
    setClock(NOW);
    const ids = await patientWithEpisode("Hours");
    const input = { patientId: ids.patientId, episodeId: ids.episodeId, clinicianId: dcUser.id, appointmentTypeId: ctx.typeId };
    const late = await runAction(t.db, desk(), bookPlanSeries.definition, { ...input, startsAt: ["2030-03-04T13:00:00Z", "2030-03-06T23:30:00Z"] });
    expect(late).toMatchObject({ ok: false, code: "validation" });
    const past = await runAction(t.db, desk(), bookPlanSeries.definition, { ...input, startsAt: ["2030-02-25T14:00:00Z"] });
    expect(past).toMatchObject({ ok: false, code: "validation" });
    expect(await t.db.$count(appointments, eq(appointments.patientId, ids.patientId))).toBe(0);
  });
});

describe("front-desk work queue", () => {
  it("lists unbooked plan visits, re-exam due, a no-show to rebook and a dropped-off patient at a fixed now", async () => {
    setClock(NOW);
    // a: plan with nothing booked, a re-exam every 2 visits after the initial exam, 2 visits done → the next one is the re-exam
    const a = await patientWithEpisode("Unbooked");
    expect((await runAction(t.db, dc(), saveCarePlan.definition, planInput(a, { reexamEveryVisits: 2, reexamEveryDays: undefined }))).ok).toBe(true);
    await t.db.insert(visits).values([
      { patientId: a.patientId, episodeId: a.episodeId, clinicianId: dcUser.id, visitType: "INITIAL_EXAM", startsAt: new Date("2030-02-26T14:00:00Z"), status: "completed", createdAt: NOW },
      { patientId: a.patientId, episodeId: a.episodeId, clinicianId: dcUser.id, visitType: "TREATMENT", startsAt: new Date("2030-02-28T14:00:00Z"), status: "completed", createdAt: NOW },
    ]);
    // b: a missed appointment yesterday, not rebooked
    const b = await patientWithEpisode("NoShow");
    const [missed] = await t.db.insert(appointments).values({
      patientId: b.patientId, clinicianId: dcUser.id, appointmentTypeId: ctx.typeId, locationId: ctx.locationId, episodeId: b.episodeId,
      startsAt: new Date("2030-02-28T15:00:00Z"), endsAt: new Date("2030-02-28T15:30:00Z"), status: "no_show", createdBy: deskUser.id, createdAt: NOW, updatedAt: NOW,
    }).returning();
    // c: active plan, last visit 20 days ago, nothing ahead → dropped off (clinic default 14 days)
    const c = await patientWithEpisode("Quiet");
    expect((await runAction(t.db, dc(), saveCarePlan.definition, planInput(c, { startDate: "2030-02-10", goals: planInput(c).goals.map((g) => ({ ...g, targetDate: "2030-03-20" })) }))).ok).toBe(true);
    await t.db.insert(visits).values({ patientId: c.patientId, episodeId: c.episodeId, clinicianId: dcUser.id, visitType: "INITIAL_EXAM", startsAt: new Date("2030-02-09T14:00:00Z"), status: "completed", createdAt: NOW });

    const later = new Date("2030-03-01T17:00:00Z");
    const queue = await getWorkQueue(t.db, desk(), { now: later });
    const kindsOf = (patientId: string) => queue.filter((q) => q.patientId === patientId).map((q) => q.kind);
    expect(kindsOf(a.patientId)).toEqual(["reexam_due", "book_plan"]);
    expect(kindsOf(b.patientId)).toEqual(["no_show"]);
    expect(queue.find((q) => q.kind === "no_show" && q.patientId === b.patientId)!.appointmentId).toBe(missed.id);
    expect(kindsOf(c.patientId)).toContain("dropped_off");
    expect(JSON.stringify(queue)).not.toContain(GOAL_TEXT);

    // booking the re-exam clears that row; rebooking the no-show clears it too
    const reexam = await runAction(t.db, desk(), bookPlanSeries.definition, { patientId: a.patientId, episodeId: a.episodeId, clinicianId: dcUser.id, appointmentTypeId: ctx.reexamTypeId, startsAt: ["2030-03-04T14:00:00Z"] });
    expect(reexam.ok).toBe(true);
    const rebook = await runAction(t.db, desk(), bookPlanSeries.definition, { patientId: b.patientId, episodeId: b.episodeId, clinicianId: dcUser.id, appointmentTypeId: ctx.typeId, startsAt: ["2030-03-05T16:00:00Z"] });
    expect(rebook.ok).toBe(true);
    const after = await getWorkQueue(t.db, desk(), { now: later });
    expect(after.filter((q) => q.patientId === a.patientId).map((q) => q.kind)).toEqual(["book_plan"]);
    expect(after.filter((q) => q.patientId === b.patientId)).toEqual([]);
  });
});

describe("waitlist", () => {
  it("matches waitlisted patients to a freed slot best-first and books one", async () => {
    setClock(NOW);
    const anyone = await patientWithEpisode("Anyone");
    const picky = await patientWithEpisode("Picky");
    const wrongDay = await patientWithEpisode("Fridays");
    for (const [ids, prefs] of [
      [anyone, {}],
      [picky, { clinicianIds: [dcUser.id], weekdays: [2], timeWindows: [{ start: "07:00", end: "10:00" }] }],
      [wrongDay, { weekdays: [5] }],
    ] as const) {
      const r = await runAction(t.db, desk(), addToWaitlist.definition, { patientId: ids.patientId, ...prefs });
      expect(r.ok).toBe(true);
    }
    const again = await runAction(t.db, desk(), addToWaitlist.definition, { patientId: anyone.patientId });
    expect(again).toMatchObject({ ok: false, code: "duplicate" });

    // Tuesday 5 March 2030, 09:00–09:30 New York
    const slot = { clinicianId: dcUser.id, startsAt: new Date("2030-03-05T14:00:00Z"), endsAt: new Date("2030-03-05T14:30:00Z"), appointmentTypeId: ctx.typeId };
    const matches = (await waitlistMatchesForSlot(t.db, slot)).filter((m) => [anyone, picky, wrongDay].some((x) => x.patientId === m.patientId));
    expect(matches.map((m) => m.patientId)).toEqual([picky.patientId, anyone.patientId]);

    const booked = await runAction(t.db, desk(), bookWaitlistSlot.definition, { entryId: matches[0].id, clinicianId: dcUser.id, appointmentTypeId: ctx.typeId, startsAt: slot.startsAt.toISOString() });
    expect(booked.ok).toBe(true);
    const rest = (await waitlistMatchesForSlot(t.db, slot)).map((m) => m.patientId);
    expect(rest).not.toContain(picky.patientId);
    // the same slot cannot be given twice
    const twice = await runAction(t.db, desk(), bookWaitlistSlot.definition, { entryId: matches[1].id, clinicianId: dcUser.id, appointmentTypeId: ctx.typeId, startsAt: slot.startsAt.toISOString() });
    expect(twice).toMatchObject({ ok: false, code: "overlap" });
  });
});
