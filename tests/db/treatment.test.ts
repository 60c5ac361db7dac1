import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { patientHistories, protocols, redFlagFindings, treatmentLines } from "@/db/schema";
import { runAction } from "@/lib/actions/core";
import { openEpisode } from "@/lib/actions/episodes";
import { saveNoteDraft, signNote, startNote } from "@/lib/actions/notes";
import { setDiagnoses } from "@/lib/actions/coding";
import {
  addTreatmentLine, applyProtocol, copyLastVisitTreatment, recordProcedureConsent, removeTreatmentLine, updateTreatmentLine,
} from "@/lib/actions/treatment";
import { startVisit } from "@/lib/actions/visits";
import { visitBlockers } from "@/lib/data/treatment";
import { makePatient, makeStaff, staffCaller } from "./factories";
import { createTestDatabase } from "./support";

const t = await createTestDatabase();
const dcUser = await makeStaff(t.db, ["clinician"], { discipline: "DC" });
const dc = staffCaller(dcUser, ["clinician"]);
const lmt = staffCaller(await makeStaff(t.db, ["clinician"], { discipline: "LMT" }), ["clinician"]);

const kneading = { componentCode: "KNEADING", side: "R", minutes: 5, params: { region: "BUTTOCK_UPPER", pressure: "MODERATE" } };
const sacralThrust = { componentCode: "MANIPULATION", side: "R", params: { segments: ["SIJ"], technique: "SIDE_POSTURE" } };
const lumbarThrust = { componentCode: "MANIPULATION", side: "CENTRAL", params: { segments: ["L4"], technique: "DIVERSIFIED" } };

async function must<T>(p: Promise<{ ok: true; data: T } | { ok: false; error: string }>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(r.error);
  return r.data;
}

async function visitFor(author = dc, existing?: { patientId: string; episodeId: string }) {
  const ids = existing ?? await (async () => {
    const { patient } = await makePatient(t.db, false);
    const ep = await must(runAction(t.db, author, openEpisode.definition, { patientId: patient.id, title: "R piriformis" }));
    return { patientId: patient.id, episodeId: ep.episodeId };
  })();
  const v = await must(runAction(t.db, author, startVisit.definition, { patientId: ids.patientId, episodeId: ids.episodeId, visitType: "TREATMENT" }));
  return { ...ids, visitId: v.visitId };
}

const linesOf = (visitId: string) => t.db.select().from(treatmentLines).where(eq(treatmentLines.visitId, visitId)).orderBy(treatmentLines.position);

describe("treatment lines", () => {
  it("adds, edits and removes a line; parameters are validated with the component's schema", async () => {
    const { visitId } = await visitFor();
    const { lineId } = await must(runAction(t.db, dc, addTreatmentLine.definition, { visitId, line: kneading }));
    const bad = await runAction(t.db, dc, addTreatmentLine.definition, { visitId, line: { ...kneading, params: { region: "BUTTOCK_UPPER", pressure: "CRUSHING" } } });
    expect(bad).toMatchObject({ ok: false, code: "validation", fieldErrors: { "line.params.pressure": [expect.stringMatching(/Pressure/i)] } });
    const noSide = await runAction(t.db, dc, addTreatmentLine.definition, { visitId, line: { ...kneading, side: undefined } });
    expect(noSide).toMatchObject({ ok: false, fieldErrors: { "line.side": [expect.any(String)] } });

    await must(runAction(t.db, dc, updateTreatmentLine.definition, { lineId, line: { ...kneading, params: { ...kneading.params, pressure: "FIRM" }, minutes: 8 } }));
    expect(await linesOf(visitId)).toMatchObject([{ params: { pressure: "FIRM" }, minutes: 8, position: 1 }]);
    await must(runAction(t.db, dc, removeTreatmentLine.definition, { lineId }));
    expect(await linesOf(visitId)).toHaveLength(0);
  });

  it("refuses a high-velocity manipulation from a massage therapist, saying why", async () => {
    const { visitId } = await visitFor(lmt);
    const r = await runAction(t.db, lmt, addTreatmentLine.definition, { visitId, line: lumbarThrust });
    expect(r).toMatchObject({ ok: false, code: "forbidden", error: expect.stringMatching(/outside the scope of a Massage therapist/) });
    expect(await linesOf(visitId)).toHaveLength(0);
    // an override reason does not widen scope
    const again = await runAction(t.db, lmt, addTreatmentLine.definition, { visitId, line: { ...lumbarThrust, override: { reason: "Patient insists on it" } } });
    expect(again).toMatchObject({ ok: false, code: "forbidden" });
  });

  it("a suspected sacral stress fracture blocks manipulation of the sacrum / SIJ but not of L4; an acknowledgement does not lift it", async () => {
    const { visitId, patientId, episodeId } = await visitFor();
    await t.db.insert(redFlagFindings).values({
      patientId, episodeId, flagId: "RF-BSI-SACRAL", action: "URGENT_REFERRAL", restricts: ["HVLA_SACRUM_SIJ", "DROP_TECHNIQUE_SACRUM_SIJ"],
      reasons: ["Focal sacral tenderness"], raisedAt: new Date(), acknowledgedAt: new Date(), acknowledgedBy: dcUser.id, acknowledgement: "Referred for MRI",
    });
    const r = await runAction(t.db, dc, addTreatmentLine.definition, { visitId, line: { ...sacralThrust, override: { reason: "Feels fine today" } } });
    expect(r).toMatchObject({ ok: false, code: "forbidden", error: expect.stringMatching(/sacrum or sacro-iliac/) });
    expect(await runAction(t.db, dc, addTreatmentLine.definition, { visitId, line: lumbarThrust })).toMatchObject({ ok: true });
  });

  it("a caution needs an override reason, which is stored", async () => {
    const { visitId, patientId } = await visitFor();
    await t.db.insert(patientHistories).values({ patientId, data: { medications: [{ name: "Warfarin", medClass: "ANTICOAGULANT" }] }, updatedAt: new Date() });
    const bare = await runAction(t.db, dc, addTreatmentLine.definition, { visitId, line: lumbarThrust });
    expect(bare).toMatchObject({ ok: false, fieldErrors: { "line.override.reason": [expect.stringMatching(/override/)] } });
    await must(runAction(t.db, dc, addTreatmentLine.definition, { visitId, line: { ...lumbarThrust, override: { reason: "INR in range last week; low-force set-up" } } }));
    expect(await linesOf(visitId)).toMatchObject([{ overrideReason: "INR in range last week; low-force set-up" }]);
  });

  it("applies P1 with its protocol id, reports consent needed, and copies it to the next visit", async () => {
    const first = await visitFor();
    const [p1] = await t.db.select().from(protocols).where(eq(protocols.code, "P1"));
    const applied = await must(runAction(t.db, dc, applyProtocol.definition, { visitId: first.visitId, protocolId: p1.id, side: "R" }));
    expect(applied).toMatchObject({ added: 7, skipped: [] });
    const lines = await linesOf(first.visitId);
    expect(lines.map((l) => l.componentCode)).toEqual(["MANIPULATION", "IFC", "TRIGGER_POINT", "KNEADING", "AIS", "THERAPEUTIC_EXERCISE", "SELF_CARE_INSTRUCTION"]);
    expect(lines.every((l) => l.protocolId === p1.id)).toBe(true);
    expect(lines[0]).toMatchObject({ side: "R" });
    expect(await visitBlockers(t.db, first.visitId)).toMatchObject([{ kind: "HVLA", message: expect.stringMatching(/before signing/) }]);
    await must(runAction(t.db, dc, recordProcedureConsent.definition, { visitId: first.visitId, kind: "HVLA", consentType: "VERBAL" }));
    expect(await visitBlockers(t.db, first.visitId)).toEqual([]);

    const second = await visitFor(dc, first);
    expect(await must(runAction(t.db, dc, copyLastVisitTreatment.definition, { visitId: second.visitId }))).toMatchObject({ added: 7 });
    expect((await linesOf(second.visitId)).map((l) => [l.componentCode, l.side, l.protocolId])).toEqual(lines.map((l) => [l.componentCode, l.side, l.protocolId]));
  });

  it("an LMT applying P1 gets the manipulation reported, not silently dropped", async () => {
    const { visitId } = await visitFor(lmt);
    const [p1] = await t.db.select().from(protocols).where(eq(protocols.code, "P1"));
    const r = await must(runAction(t.db, lmt, applyProtocol.definition, { visitId, protocolId: p1.id, side: "L" }));
    expect(r.skipped).toEqual(expect.arrayContaining([expect.objectContaining({ component: "Manipulation / adjustment (HVLA)", reason: expect.stringMatching(/scope/) })]));
    expect(r.added).toBe(7 - r.skipped.length);
  });

  it("lines of a signed visit cannot change, through the actions or as the app role in plain SQL; protocol versions are frozen", async () => {
    const { visitId } = await visitFor();
    const { lineId } = await must(runAction(t.db, dc, addTreatmentLine.definition, { visitId, line: kneading }));
    await must(runAction(t.db, dc, setDiagnoses.definition, { visitId, codes: ["G57.01"] }));
    const { noteId } = await must(runAction(t.db, dc, startNote.definition, { visitId, noteType: "DAILY" }));
    await must(runAction(t.db, dc, saveNoteDraft.definition, { noteId, version: 1, subjective: "Better", nprsNow: 2, changeSinceLast: "BETTER", changePercent: 20, hepAdherence: "FULL", objective: "Less tender", assessment: "Improving", plan: "Continue" }));
    await must(runAction(t.db, dc, signNote.definition, { noteId, version: 2 }));

    expect(await runAction(t.db, dc, updateTreatmentLine.definition, { lineId, line: kneading })).toMatchObject({ ok: false, error: expect.stringMatching(/signed/) });
    expect(await runAction(t.db, dc, removeTreatmentLine.definition, { lineId })).toMatchObject({ ok: false });
    await expect(t.appSql`update treatment_lines set minutes = 30 where id = ${lineId}`).rejects.toThrow(/signed/);
    await expect(t.appSql`delete from treatment_lines where id = ${lineId}`).rejects.toThrow(/signed/);
    await expect(t.appSql`insert into treatment_lines (visit_id, patient_id, position, component_code, created_by, created_at)
      select id, patient_id, 9, 'KNEADING', ${dc.userId}, now() from visits where id = ${visitId}`).rejects.toThrow(/signed/);
    await expect(t.appSql`update protocols set name = 'changed' where code = 'P1' and version = 1`).rejects.toThrow(/cannot change/);
    await expect(t.appSql`delete from protocols where code = 'P1'`).rejects.toThrow(/permission denied/);
  });
});

describe("signing", () => {
  it("a line that needs procedure consent blocks the signature until the consent is recorded", async () => {
    const { visitId } = await visitFor();
    await must(runAction(t.db, dc, addTreatmentLine.definition, { visitId, line: lumbarThrust }));
    await must(runAction(t.db, dc, setDiagnoses.definition, { visitId, codes: ["M54.50"] }));
    const { noteId } = await must(runAction(t.db, dc, startNote.definition, { visitId, noteType: "DAILY" }));
    await must(runAction(t.db, dc, saveNoteDraft.definition, { noteId, version: 1, subjective: "Better", nprsNow: 2, changeSinceLast: "BETTER", changePercent: 20, hepAdherence: "FULL", objective: "Less tender", assessment: "Improving", plan: "Continue" }));
    expect(await runAction(t.db, dc, signNote.definition, { noteId, version: 2 })).toMatchObject({ ok: false, fieldErrors: { treatment: [expect.stringMatching(/consent/)] } });
    await must(runAction(t.db, dc, recordProcedureConsent.definition, { visitId, kind: "HVLA", consentType: "WRITTEN" }));
    expect(await runAction(t.db, dc, signNote.definition, { noteId, version: 2 })).toMatchObject({ ok: true });
  });
});
