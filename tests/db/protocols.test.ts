import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { notes, protocols, treatmentLines, visitDiagnoses } from "@/db/schema";
import { runAction } from "@/lib/actions/core";
import { setDiagnoses } from "@/lib/actions/coding";
import { openEpisode } from "@/lib/actions/episodes";
import { saveNoteDraft, signNote, startNote } from "@/lib/actions/notes";
import { retireProtocol, saveProtocol } from "@/lib/actions/protocols";
import { addTreatmentLine, applyProtocol, copyLastVisitTreatment, recordProcedureConsent } from "@/lib/actions/treatment";
import { startVisit } from "@/lib/actions/visits";
import { makePatient, makeStaff, staffCaller } from "./factories";
import { createTestDatabase } from "./support";

const t = await createTestDatabase();
const dc = staffCaller(await makeStaff(t.db, ["clinician"], { discipline: "DC" }), ["clinician"]);
const admin = staffCaller(await makeStaff(t.db, ["admin"]), ["admin"]);
const desk = staffCaller(await makeStaff(t.db, ["front_desk"]), ["front_desk"]);

async function must<T>(p: Promise<{ ok: true; data: T } | { ok: false; error: string }>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(r.error);
  return r.data;
}

const stretch = { componentCode: "AIS", side: "AFFECTED", minutes: 3, params: { muscle: "PIRIFORMIS", reps: 10, sets: 1, hold_s: 2, assist: "NONE", breathing_cue: true } };
const kneading = { componentCode: "KNEADING", side: "AFFECTED", minutes: 6, params: { region: "BUTTOCK_UPPER", pressure: "MODERATE" } };
const heat = { componentCode: "MOIST_HEAT", side: "AFFECTED", minutes: 15, params: { region: "SIJ", towel_layers: 6 } };

async function visitFor(existing?: { patientId: string; episodeId: string }) {
  const ids = existing ?? await (async () => {
    const { patient } = await makePatient(t.db, false);
    const ep = await must(runAction(t.db, dc, openEpisode.definition, { patientId: patient.id, title: "L piriformis" }));
    return { patientId: patient.id, episodeId: ep.episodeId };
  })();
  const v = await must(runAction(t.db, dc, startVisit.definition, { patientId: ids.patientId, episodeId: ids.episodeId, visitType: "TREATMENT" }));
  return { ...ids, visitId: v.visitId };
}

describe("clinic protocols", () => {
  it("a clinician creates one; a revision is a new version and the old one is retired but unchanged; visits keep the version they used", async () => {
    const v1 = await must(runAction(t.db, dc, saveProtocol.definition, { name: "Runner glute reset", description: "Our piriformis day", steps: [{ choices: [kneading] }, { when: "if tight", choices: [stretch] }] }));
    expect(v1).toMatchObject({ code: "C-RUNNER-GLUTE-RES", version: 1 });
    const visit = await visitFor();
    expect(await must(runAction(t.db, dc, applyProtocol.definition, { visitId: visit.visitId, protocolId: v1.protocolId, side: "L" }))).toMatchObject({ added: 2 });
    const applied = await t.db.select().from(treatmentLines).where(eq(treatmentLines.visitId, visit.visitId)).orderBy(treatmentLines.position);
    expect(applied.map((l) => [l.componentCode, l.side, l.protocolId])).toEqual([["KNEADING", "L", v1.protocolId], ["AIS", "L", v1.protocolId]]);

    const v2 = await must(runAction(t.db, admin, saveProtocol.definition, { protocolId: v1.protocolId, name: "Runner glute reset", description: "With heat", steps: [{ choices: [heat] }, { choices: [kneading] }] }));
    expect(v2).toMatchObject({ code: v1.code, version: 2 });
    const rows = await t.db.select().from(protocols).where(eq(protocols.code, v1.code)).orderBy(protocols.version);
    expect(rows.map((r) => [r.version, r.status, (r.lines as unknown[]).length])).toEqual([[1, "retired", 2], [2, "active", 2]]);
    // the visit still points at version 1, whose steps are unchanged
    expect((await t.db.select().from(treatmentLines).where(eq(treatmentLines.visitId, visit.visitId))).every((l) => l.protocolId === v1.protocolId)).toBe(true);

    // revising an old version, or a reference protocol, is refused
    expect(await runAction(t.db, dc, saveProtocol.definition, { protocolId: v1.protocolId, name: "x", description: "", steps: [{ choices: [heat] }] })).toMatchObject({ ok: false, code: "conflict" });
    const [p1] = await t.db.select().from(protocols).where(eq(protocols.code, "P1"));
    expect(await runAction(t.db, dc, saveProtocol.definition, { protocolId: p1.id, name: "mine", description: "", steps: [{ choices: [heat] }] })).toMatchObject({ ok: false, error: expect.stringMatching(/clinic copy/) });
    // a retired version cannot be applied
    expect(await runAction(t.db, dc, applyProtocol.definition, { visitId: visit.visitId, protocolId: v1.protocolId, side: "L" })).toMatchObject({ ok: false, code: "not_found" });
  });

  it("validates every line with the treatment-line rules and refuses an empty protocol", async () => {
    const r = await runAction(t.db, dc, saveProtocol.definition, { name: "Bad", description: "", steps: [{ choices: [{ ...kneading, minutes: 30 }] }] });
    expect(r).toMatchObject({ ok: false, code: "validation", fieldErrors: { "steps.0.choices.0.minutes": ["Kneading (petrissage): minutes must be from 1 to 20"] } });
    expect(await runAction(t.db, dc, saveProtocol.definition, { name: "Empty", description: "", steps: [] })).toMatchObject({ ok: false, fieldErrors: { steps: ["Add at least one step"] } });
    // and PostgreSQL refuses it too, and a second active version of the same protocol
    await expect(t.appSql`insert into protocols (code, version, name, source, lines, created_at) values ('C-RAW', 1, 'raw', 'clinic', '[]', now())`).rejects.toThrow(/protocols_has_steps/);
    await expect(t.appSql`insert into protocols (code, version, name, source, lines, created_at) values ('P1', 2, 'raw', 'clinic', '[{"choices":[]}]', now())`).rejects.toThrow(/protocols_one_active_version/);
  });

  it("retiring takes it out of use; the front desk cannot manage protocols", async () => {
    const { protocolId } = await must(runAction(t.db, dc, saveProtocol.definition, { name: "Short heat", description: "", steps: [{ choices: [heat] }] }));
    expect(await runAction(t.db, desk, saveProtocol.definition, { name: "Desk", description: "", steps: [{ choices: [heat] }] })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await runAction(t.db, desk, retireProtocol.definition, { protocolId })).toMatchObject({ ok: false, code: "forbidden" });
    await must(runAction(t.db, dc, retireProtocol.definition, { protocolId }));
    const [row] = await t.db.select().from(protocols).where(eq(protocols.id, protocolId));
    expect(row.status).toBe("retired");
    const [p1] = await t.db.select().from(protocols).where(eq(protocols.code, "P1"));
    expect(await runAction(t.db, dc, retireProtocol.definition, { protocolId: p1.id })).toMatchObject({ ok: false, error: expect.stringMatching(/Reference/) });
  });

  it("applying can pick an alternative and leave steps out", async () => {
    const [p3] = await t.db.select().from(protocols).where(eq(protocols.code, "P3"));
    const { visitId } = await visitFor();
    // P3: step 1 alternatives HVLA / drop / mobilisation; step 3 ice or heat
    const r = await must(runAction(t.db, dc, applyProtocol.definition, { visitId, protocolId: p3.id, side: "R", pick: { "0": 2, "2": 1 }, skip: [3] }));
    expect(r.added).toBe(4);
    const lines = await t.db.select().from(treatmentLines).where(eq(treatmentLines.visitId, visitId)).orderBy(treatmentLines.position);
    expect(lines.map((l) => l.componentCode)).toEqual(["JOINT_MOBILISATION", "KNEADING", "MOIST_HEAT", "NEUROMUSCULAR_REEDUCATION"]);
    const second = await visitFor();
    expect(await runAction(t.db, dc, applyProtocol.definition, { visitId: second.visitId, protocolId: p3.id, side: "R", skip: [0, 1, 2, 3, 4] })).toMatchObject({ ok: false, code: "validation" });
  });
});

describe("same as last visit", () => {
  it("copies the lines with their patient position, the diagnoses and the plan into today's draft, without overwriting today's plan", async () => {
    const first = await visitFor();
    await must(runAction(t.db, dc, addTreatmentLine.definition, { visitId: first.visitId, line: { ...kneading, side: "L", position: "PRONE", response: "TOLERATED_WELL", preNprs: 5, postNprs: 3 } }));
    await must(runAction(t.db, dc, setDiagnoses.definition, { visitId: first.visitId, codes: ["G57.02"] }));
    const { noteId } = await must(runAction(t.db, dc, startNote.definition, { visitId: first.visitId, noteType: "DAILY" }));
    await must(runAction(t.db, dc, saveNoteDraft.definition, { noteId, version: 1, subjective: "Sore", nprsNow: 5, changeSinceLast: "SAME", changePercent: null, hepAdherence: "PARTIAL", objective: "L piriformis tender", assessment: "L piriformis syndrome", plan: "2x/week, progress stretches" }));
    await must(runAction(t.db, dc, signNote.definition, { noteId, version: 2 }));

    const second = await visitFor(first);
    const copied = await must(runAction(t.db, dc, copyLastVisitTreatment.definition, { visitId: second.visitId }));
    expect(copied).toMatchObject({ added: 1, diagnoses: 1, planCopied: true });
    const [line] = await t.db.select().from(treatmentLines).where(eq(treatmentLines.visitId, second.visitId));
    // the set-up carries over; today's response and pain scores are today's to record
    expect(line).toMatchObject({ patientPosition: "PRONE", response: null, preNprs: null, postNprs: null });
    expect((await t.db.select().from(visitDiagnoses).where(eq(visitDiagnoses.visitId, second.visitId))).map((d) => d.icdCode)).toEqual(["G57.02"]);
    const [draft] = await t.db.select().from(notes).where(eq(notes.visitId, second.visitId));
    expect(draft).toMatchObject({ status: "draft", plan: "2x/week, progress stretches", noteType: "DAILY" });

    // a third visit whose draft already has a plan keeps it
    const third = await visitFor(first);
    const started = await must(runAction(t.db, dc, startNote.definition, { visitId: third.visitId, noteType: "DAILY" }));
    await must(runAction(t.db, dc, saveNoteDraft.definition, { noteId: started.noteId, version: 1, subjective: "", nprsNow: null, changeSinceLast: null, changePercent: null, hepAdherence: null, objective: "", assessment: "", plan: "Today's own plan" }));
    expect(await must(runAction(t.db, dc, copyLastVisitTreatment.definition, { visitId: third.visitId }))).toMatchObject({ planCopied: false });
    const [kept] = await t.db.select().from(notes).where(and(eq(notes.visitId, third.visitId)));
    expect(kept.plan).toBe("Today's own plan");
    await must(runAction(t.db, dc, recordProcedureConsent.definition, { visitId: third.visitId, kind: "HVLA", consentType: "VERBAL" }));
  });
});
