import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { noteSignatures, notes, visits } from "@/db/schema";
import { runAction } from "@/lib/actions/core";
import { openEpisode } from "@/lib/actions/episodes";
import { saveExam } from "@/lib/actions/exams";
import { addAddendum, cosignNote, saveNoteDraft, signNote, startNote, voidNote } from "@/lib/actions/notes";
import { cancelVisit, startVisit } from "@/lib/actions/visits";
import { setDiagnoses } from "@/lib/actions/coding";
import { addTreatmentLine } from "@/lib/actions/treatment";
import { createTestDatabase } from "./support";
import { makePatient, makeStaff, staffCaller } from "./factories";

const t = await createTestDatabase();
const ptUser = await makeStaff(t.db, ["clinician"], { discipline: "PT" });
const ptaUser = await makeStaff(t.db, ["clinician"], { discipline: "PTA", supervisor: ptUser.id });
const pt = staffCaller(ptUser, ["clinician"]);
const pta = staffCaller(ptaUser, ["clinician"]);
const other = staffCaller(await makeStaff(t.db, ["clinician"], { discipline: "DC" }), ["clinician"]);

const content = { subjective: "Less pain on runs", nprsNow: 3, changeSinceLast: "BETTER" as const, changePercent: 30, hepAdherence: "FULL" as const, objective: "R FAIR negative today", assessment: "Improving piriformis syndrome", plan: "Continue; review in 1 week" };

async function draftNote(author = pt) {
  const { patient } = await makePatient(t.db, false);
  const ep = await runAction(t.db, author, openEpisode.definition, { patientId: patient.id, title: "R piriformis" });
  if (!ep.ok) throw new Error(ep.error);
  const v = await runAction(t.db, author, startVisit.definition, { patientId: patient.id, episodeId: ep.data.episodeId, visitType: "TREATMENT" });
  if (!v.ok) throw new Error(v.error);
  await runAction(t.db, author, saveExam.definition, { visitId: v.data.visitId, findings: [{ code: "T-FAIR", side: "R", value: "NEG" }] });
  // a daily note records the treatment given and the diagnosis it supports (DOMAIN.md §8.1)
  const line = await runAction(t.db, author, addTreatmentLine.definition, { visitId: v.data.visitId, line: { componentCode: "KNEADING", side: "R", minutes: 5, params: { region: "BUTTOCK_UPPER", pressure: "MODERATE" } } });
  if (!line.ok) throw new Error(line.error);
  await runAction(t.db, author, setDiagnoses.definition, { visitId: v.data.visitId, codes: ["G57.01"] });
  const n = await runAction(t.db, author, startNote.definition, { visitId: v.data.visitId, noteType: "DAILY" });
  if (!n.ok) throw new Error(n.error);
  return { patientId: patient.id, visitId: v.data.visitId, noteId: n.data.noteId };
}

describe("note lifecycle", () => {
  it("concurrent draft saves: exactly one wins, the other gets a conflict", async () => {
    const { noteId } = await draftNote();
    const [a, b] = await Promise.all([
      runAction(t.db, pt, saveNoteDraft.definition, { noteId, version: 1, ...content }),
      runAction(t.db, pt, saveNoteDraft.definition, { noteId, version: 1, ...content, plan: "Other tab" }),
    ]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    expect([a, b].find((r) => !r.ok)).toMatchObject({ code: "conflict" });
  });

  it("refuses to sign an incomplete note or someone else's, then signs and locks everything of the visit", async () => {
    const { noteId, visitId } = await draftNote();
    const incomplete = await runAction(t.db, pt, signNote.definition, { noteId, version: 1 });
    expect(incomplete).toMatchObject({ ok: false, fieldErrors: { nprsNow: [expect.any(String)], hepAdherence: [expect.any(String)], plan: [expect.any(String)] } });
    await runAction(t.db, pt, saveNoteDraft.definition, { noteId, version: 1, ...content });
    expect(await runAction(t.db, other, signNote.definition, { noteId, version: 2 })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await runAction(t.db, pt, signNote.definition, { noteId, version: 2 })).toMatchObject({ ok: true });

    // the app role, typing SQL by hand, cannot change or delete the note or its findings
    await expect(t.appSql`update notes set plan = 'changed' where id = ${noteId}`).rejects.toThrow(/cannot change/);
    await expect(t.appSql`delete from notes where id = ${noteId}`).rejects.toThrow(/permission denied|never deleted/);
    await expect(t.appSql`update exam_findings set value_text = 'POS' where visit_id = ${visitId}`).rejects.toThrow(/signed/);
    await expect(t.appSql`delete from exam_findings where visit_id = ${visitId}`).rejects.toThrow(/signed/);
    await expect(t.appSql`insert into exam_findings (visit_id, patient_id, code, side, value_text, recorded_by, recorded_at)
      select ${visitId}, patient_id, 'T-FABER', 'R', 'POS', ${pt.userId}, now() from visits where id = ${visitId}`).rejects.toThrow(/signed/);
    // nor even the owner
    await expect(t.ownerSql`update notes set assessment = 'x' where id = ${noteId}`).rejects.toThrow(/cannot change/);
    await expect(t.ownerSql`update note_signatures set attestation = 'x' where note_id = ${noteId}`).rejects.toThrow(/append-only/);
    // the actions say so too
    expect(await runAction(t.db, pt, saveExam.definition, { visitId, findings: [] })).toMatchObject({ ok: false });
    expect(await runAction(t.db, pt, cancelVisit.definition, { visitId, reason: "oops" })).toMatchObject({ ok: false });
    const [v] = await t.db.select().from(visits).where(eq(visits.id, visitId));
    expect(v.status).toBe("completed");
  });

  it("an addendum is a separate signed record; the original stays as it was", async () => {
    const { noteId } = await draftNote();
    await runAction(t.db, pt, saveNoteDraft.definition, { noteId, version: 1, ...content });
    await runAction(t.db, pt, signNote.definition, { noteId, version: 2 });
    const r = await runAction(t.db, pt, addAddendum.definition, { noteId, kind: "ADDENDUM", reason: "Omitted at the time", body: "Patient also reported calf tightness." });
    expect(r.ok).toBe(true);
    const noCorrection = await runAction(t.db, pt, addAddendum.definition, { noteId, kind: "CORRECTION", reason: "Wrong side", body: "Left, not right" });
    expect(noCorrection).toMatchObject({ ok: false, fieldErrors: { correctedText: [expect.any(String)] } });
    const [n] = await t.db.select().from(notes).where(eq(notes.id, noteId));
    expect(n).toMatchObject({ status: "signed", plan: content.plan, version: 2 });
  });

  it("a PTA's note awaits the supervising PT's co-signature, which only that PT can add", async () => {
    const { noteId } = await draftNote(pta);
    await runAction(t.db, pta, saveNoteDraft.definition, { noteId, version: 1, ...content });
    await runAction(t.db, pta, signNote.definition, { noteId, version: 2 });
    expect(await runAction(t.db, other, cosignNote.definition, { noteId })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await runAction(t.db, pt, cosignNote.definition, { noteId })).toMatchObject({ ok: true });
    const sigs = await t.db.select().from(noteSignatures).where(eq(noteSignatures.noteId, noteId));
    expect(sigs.map((s) => s.role).sort()).toEqual(["author", "cosigner"]);
  });

  it("a note on the wrong patient is voided with a reason, never deleted", async () => {
    const { noteId } = await draftNote();
    await runAction(t.db, pt, saveNoteDraft.definition, { noteId, version: 1, ...content });
    await runAction(t.db, pt, signNote.definition, { noteId, version: 2 });
    expect((await runAction(t.db, pt, voidNote.definition, { noteId, reason: "Written on the wrong patient" })).ok).toBe(true);
    const [n] = await t.db.select().from(notes).where(eq(notes.id, noteId));
    expect(n).toMatchObject({ status: "voided", plan: content.plan, voidReason: "Written on the wrong patient" });
    await expect(t.appSql`update notes set status = 'signed' where id = ${noteId}`).rejects.toThrow(/cannot change/);
  });
});
