import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { episodes, patientHistories, patientMerges, patients, portalLinks } from "@/db/schema";
import { runAction } from "@/lib/actions/core";
import { saveHistory } from "@/lib/actions/history";
import { mergePatients } from "@/lib/actions/patient-merge";
import { invitePatientToPortal } from "@/lib/actions/portal-access";
import { openEpisode } from "@/lib/actions/episodes";
import { historyAlerts } from "@/lib/domain/history/alerts";
import { createTestDatabase } from "./support";
import { makePatient, makeStaff, staffCaller } from "./factories";

const t = await createTestDatabase();
const dr = staffCaller(await makeStaff(t.db, ["clinician"], { discipline: "PT" }), ["clinician"]);
const desk = staffCaller(await makeStaff(t.db, ["front_desk"]), ["front_desk"]);

describe("patient history", () => {
  it("saves, versions, refuses stale saves, and feeds the chart alerts", async () => {
    const { patient } = await makePatient(t.db, false);
    const data = { conditions: ["OSTEOPOROSIS"], medications: [{ name: "Apixaban", medClass: "ANTICOAGULANT" }], allergies: [{ name: "Tape", kind: "ADHESIVE" }], surgeries: [] };
    const first = await runAction(t.db, dr, saveHistory.definition, { patientId: patient.id, version: 0, data });
    expect(first).toMatchObject({ ok: true, data: { version: 1 } });
    const again = await runAction(t.db, dr, saveHistory.definition, { patientId: patient.id, version: 0, data });
    expect(again).toMatchObject({ ok: false, code: "conflict" });
    const [row] = await t.db.select().from(patientHistories).where(eq(patientHistories.patientId, patient.id));
    expect(historyAlerts(row.data as never).map((a) => a.code)).toEqual(["BLEEDING_RISK", "BONE_DENSITY", "ADHESIVE"]);
  });

  it("requires weeks for a pregnancy and keeps the front desk out", async () => {
    const { patient } = await makePatient(t.db, false);
    const r = await runAction(t.db, dr, saveHistory.definition, { patientId: patient.id, version: 0, data: { conditions: ["PREGNANT"] } });
    expect(r).toMatchObject({ ok: false, fieldErrors: { "data.pregnancyWeeks": [expect.any(String)] } });
    const d = await runAction(t.db, desk, saveHistory.definition, { patientId: patient.id, version: 0, data: {} });
    expect(d).toMatchObject({ ok: false, code: "forbidden" });
  });
});

describe("merging duplicate records", () => {
  it("moves history, episodes and portal access to the survivor and keeps the duplicate as merged", async () => {
    const { patient: survivor } = await makePatient(t.db, false);
    const { patient: dup, user } = await makePatient(t.db, true);
    await runAction(t.db, dr, openEpisode.definition, { patientId: dup.id, title: "R hip pain" });
    await runAction(t.db, dr, saveHistory.definition, { patientId: survivor.id, version: 0, data: { conditions: ["DIABETES"] } });
    await runAction(t.db, dr, saveHistory.definition, { patientId: dup.id, version: 0, data: { conditions: ["OSTEOPENIA"], allergies: [{ name: "Latex", kind: "LATEX" }] } });

    const r = await runAction(t.db, desk, mergePatients.definition, { survivorId: survivor.id, duplicateMrn: dup.mrn.toLowerCase(), reason: "Registered twice" });
    expect(r).toMatchObject({ ok: true, data: { mergedMrn: dup.mrn } });
    expect(await t.db.select().from(episodes).where(eq(episodes.patientId, survivor.id))).toHaveLength(1);
    const [link] = await t.db.select().from(portalLinks).where(eq(portalLinks.userId, user!.id));
    expect(link.patientId).toBe(survivor.id);
    const [h] = await t.db.select().from(patientHistories).where(eq(patientHistories.patientId, survivor.id));
    expect((h.data as { conditions: string[] }).conditions.sort()).toEqual(["DIABETES", "OSTEOPENIA"]);
    const [old] = await t.db.select().from(patients).where(eq(patients.id, dup.id));
    expect(old).toMatchObject({ status: "merged", mergedIntoId: survivor.id });
    expect(await t.db.select().from(patientMerges).where(eq(patientMerges.mergedId, dup.id))).toHaveLength(1);

    // merging the same duplicate again, or a record into itself, is refused
    expect(await runAction(t.db, desk, mergePatients.definition, { survivorId: survivor.id, duplicateMrn: dup.mrn, reason: "again" })).toMatchObject({ ok: false });
    expect(await runAction(t.db, desk, mergePatients.definition, { survivorId: survivor.id, duplicateMrn: survivor.mrn, reason: "self" }))
      .toMatchObject({ ok: false, fieldErrors: { duplicateMrn: ["That is this record's own number"] } });
  });
});

describe("minors", () => {
  it("invites the guardian, not the child, to the portal", async () => {
    const [kid] = await t.db.insert(patients).values({ legalFirstName: "Kid", legalLastName: "Runner", dateOfBirth: "2014-06-01", sex: "male", guardianName: "Pat Runner", guardianPhone: "555 0199" }).returning();
    const self = await runAction(t.db, desk, invitePatientToPortal.definition, { patientId: kid.id, email: "kid@test.example", relationship: "self", displayName: "Kid Runner" });
    expect(self).toMatchObject({ ok: false, fieldErrors: { relationship: [expect.any(String)] } });
    const guardian = await runAction(t.db, desk, invitePatientToPortal.definition, { patientId: kid.id, email: "pat@test.example", relationship: "guardian", displayName: "Pat Runner" });
    expect(guardian.ok).toBe(true);
  });
});
