import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { billingLines, treatmentLines, visitDiagnoses } from "@/db/schema";
import { runAction } from "@/lib/actions/core";
import { deriveBilling, setDiagnoses, updateBillingLine } from "@/lib/actions/coding";
import { openEpisode } from "@/lib/actions/episodes";
import { saveExam } from "@/lib/actions/exams";
import { saveNoteDraft, signNote, startNote } from "@/lib/actions/notes";
import { startVisit } from "@/lib/actions/visits";
import { recordProcedureConsent } from "@/lib/actions/treatment";
import { applyProtocol, findProtocol } from "@/lib/domain/treatment/protocols";
import { createTestDatabase } from "./support";
import { makePatient, makeStaff, staffCaller } from "./factories";

const t = await createTestDatabase();
const dcUser = await makeStaff(t.db, ["clinician"], { discipline: "DC" });
const dc = staffCaller(dcUser, ["clinician"]);

async function visitWithLines() {
  const { patient } = await makePatient(t.db, false);
  const ep = await runAction(t.db, dc, openEpisode.definition, { patientId: patient.id, title: "R piriformis" });
  if (!ep.ok) throw new Error(ep.error);
  const v = await runAction(t.db, dc, startVisit.definition, { patientId: patient.id, episodeId: ep.data.episodeId, visitType: "TREATMENT" });
  if (!v.ok) throw new Error(v.error);
  await runAction(t.db, dc, saveExam.definition, { visitId: v.data.visitId, findings: [{ code: "T-FAIR", side: "R", value: "POS", familiarPain: true }] });
  const lines = applyProtocol(findProtocol("P1")!, { side: "R", discipline: "DC" });
  await t.db.insert(treatmentLines).values(lines.map((l, i) => ({
    visitId: v.data.visitId, patientId: patient.id, position: i + 1, componentCode: l.componentCode, side: l.side ?? null,
    params: l.params as Record<string, unknown>, minutes: l.minutes ?? null, createdBy: dcUser.id, createdAt: new Date(),
  })));
  return { patientId: patient.id, visitId: v.data.visitId, lineCount: lines.length };
}

describe("diagnoses and billing", () => {
  it("saves ranked diagnoses, refusing header codes and a side that contradicts the documented one", async () => {
    const { visitId } = await visitWithLines();
    const header = await runAction(t.db, dc, setDiagnoses.definition, { visitId, codes: ["M54.5"] });
    expect(header).toMatchObject({ ok: false, fieldErrors: { codes: [expect.any(String)] } });
    const wrongSide = await runAction(t.db, dc, setDiagnoses.definition, { visitId, codes: ["M25.552"] }); // left hip pain; only the right side was documented
    expect(wrongSide.ok).toBe(false);
    const ok = await runAction(t.db, dc, setDiagnoses.definition, { visitId, codes: ["g57.01", "M99.04"] });
    expect(ok).toMatchObject({ ok: true, data: { codes: ["G57.01", "M99.04"] } });
    const rows = await t.db.select().from(visitDiagnoses).where(eq(visitDiagnoses.visitId, visitId)).orderBy(visitDiagnoses.rank);
    expect(rows.map((r) => [r.rank, r.icdCode])).toEqual([[1, "G57.01"], [2, "M99.04"]]);
  });

  it("derives billing lines from the treatment lines, lets units be changed, then locks with the signed note", async () => {
    const { visitId } = await visitWithLines();
    await runAction(t.db, dc, setDiagnoses.definition, { visitId, codes: ["G57.01", "M99.04"] });
    const r = await runAction(t.db, dc, deriveBilling.definition, { visitId, payer: "medicare", planActive: true });
    expect(r.ok).toBe(true);
    const lines = await t.db.select().from(billingLines).where(eq(billingLines.visitId, visitId)).orderBy(billingLines.position);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((l) => l.units >= 0 && l.units <= 24)).toBe(true);
    expect(lines.some((l) => /^9894[0-3]$/.test(l.code))).toBe(true); // the SI manipulation bills as CMT
    const bad = await runAction(t.db, dc, updateBillingLine.definition, { lineId: lines[0].id, units: 99, modifiers: [] });
    expect(bad).toMatchObject({ ok: false, fieldErrors: { units: [expect.any(String)] } });
    expect((await runAction(t.db, dc, updateBillingLine.definition, { lineId: lines[0].id, units: 1, modifiers: ["GP"] })).ok).toBe(true);

    // the protocol's SI manipulation needs the patient's informed consent before the note can be signed
    const consent = await runAction(t.db, dc, recordProcedureConsent.definition, { visitId, kind: "HVLA", consentType: "VERBAL" });
    expect(consent.ok).toBe(true);
    const note = await runAction(t.db, dc, startNote.definition, { visitId, noteType: "DAILY" });
    if (!note.ok) throw new Error(note.error);
    await runAction(t.db, dc, saveNoteDraft.definition, { noteId: note.data.noteId, version: 1, subjective: "", nprsNow: 2, changeSinceLast: "BETTER", changePercent: null, hepAdherence: "FULL", objective: "FAIR +", assessment: "Improving", plan: "Continue" });
    expect((await runAction(t.db, dc, signNote.definition, { noteId: note.data.noteId, version: 2 })).ok).toBe(true);
    expect(await runAction(t.db, dc, setDiagnoses.definition, { visitId, codes: ["G57.01"] })).toMatchObject({ ok: false, code: "invalid" });
    await expect(t.appSql`update billing_lines set units = 5 where visit_id = ${visitId}`).rejects.toThrow(/signed/);
    await expect(t.appSql`delete from visit_diagnoses where visit_id = ${visitId}`).rejects.toThrow(/signed/);
    await expect(t.appSql`update treatment_lines set minutes = 30 where visit_id = ${visitId}`).rejects.toThrow(/signed/);
  });
});
