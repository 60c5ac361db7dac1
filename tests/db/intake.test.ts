import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { intakeRevisions, intakes, redFlagFindings } from "@/db/schema";
import { runAction } from "@/lib/actions/core";
import { acceptIntake, acknowledgeRedFlag, requestIntake, saveIntakeAsClinician } from "@/lib/actions/intake";
import { saveMyIntakeDraft, submitMyIntake } from "@/lib/actions/portal-intake";
import { askedRedFlags } from "@/lib/validation/intake";
import { createTestDatabase } from "./support";
import { makePatient, makeStaff, patientCaller, staffCaller } from "./factories";

const t = await createTestDatabase();
const desk = await makeStaff(t.db, ["front_desk"]);
const clinician = await makeStaff(t.db, ["clinician"], { discipline: "DC" });
const deskCaller = staffCaller(desk, ["front_desk"]);
const drCaller = staffCaller(clinician, ["clinician"]);

const allNo = (runner: boolean) => Object.fromEntries(askedRedFlags(runner).map((f) => [f.id, { answer: "NO" as const }]));
const complete = {
  chiefComplaint: "Right buttock pain when running", onsetDate: "2026-01-10", onsetMode: "GRADUAL", radiation: "TO_BUTTOCK",
  painLocations: [{ regionId: "BUTTOCK_DEEP", side: "R" }], nprsNow: 3, nprsBest: 1, nprsWorst: 6, frequency: "FREQUENT",
  nightPainType: "NONE", sports: ["ROAD_RUNNING"], redFlags: allNo(true),
};

async function requestedIntake() {
  const { patient, user } = await makePatient(t.db);
  const r = await runAction(t.db, deskCaller, requestIntake.definition, { patientId: patient.id });
  if (!r.ok) throw new Error(r.error);
  return { patient, me: patientCaller(user!, [patient.id]), intakeId: r.data.intakeId, link: r.data.link };
}

describe("patient self-intake", () => {
  it("saves as the patient goes, then submits once", async () => {
    const { me, intakeId } = await requestedIntake();
    const s1 = await runAction(t.db, me, saveMyIntakeDraft.definition, { intakeId, version: 1, answers: { chiefComplaint: "Sore bum" } });
    expect(s1).toMatchObject({ ok: true, data: { version: 2 } });
    const [row] = await t.db.select().from(intakes).where(eq(intakes.id, intakeId));
    expect(row.status).toBe("draft");
    expect(row.answers).toEqual({ chiefComplaint: "Sore bum" });

    const incomplete = await runAction(t.db, me, submitMyIntake.definition, { intakeId, version: 2, answers: { chiefComplaint: "Sore bum" } });
    expect(incomplete).toMatchObject({ ok: false, code: "validation" });
    if (!incomplete.ok) expect(Object.keys(incomplete.fieldErrors!)).toEqual(expect.arrayContaining(["answers.onsetDate", "answers.painLocations", "answers.redFlags"]));

    const sent = await runAction(t.db, me, submitMyIntake.definition, { intakeId, version: 2, answers: complete });
    expect(sent).toMatchObject({ ok: true, redirectTo: "/portal?intake=sent" });
    const again = await runAction(t.db, me, saveMyIntakeDraft.definition, { intakeId, version: 3, answers: complete });
    expect(again).toMatchObject({ ok: false, code: "invalid" });
  });

  it("refuses a patient session another patient's intake by id, and audits nothing as done", async () => {
    const { intakeId } = await requestedIntake();
    const { me: mallory } = await requestedIntake();
    const r = await runAction(t.db, mallory, saveMyIntakeDraft.definition, { intakeId, version: 1, answers: { chiefComplaint: "hijack" } });
    expect(r).toMatchObject({ ok: false, code: "not_found" });
    const [row] = await t.db.select().from(intakes).where(eq(intakes.id, intakeId));
    expect(row.answers).toEqual({});
  });

  it("never lets a patient write staff-only fields", async () => {
    const { me, intakeId } = await requestedIntake();
    await runAction(t.db, me, saveMyIntakeDraft.definition, { intakeId, version: 1, answers: { chiefComplaint: "abc", staffNotes: "I am the doctor now" } });
    const [row] = await t.db.select().from(intakes).where(eq(intakes.id, intakeId));
    expect((row.answers as Record<string, unknown>).staffNotes).toBeUndefined();
  });

  it("a saddle-numbness answer raises an emergency finding that stays until a clinician acknowledges it", async () => {
    const { me, intakeId, patient } = await requestedIntake();
    const answers = { ...complete, redFlags: { ...complete.redFlags, "RF-CES-1": { answer: "YES" as const } } };
    expect((await runAction(t.db, me, submitMyIntake.definition, { intakeId, version: 1, answers })).ok).toBe(true);
    const [finding] = await t.db.select().from(redFlagFindings).where(eq(redFlagFindings.patientId, patient.id));
    expect(finding).toMatchObject({ flagId: "RF-CES-1", action: "EMERGENCY", acknowledgedAt: null });
    expect(finding.restricts).toContain("ALL_TREATMENT");

    const deskTry = await runAction(t.db, deskCaller, acknowledgeRedFlag.definition, { findingId: finding.id, acknowledgement: "Sent to ED at 10:05" });
    expect(deskTry).toMatchObject({ ok: false, code: "forbidden" });
    const ack = await runAction(t.db, drCaller, acknowledgeRedFlag.definition, { findingId: finding.id, acknowledgement: "Advised ED now; called partner 10:05" });
    expect(ack.ok).toBe(true);
    const [after] = await t.db.select().from(redFlagFindings).where(eq(redFlagFindings.id, finding.id));
    expect(after.acknowledgedBy).toBe(clinician.id);
  });
});

describe("clinician review", () => {
  it("attributes each change, refuses stale saves, and accepts a complete intake", async () => {
    const { me, intakeId } = await requestedIntake();
    await runAction(t.db, me, submitMyIntake.definition, { intakeId, version: 1, answers: complete });
    const edit = await runAction(t.db, drCaller, saveIntakeAsClinician.definition, { intakeId, version: 2, answers: { ...complete, nprsWorst: 7, staffNotes: "Worse on hills" } });
    expect(edit).toMatchObject({ ok: true, data: { version: 3 } });
    const stale = await runAction(t.db, drCaller, saveIntakeAsClinician.definition, { intakeId, version: 2, answers: { ...complete, nprsWorst: 8 } });
    expect(stale).toMatchObject({ ok: false, code: "conflict" });
    const revisions = await t.db.select().from(intakeRevisions).where(eq(intakeRevisions.intakeId, intakeId));
    const mine = revisions.find((r) => r.changedBy === clinician.id)!;
    expect(mine.fields).toEqual(["nprsWorst", "staffNotes"]);
    expect(mine.previous).toEqual({ nprsWorst: 6, staffNotes: null });
    const accepted = await runAction(t.db, drCaller, acceptIntake.definition, { intakeId, version: 3, answers: { ...complete, nprsWorst: 7 } });
    expect(accepted.ok).toBe(true);
    const [row] = await t.db.select().from(intakes).where(eq(intakes.id, intakeId));
    expect(row).toMatchObject({ status: "accepted", acceptedBy: clinician.id });
  });

  it("keeps the front desk out of clinical answers", async () => {
    const { intakeId } = await requestedIntake();
    const r = await runAction(t.db, deskCaller, saveIntakeAsClinician.definition, { intakeId, version: 1, answers: { chiefComplaint: "x" } });
    expect(r).toMatchObject({ ok: false, code: "forbidden" });
  });

  it("validates the DOMAIN rules: best ≤ worst, onset not in the future, 0–10 scale", async () => {
    const { intakeId } = await requestedIntake();
    const r = await runAction(t.db, drCaller, saveIntakeAsClinician.definition,
      { intakeId, version: 1, answers: { nprsBest: 7, nprsWorst: 3, onsetDate: "2999-01-01", nprsNow: 11 } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(Object.keys(r.fieldErrors!).sort()).toEqual(["answers.nprsBest", "answers.nprsNow", "answers.onsetDate"]);
  });
});
