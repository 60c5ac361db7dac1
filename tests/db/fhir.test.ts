import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Bundle } from "@medplum/fhirtypes";
import { auditEvents, examFindings, notes, visits } from "@/db/schema";
import { runAction } from "@/lib/actions/core";
import { setDiagnoses } from "@/lib/actions/coding";
import { openEpisode } from "@/lib/actions/episodes";
import { importPatientBundle } from "@/lib/actions/fhir-import";
import { saveNoteDraft, signNote, startNote } from "@/lib/actions/notes";
import { addTreatmentLine } from "@/lib/actions/treatment";
import { startVisit } from "@/lib/actions/visits";
import { patientEverything } from "@/lib/data/fhir-access";
import { loadPatientRecords } from "@/lib/data/fhir-export";
import { recordToBundle } from "@/lib/domain/fhir/bundle";
import { fid, richRecord } from "../support/fhir-fixture";
import { fhirValidator, schemaErrors } from "../support/fhir-schema";
import { makePatient, makeStaff, patientCaller, staffCaller } from "./factories";
import { createTestDatabase } from "./support";

const a = await createTestDatabase();
const b = await createTestDatabase();
const adminA = staffCaller(await makeStaff(a.db, ["admin"]), ["admin"]);
const adminB = staffCaller(await makeStaff(b.db, ["admin"]), ["admin"]);
const clinician = staffCaller(await makeStaff(a.db, ["clinician"], { discipline: "PT" }), ["clinician"]);
const desk = staffCaller(await makeStaff(a.db, ["front_desk"]), ["front_desk"]);
const at = new Date("2026-03-20T10:00:00Z");
const meta = { ip: null, now: at };

async function importInto(db: typeof a.db, admin: typeof adminA, bundle: Bundle) {
  const r = await runAction(db, admin, importPatientBundle, { bundle });
  if (!r.ok) throw new Error(`${r.error} ${JSON.stringify(r.fieldErrors ?? {})}`);
  return r.data;
}

async function exportOf(db: typeof a.db, patientId: string) {
  const [record] = await loadPatientRecords(db, [patientId], { portal: false });
  return recordToBundle(record, at.toISOString());
}

/** A bundle with its ids (and the MRN) replaced by their order of first appearance, to compare two systems' exports. */
function normalise(bundle: Bundle): unknown {
  const text = JSON.stringify({ ...bundle, timestamp: undefined }).replace(/"value":"KC-\d+"/g, '"value":"MRN"');
  const seen = new Map<string, string>();
  return JSON.parse(text.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, (id) => {
    if (!seen.has(id)) seen.set(id, `id-${seen.size}`);
    return seen.get(id)!;
  }));
}

// Patient P comes in through the import itself; then a draft is added to P's second visit, and another patient Q is charted.
const fixture = recordToBundle(richRecord(), at.toISOString());
const { patientId: P } = await importInto(a.db, adminA, fixture);
const [v2] = await a.db.select({ id: visits.id }).from(visits).where(sql`${visits.patientId} = ${P} and ${visits.visitType} = 'TREATMENT'`);
await a.owner.insert(notes).values({
  visitId: v2.id, patientId: P, noteType: "DAILY", status: "draft", subjective: "DRAFT-ONLY unsigned musings", authorId: clinician.userId,
  createdAt: at, updatedAt: at, updatedBy: clinician.userId,
});
const other = await makePatient(a.db);
const Q = other.patient.id;
await importInto(a.db, adminA, recordToBundle({ ...richRecord(), patient: { ...richRecord().patient, id: fid(500), legalLastName: "Otherperson" } }, at.toISOString()))
  .then(() => undefined);

async function must<T>(p: Promise<{ ok: true; data: T } | { ok: false; error: string }>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(r.error);
  return r.data;
}

// Patient R is charted the way the app does it: episode, visit, treatment, diagnosis, a signed note.
const dc = staffCaller(await makeStaff(a.db, ["clinician"], { discipline: "DC" }), ["clinician"]);
const R = (await makePatient(a.db, false)).patient.id;
const { episodeId } = await must(runAction(a.db, dc, openEpisode.definition, { patientId: R, title: "L piriformis" }));
const { visitId } = await must(runAction(a.db, dc, startVisit.definition, { patientId: R, episodeId, visitType: "TREATMENT" }));
await must(runAction(a.db, dc, addTreatmentLine.definition, { visitId, line: { componentCode: "KNEADING", side: "L", minutes: 5, params: { region: "BUTTOCK_UPPER", pressure: "MODERATE" } } }));
await must(runAction(a.db, dc, setDiagnoses.definition, { visitId, codes: ["G57.02"] }));
const { noteId } = await must(runAction(a.db, dc, startNote.definition, { visitId, noteType: "DAILY" }));
await must(runAction(a.db, dc, saveNoteDraft.definition, { noteId, version: 1, subjective: "Better", nprsNow: 2, changeSinceLast: "BETTER", changePercent: 20, hepAdherence: "FULL", objective: "Less tender", assessment: "Improving", plan: "Continue" }));
await must(runAction(a.db, dc, signNote.definition, { noteId, version: 2 }));

describe("FHIR export of a patient record", () => {
  beforeAll(() => { fhirValidator(); }, 60_000);
  it("validates against the FHIR R4 schema and holds the whole record", async () => {
    const bundle = await exportOf(a.db, P);
    expect(schemaErrors(bundle)).toEqual([]);
    const types = (bundle.entry ?? []).map((e) => e.resource!.resourceType);
    for (const t of ["Patient", "Practitioner", "EpisodeOfCare", "Encounter", "Observation", "Condition", "Procedure", "ChargeItem", "QuestionnaireResponse",
      "DocumentReference", "Provenance", "CarePlan", "Goal", "Appointment", "Consent", "Location", "Flag"]) expect(types).toContain(t);
    expect(JSON.stringify(bundle)).toContain("Salbutamol as needed");
  });

  it("loads many patients in the same fixed number of queries as one", async () => {
    let queries = 0;
    const counting = new Proxy(a.db, { get: (target, prop) => (prop === "execute" ? (...args: unknown[]) => { queries++; return (target.execute as (...x: unknown[]) => unknown)(...args); } : Reflect.get(target, prop)) });
    await loadPatientRecords(counting, [P], { portal: false });
    const one = queries;
    queries = 0;
    const all = (await a.db.execute<{ id: string }>(sql`select id from patients`)).map((r) => r.id);
    const records = await loadPatientRecords(counting, all, { portal: false });
    expect(records.length).toBe(all.length);
    expect(queries).toBe(one);
    expect(one).toBeLessThanOrEqual(20);
  });

  it("round trip: export → import into an empty database → export again gives an equivalent bundle", async () => {
    const first = await exportOf(a.db, P);
    const { patientId, skipped } = await importInto(b.db, adminB, first);
    expect(skipped).toEqual([]);
    const second = await exportOf(b.db, patientId);
    expect(patientId).not.toBe(P);
    expect(normalise(second)).toEqual(normalise(first));
    // signed notes stay signed (and locked) after the import
    const locked = await b.db.update(examFindings).set({ comment: "changed" }).where(eq(examFindings.patientId, patientId)).catch((e: Error) => e);
    expect(locked).toBeInstanceOf(Error);
    const [audit] = await b.db.select().from(auditEvents).where(sql`${auditEvents.action} = 'fhir.import' and ${auditEvents.patientId} = ${patientId}`);
    expect(audit).toMatchObject({ outcome: "ok", actorUserId: adminB.userId });
  });

  it("a record charted through the app survives the round trip too, signature and all", async () => {
    const first = await exportOf(a.db, R);
    expect(schemaErrors(first)).toEqual([]);
    const prov = first.entry!.find((e) => e.resource?.resourceType === "Provenance")!.resource as { agent: { who: { reference: string } }[] };
    const signer = first.entry!.find((e) => e.fullUrl === prov.agent[0].who.reference)!.resource as { name: { text: string }[] };
    expect(signer.name[0].text).toBe(dc.displayName);
    const { patientId } = await importInto(b.db, adminB, first);
    expect(normalise(await exportOf(b.db, patientId))).toEqual(normalise(first));
    const [note] = await b.db.select().from(notes).where(eq(notes.patientId, patientId));
    expect(note).toMatchObject({ status: "signed", assessment: "Improving" });
  });

  it("an import that breaks the rules leaves nothing behind", async () => {
    const bad = recordToBundle({ ...richRecord(), patient: { ...richRecord().patient, id: fid(900), legalLastName: "Halfway", dateOfBirth: "1800-01-01" } }, at.toISOString());
    const r = await runAction(b.db, adminB, importPatientBundle, { bundle: bad });
    expect(r.ok).toBe(false);
    const rows = await b.db.execute(sql`select 1 from patients where legal_last_name = 'Halfway'`);
    expect(rows.length).toBe(0);
    const notBundle = await runAction(b.db, adminB, importPatientBundle, { bundle: { resourceType: "Patient" } });
    expect(notBundle).toMatchObject({ ok: false, code: "validation" });
    // a value the tables refuse is the file's fault: a message, not a crash
    const odd = recordToBundle({ ...richRecord(), patient: { ...richRecord().patient, id: fid(901), legalLastName: "Oddvisit" } }, at.toISOString());
    (odd.entry!.find((e) => e.resource?.resourceType === "Encounter")!.resource as { type: { coding: { code: string }[] }[] }).type[0].coding[0].code = "SPA_DAY";
    expect(await runAction(b.db, adminB, importPatientBundle, { bundle: odd })).toMatchObject({ ok: false, code: "validation", fieldErrors: { file: [expect.stringMatching(/cannot store/)] } });
  });

  it("importing a patient who is already here needs a second, deliberate yes", async () => {
    const again = await runAction(a.db, adminA, importPatientBundle, { bundle: fixture });
    expect(again).toMatchObject({ ok: false, code: "duplicate", fieldErrors: { allowDuplicate: [expect.stringMatching(/already here \(KC-\d+\)/)] } });
    const anyway = await runAction(a.db, adminA, importPatientBundle, { bundle: fixture, allowDuplicate: true });
    expect(anyway.ok).toBe(true);
  });
});

describe("who may export what", () => {
  it("a clinician gets the record, audited; the front desk is refused and audited", async () => {
    const ok = await patientEverything(a.db, clinician, P, meta);
    expect(ok.status).toBe(200);
    const refused = await patientEverything(a.db, desk, P, meta);
    expect(refused).toMatchObject({ status: 403 });
    const audits = await a.db.select().from(auditEvents).where(sql`${auditEvents.patientId} = ${P} and ${auditEvents.action} = 'fhir.export.patient'`);
    expect(audits.map((x) => [x.actorUserId, x.outcome])).toEqual(expect.arrayContaining([[clinician.userId, "ok"], [desk.userId, "denied"]]));
  });

  it("an admin without clinical access cannot download one chart; import is admin only", async () => {
    expect(await patientEverything(a.db, adminA, P, meta)).toMatchObject({ status: 403 });
    expect(await runAction(a.db, clinician, importPatientBundle, { bundle: fixture })).toMatchObject({ ok: false, code: "forbidden" });
  });

  it("a patient's portal export has their signed record, no drafts and nothing of another patient", async () => {
    const me = patientCaller(other.user!, [Q]);
    expect(await patientEverything(a.db, me, P, meta)).toMatchObject({ status: 404 });
    const link = await a.owner.execute<{ id: string }>(sql`insert into users (kind, email, display_name) values ('patient', 'p-fhir@test.example', 'P') returning id`);
    await a.owner.execute(sql`insert into portal_links (user_id, patient_id, relationship) values (${link[0].id}, ${P}, 'self')`);
    const mine = await patientEverything(a.db, patientCaller({ id: link[0].id, displayName: "P" }, [P]), P, meta);
    if (mine.status !== 200) throw new Error("expected the record");
    const text = JSON.stringify(mine.bundle);
    expect(schemaErrors(mine.bundle)).toEqual([]);
    expect(text).not.toContain("DRAFT-ONLY");
    expect(text).not.toContain(Buffer.from("DRAFT-ONLY").toString("base64").slice(0, 8));
    expect(text).not.toContain("Otherperson");
    expect(text).not.toContain(Q);
    const resources = mine.bundle.entry!.map((e) => e.resource!);
    // the unsigned visit's finding is a draft: not in the portal export; the signed visit's findings are
    expect(resources.filter((r) => r.resourceType === "Observation" && r.category?.[0]?.coding?.[0]?.code === "exam").length).toBe(3);
    expect(resources.some((r) => r.resourceType === "Observation" && (r as { status: string }).status === "preliminary")).toBe(false);
    // the assigned, unanswered questionnaire is not part of it either
    expect(resources.filter((r) => r.resourceType === "QuestionnaireResponse").every((r) => (r as { status: string }).status === "completed")).toBe(true);
    expect(text).not.toMatch(/audit|scope_overrides|password|licence/i);
    const staffView = JSON.stringify(await exportOf(a.db, P));
    expect(staffView).not.toContain("DRAFT-ONLY");
    expect(staffView).toContain("preliminary");
  });
});
