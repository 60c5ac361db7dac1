import { desc, eq, sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { auditEvents, clinicSettings, exercises, hepLogs, hepProgramItems, hepProgramVersions, hepTemplates, notes, outboxMessages, patientHistories } from "@/db/schema";
import { seedExerciseLibrary } from "@/db/seed/exercises";
import { runAction } from "@/lib/actions/core";
import { openEpisode } from "@/lib/actions/episodes";
import { assignProgram, progressProgram, saveProgramDraft, startProgram } from "@/lib/actions/hep";
import { logExercise } from "@/lib/actions/hep-log";
import { startNote } from "@/lib/actions/notes";
import { startVisit } from "@/lib/actions/visits";
import { createClinicExercise, retireExercise } from "@/lib/actions/hep-library";
import { uploadExerciseImage } from "@/lib/actions/hep-image-upload";
import type { Caller } from "@/lib/auth/caller";
import { getMyPrograms, getPatientHep, hepSubjectiveLine, listNeedsNudge } from "@/lib/data/hep";
import { setClock } from "@/lib/time";
import { makePatient, makeStaff, patientCaller, staffCaller } from "./factories";
import { createTestDatabase } from "./support";

const t = await createTestDatabase();
const pt = staffCaller(await makeStaff(t.db, ["clinician"], { discipline: "PT" }), ["clinician"]);
const desk = staffCaller(await makeStaff(t.db, ["front_desk"]), ["front_desk"]);
const MONDAY = new Date("2026-11-16T15:00:00Z"); // 10:00 in the clinic (America/New_York)
const at = (days: number) => new Date(MONDAY.getTime() + days * 86_400_000);
setClock(MONDAY);
afterAll(() => setClock(null));

async function must<T>(p: Promise<{ ok: true; data: T } | { ok: false; error: string; fieldErrors?: unknown }>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(`${r.error} ${JSON.stringify(r.fieldErrors ?? {})}`);
  return r.data;
}

const [piriformis] = await t.db.select().from(hepTemplates).where(eq(hepTemplates.code, "HEP-P1"));

/** A patient with a portal account, an open episode and a piriformis program assigned on MONDAY. */
async function patientWithProgram() {
  const { patient, user } = await makePatient(t.db);
  const me = patientCaller(user!, [patient.id]);
  const { episodeId } = await must(runAction(t.db, pt, openEpisode.definition, { patientId: patient.id, title: "R piriformis" }));
  const { programId, versionId } = await must(runAction(t.db, pt, startProgram.definition, { patientId: patient.id, episodeId, templateId: piriformis.id, title: "Piriformis program" }));
  await must(runAction(t.db, pt, assignProgram.definition, { versionId }));
  const items = await t.db.select().from(hepProgramItems).where(eq(hepProgramItems.versionId, versionId)).orderBy(hepProgramItems.position);
  return { patient, user: user!, me, episodeId, programId, versionId, items };
}

/** The database's own message (drizzle wraps it in "Failed query: …"). */
async function refusal(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "accepted";
  } catch (e) {
    return String((e as { cause?: Error }).cause?.message ?? e);
  }
}

const logAs = (caller: Caller, itemId: string, date: string, slot = 1, extra: { pain?: number | null; comment?: string } = {}) =>
  runAction(t.db, caller, logExercise.definition, { itemId, date, key: `${itemId}:${date}:${slot}`, ...extra });

describe("the exercise library", () => {
  it("is installed by the reference seed: 40 exercises with steps, and a piriformis template; seeding again changes nothing", async () => {
    const count = async () => (await t.db.execute<{ n: number }>(sql`select count(*)::int as n from exercises where source = 'reference'`))[0].n;
    expect(await count()).toBe(40);
    const [ex1] = await t.db.select().from(exercises).where(eq(exercises.code, "EX-01"));
    expect(ex1).toMatchObject({ name: "Supine piriformis stretch (knee to opposite shoulder)", region: "HIP_POSTERIOR", category: "STRETCH", doseKind: "HOLD", paired: true, defaultSets: 3, defaultHoldSeconds: 30 });
    expect(ex1.steps.length).toBeGreaterThan(2);
    expect(piriformis.items.map((i) => i.exerciseCode)).toEqual(["EX-01", "EX-02", "EX-40", "EX-20", "EX-23"]);
    await seedExerciseLibrary(t.owner);
    expect(await count()).toBe(40);
  });

  it("keeps a clinic exercise with a content-checked picture; a text file named .png is refused", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 1, 2, 3, 4]);
    const { imageId } = await must(runAction(t.db, pt, uploadExerciseImage, { file: { name: "wall-sit.png", type: "image/png", bytes: png } }));
    const fake = await runAction(t.db, pt, uploadExerciseImage, { file: { name: "notes.png", type: "image/png", bytes: new TextEncoder().encode("hello, not a picture") } });
    expect(fake).toMatchObject({ ok: false, fieldErrors: { file: [expect.stringMatching(/contents were checked/)] } });
    const denied = await runAction(t.db, desk, uploadExerciseImage, { file: { name: "wall-sit.png", type: "image/png", bytes: png } });
    expect(denied).toMatchObject({ ok: false, code: "forbidden" });
    const bad = await runAction(t.db, pt, createClinicExercise.definition, {
      name: "Wall sit", region: "THIGH_ANTERIOR", category: "STRENGTH", doseKind: "HOLD", defaultSets: 3, defaultReps: 10,
      defaultTimesPerDay: 1, defaultDaysPerWeek: 3, steps: "Back against the wall\nSlide down", cautions: "", imageId,
    });
    expect(bad).toMatchObject({ ok: false, fieldErrors: { defaultHoldSeconds: ["Give a hold time in seconds"], defaultReps: [expect.stringMatching(/Leave this empty/)] } });
    const made = await must(runAction(t.db, pt, createClinicExercise.definition, {
      name: "Wall sit", region: "THIGH_ANTERIOR", category: "STRENGTH", doseKind: "HOLD", defaultSets: 3, defaultHoldSeconds: 30,
      defaultTimesPerDay: 1, defaultDaysPerWeek: 3, steps: "Back against the wall\nSlide down", cautions: "", imageId,
    }));
    expect(made.code).toMatch(/^CX-[0-9A-F]{6}$/);
  });
});

describe("programs and versions", () => {
  it("starts from the template, validates dosing per V19 with messages per line, and assigns with a message in the outbox", async () => {
    const { patient, user } = await makePatient(t.db);
    const { episodeId } = await must(runAction(t.db, pt, openEpisode.definition, { patientId: patient.id, title: "R piriformis" }));
    const { versionId } = await must(runAction(t.db, pt, startProgram.definition, { patientId: patient.id, episodeId, templateId: piriformis.id, title: "Piriformis" }));
    const items = await t.db.select().from(hepProgramItems).where(eq(hepProgramItems.versionId, versionId)).orderBy(hepProgramItems.position);
    expect(items).toHaveLength(5);
    const lines = piriformis.items.map((i) => ({ ...i }));
    lines[1] = { ...lines[1], holdSeconds: 45 };
    const bad = await runAction(t.db, pt, saveProgramDraft.definition, { versionId, items: [lines[0], { ...lines[1], reps: 10 }, { ...lines[2], durationSeconds: 500 }] });
    expect(bad).toMatchObject({ ok: false, code: "validation", fieldErrors: {
      "items.1.holdSeconds": ["Give reps or a hold time, not both"], "items.2.durationSeconds": [expect.stringMatching(/30 to 180/)],
    } });
    await must(runAction(t.db, pt, saveProgramDraft.definition, { versionId, items: lines }));
    expect((await t.db.select().from(hepProgramItems).where(eq(hepProgramItems.versionId, versionId)).orderBy(hepProgramItems.position))[1].holdSeconds).toBe(45);
    await must(runAction(t.db, pt, assignProgram.definition, { versionId }));
    const mail = await t.db.select().from(outboxMessages).where(eq(outboxMessages.toAddress, user!.email));
    expect(mail).toMatchObject([{ kind: "hep_assigned", bodyText: expect.stringContaining("/portal/exercises") }]);
    const again = await runAction(t.db, pt, saveProgramDraft.definition, { versionId, items: lines.slice(0, 2) });
    expect(again).toMatchObject({ ok: false, error: expect.stringMatching(/already assigned/) });
  });

  it("a progression is a new version; the old one is kept frozen and its logs still count", async () => {
    const p = await patientWithProgram();
    try {
      await must(logAs(p.me, p.items[0].id, "2026-11-16", 1, { pain: 2 }));
      setClock(at(2));
      const { versionId: v2 } = await must(runAction(t.db, pt, progressProgram.definition, { programId: p.programId }));
      const copied = await t.db.select().from(hepProgramItems).where(eq(hepProgramItems.versionId, v2));
      expect(copied).toHaveLength(5);
      const lines = piriformis.items.map((i) => ({ ...i, phase: 2 }));
      await must(runAction(t.db, pt, saveProgramDraft.definition, { versionId: v2, items: [...lines.slice(0, 3), { exerciseCode: "EX-24", side: "BIL", sets: 3, holdSeconds: 20, timesPerDay: 1, daysPerWeek: 4 }] }));
      await must(runAction(t.db, pt, assignProgram.definition, { versionId: v2 }));
      // the assigned version cannot change, not even by SQL typed as the app
      expect(await refusal(t.db.update(hepProgramItems).set({ sets: 6 }).where(eq(hepProgramItems.id, p.items[0].id)))).toMatch(/cannot change/);
      expect(await refusal(t.db.delete(hepProgramItems).where(eq(hepProgramItems.id, p.items[0].id)))).toMatch(/cannot change/);
      expect(await refusal(t.db.delete(hepLogs))).toMatch(/permission denied/);

      const hep = await getPatientHep(t.db, pt, p.patient.id, at(2));
      if (hep.restricted) throw new Error("clinician should read content");
      const program = hep.programs[0];
      expect(program.versions.map((v) => [v.version, v.status, v.items.length])).toEqual([[1, "superseded", 5], [2, "assigned", 4]]);
      expect(program.versions[0].supersededOn).toBe("2026-11-18");
      // the Monday log on the old version is still there and still counted
      expect(program.days.find((d) => d.date === "2026-11-16")).toMatchObject({ sessions: 1, pain: 2 });
      expect(program.weeks[0].done).toBeGreaterThan(0);
      const mine = await getMyPrograms(t.db, p.me, at(2));
      expect(mine.programs[0].current.items.map((i) => i.exercise.code)).toEqual(["EX-01", "EX-02", "EX-40", "EX-24"]);
    } finally {
      setClock(MONDAY);
    }
  });

  it("a retired exercise stays readable in the program that has it, and cannot be newly added", async () => {
    const p = await patientWithProgram();
    const [ex40] = await t.db.select().from(exercises).where(eq(exercises.code, "EX-40"));
    const [ex39] = await t.db.select().from(exercises).where(eq(exercises.code, "EX-39"));
    await must(runAction(t.db, pt, retireExercise.definition, { exerciseId: ex40.id, retire: true }));
    await must(runAction(t.db, pt, retireExercise.definition, { exerciseId: ex39.id, retire: true }));
    try {
      const hep = await getPatientHep(t.db, pt, p.patient.id, MONDAY);
      if (hep.restricted) throw new Error("clinician should read content");
      const item = hep.programs[0].versions[0].items.find((i) => i.exercise.code === "EX-40")!;
      expect(item.exercise).toMatchObject({ status: "retired", name: "Ball release piriformis (tennis/lacrosse ball)" });
      expect(item.exercise.steps.length).toBeGreaterThan(1);
      const { versionId } = await must(runAction(t.db, pt, progressProgram.definition, { programId: p.programId }));
      const keep = await runAction(t.db, pt, saveProgramDraft.definition, { versionId, items: piriformis.items });
      expect(keep.ok).toBe(true);
      const add = await runAction(t.db, pt, saveProgramDraft.definition, { versionId, items: [...piriformis.items, { exerciseCode: "EX-39", side: "R", sets: 1, durationSeconds: 60, timesPerDay: 1, daysPerWeek: 7 }] });
      expect(add).toMatchObject({ ok: false, fieldErrors: { "items.5.exerciseCode": ["This exercise is retired: choose another one"] } });
    } finally {
      await must(runAction(t.db, pt, retireExercise.definition, { exerciseId: ex40.id, retire: false }));
      await must(runAction(t.db, pt, retireExercise.definition, { exerciseId: ex39.id, retire: false }));
    }
  });
});

describe("logging from the portal", () => {
  it("is idempotent: the same tap twice is one completion; a resend with a pain score adds it to that log", async () => {
    const p = await patientWithProgram();
    const first = await must(logAs(p.me, p.items[0].id, "2026-11-16"));
    const second = await must(logAs(p.me, p.items[0].id, "2026-11-16"));
    expect(second).toEqual({ logId: first.logId, recorded: false });
    await must(logAs(p.me, p.items[0].id, "2026-11-16", 1, { pain: 3, comment: "Tight but fine" }));
    const rows = await t.db.select().from(hepLogs).where(eq(hepLogs.patientId, p.patient.id));
    expect(rows).toMatchObject([{ pain: 3, comment: "Tight but fine", logDate: "2026-11-16" }]);
    const mine = await getMyPrograms(t.db, p.me, MONDAY);
    expect(mine.programs[0].todayLogs).toHaveLength(1);
    expect(mine.programs[0].week.done).toBe(1);
    expect(await logAs(p.me, p.items[0].id, "2026-11-01")).toMatchObject({ ok: false, error: expect.stringMatching(/older than 7 days/) });
  });

  it("a patient cannot read or log another patient's program, whatever ids they send", async () => {
    const a = await patientWithProgram();
    const b = await patientWithProgram();
    const stolen = await logAs(b.me, a.items[0].id, "2026-11-16");
    expect(stolen).toMatchObject({ ok: false, code: "not_found" });
    // a's own key, replayed by b, neither records nor changes a's log
    await must(logAs(a.me, a.items[1].id, "2026-11-16", 1, { pain: 1 }));
    expect(await logAs(b.me, a.items[1].id, "2026-11-16", 1, { pain: 9 })).toMatchObject({ ok: false, code: "not_found" });
    expect((await t.db.select().from(hepLogs).where(eq(hepLogs.patientId, a.patient.id))).map((l) => l.pain)).toEqual([1]);
    const mine = await getMyPrograms(t.db, b.me, MONDAY);
    expect(mine.programs.map((x) => x.patientId)).toEqual([b.patient.id]);
    expect(await getPatientHep(t.db, b.me, a.patient.id, MONDAY)).toEqual({ restricted: true, programs: [] });
    expect(await runAction(t.db, b.me, saveProgramDraft.definition, { versionId: a.versionId, items: [] })).toMatchObject({ ok: false, code: "forbidden" });
  });
});

describe("who sees what", () => {
  it("the front desk sees that a program exists, not its content, unless the clinic allows it", async () => {
    const p = await patientWithProgram();
    await must(logAs(p.me, p.items[0].id, "2026-11-16", 1, { pain: 4 }));
    const seen = await getPatientHep(t.db, desk, p.patient.id, MONDAY);
    expect(seen).toEqual({ restricted: true, programs: [{ id: p.programId, status: "active", version: 1, assignedOn: "2026-11-16" }] });
    expect(JSON.stringify(seen)).not.toMatch(/EX-01|piriformis|pain/i);
    expect(await runAction(t.db, desk, progressProgram.definition, { programId: p.programId })).toMatchObject({ ok: false, code: "forbidden" });
    await t.owner.update(clinicSettings).set({ hepContentForAllStaff: true }).where(eq(clinicSettings.id, 1));
    try {
      const allowed = await getPatientHep(t.db, desk, p.patient.id, MONDAY);
      expect(allowed.restricted).toBe(false);
    } finally {
      await t.owner.update(clinicSettings).set({ hepContentForAllStaff: false }).where(eq(clinicSettings.id, 1));
    }
  });
});

describe("adherence for the clinician", () => {
  it("lists a patient who logged nothing for 5 days, and offers the week's sentence for the next note", async () => {
    const p = await patientWithProgram();
    const quiet = await patientWithProgram();
    for (const item of p.items.slice(0, 3)) await must(logAs(p.me, item.id, "2026-11-16", 1, { pain: 3 }));
    const names = async (now: Date) => (await listNeedsNudge(t.db, now)).map((r) => r.patientId);
    expect(await names(at(4))).not.toContain(quiet.patient.id);
    expect(await names(at(5))).toEqual(expect.arrayContaining([quiet.patient.id, p.patient.id]));
    setClock(at(5));
    try {
      await must(logAs(p.me, p.items[0].id, "2026-11-21", 1, { pain: 3 }));
    } finally {
      setClock(MONDAY);
    }
    expect(await names(at(5))).not.toContain(p.patient.id);
    const line = await hepSubjectiveLine(t.db, pt, p.patient.id, at(5));
    expect(line).toMatch(/^Home exercises: completed 4 of \d+ sessions in the last 7 days, pain 3\/10 after exercises\.$/);
    expect(await hepSubjectiveLine(t.db, pt, quiet.patient.id, at(5))).toMatch(/completed 0 of \d+ sessions in the last 7 days, no pain score logged/);
  });

  it("pre-fills the next visit note's Subjective with that sentence", async () => {
    const p = await patientWithProgram();
    await must(logAs(p.me, p.items[0].id, "2026-11-16", 1, { pain: 2 }));
    const { visitId } = await must(runAction(t.db, pt, startVisit.definition, { patientId: p.patient.id, episodeId: p.episodeId, visitType: "TREATMENT" }));
    const { noteId } = await must(runAction(t.db, pt, startNote.definition, { visitId, noteType: "DAILY" }));
    const [note] = await t.db.select().from(notes).where(eq(notes.id, noteId));
    expect(note.subjective).toMatch(/^Home exercises: completed 1 of \d+ sessions in the last 7 days, pain 2\/10 after exercises\.$/);
  });
});

describe("precautions at assignment", () => {
  it("a deep hip-flexion stretch after a posterior hip replacement is refused with the reason, unless the clinician gives a reason", async () => {
    const { patient } = await makePatient(t.db, false);
    await t.owner.insert(patientHistories).values({ patientId: patient.id, data: { surgeries: [{ name: "Total hip replacement", year: 2024, flags: ["HIP_ARTHROPLASTY"], hipApproach: "POSTERIOR" }] }, updatedAt: MONDAY });
    const { episodeId } = await must(runAction(t.db, pt, openEpisode.definition, { patientId: patient.id, title: "R buttock pain" }));
    const { versionId } = await must(runAction(t.db, pt, startProgram.definition, { patientId: patient.id, episodeId, templateId: piriformis.id, title: "Piriformis program" }));
    const refused = await runAction(t.db, pt, assignProgram.definition, { versionId });
    expect(refused).toMatchObject({ ok: false, code: "validation", fieldErrors: { precautionOverride: expect.arrayContaining([expect.stringMatching(/^Supine piriformis stretch.*posterior-approach hip replacement.*\(Hip replacement, posterior \(2024\)\)$/)]) } });
    const [draft] = await t.db.select().from(hepProgramVersions).where(eq(hepProgramVersions.id, versionId));
    expect(draft.status).toBe("draft");
    const assigned = await must(runAction(t.db, pt, assignProgram.definition, { versionId, precautionOverride: "Surgeon cleared full hip flexion at 12 months" }));
    expect(assigned.version).toBe(1);
    const [audit] = await t.owner.select().from(auditEvents).where(eq(auditEvents.entityId, versionId)).orderBy(desc(auditEvents.id)).limit(1);
    expect(audit.details).toMatchObject({ override: "Surgeon cleared full hip flexion at 12 months" });
  });
});
