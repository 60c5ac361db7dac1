import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { consentTexts, hepProgramItems, hepTemplates } from "@/db/schema";
import { runAction, type ActionDefinition, type ActionResult } from "@/lib/actions/core";
import { uploadDocument } from "@/lib/actions/document-upload";
import { openEpisode } from "@/lib/actions/episodes";
import { assignProgram, startProgram } from "@/lib/actions/hep";
import { requestIntake } from "@/lib/actions/intake";
import { startNote } from "@/lib/actions/notes";
import { assignOutcome } from "@/lib/actions/outcomes";
import { startVisit } from "@/lib/actions/visits";
import type { Caller } from "@/lib/auth/caller";

/** The ids of one patient's records, by the name the action inputs and URLs use for them. */
export type RecordIds = Record<string, string>;

async function must<O>(p: Promise<ActionResult<O>>, what: string): Promise<O> {
  const r = await p;
  if (!r.ok) throw new Error(`fixture ${what}: ${r.code} ${r.error} ${JSON.stringify(r.fieldErrors ?? {})}`);
  return r.data;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const run = <O>(db: Db, caller: Caller, def: ActionDefinition<any, O>, input: unknown, what: string) => must(runAction(db, caller, def, input), what);

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

/**
 * A chart with one of each record the app's URLs and actions name: an episode, a visit with a
 * draft note, an intake and a questionnaire waiting in the portal, an assigned exercise program
 * and a document. Made through the actions themselves (as a clinician), so every row is real.
 */
export async function buildChart(db: Db, clinician: Caller, patientId: string): Promise<RecordIds> {
  const { episodeId } = await run(db, clinician, openEpisode.definition, { patientId, title: "Trust probe: R buttock pain" }, "episode");
  const { visitId } = await run(db, clinician, startVisit.definition, { patientId, episodeId, visitType: "TREATMENT" }, "visit");
  const { noteId } = await run(db, clinician, startNote.definition, { visitId, noteType: "DAILY" }, "note");
  const { intakeId } = await run(db, clinician, requestIntake.definition, { patientId }, "intake");
  const { responseId } = await run(db, clinician, assignOutcome.definition, { patientId, episodeId, version: "NPRS_NOW" }, "outcome");
  const [template] = await db.select({ id: hepTemplates.id }).from(hepTemplates).where(eq(hepTemplates.code, "HEP-P1"));
  const { programId, versionId } = await run(db, clinician, startProgram.definition, { patientId, episodeId, templateId: template?.id ?? "", title: "Trust probe program" }, "program");
  await run(db, clinician, assignProgram.definition, { versionId }, "assign program");
  const [item] = await db.select({ id: hepProgramItems.id }).from(hepProgramItems).where(eq(hepProgramItems.versionId, versionId)).limit(1);
  const { documentId } = await run(db, clinician, uploadDocument, { patientId, kind: "referral", title: "Trust probe referral", file: { name: "referral.pdf", type: "application/pdf", bytes: PDF } }, "document");
  const appointmentId = await bookFarAhead(db, clinician.userId, patientId, episodeId);
  const ids: RecordIds = { patientId, episodeId, visitId, noteId, intakeId, responseId, programId, versionId, documentId, appointmentId };
  if (item) ids.itemId = item.id;
  // FHIR URLs name the patient [id] (Patient/{id}/$everything)
  ids.id = patientId;
  return ids;
}

/**
 * An appointment years ahead at a random quarter hour (no clash with the demo calendar), written
 * directly: booking through the action needs the clinician's availability, which is not the point here.
 */
async function bookFarAhead(db: Db, clinicianId: string, patientId: string, episodeId: string): Promise<string> {
  const start = new Date(Date.UTC(2031 + Math.floor(Math.random() * 20), 0, 1) + Math.floor(Math.random() * 300 * 96) * 15 * 60_000);
  const [row] = await db.execute<{ id: string }>(sql`
    insert into appointments (patient_id, clinician_id, appointment_type_id, location_id, episode_id, starts_at, ends_at, created_by, created_at, updated_at)
    select ${patientId}, ${clinicianId}, t.id, l.id, ${episodeId}, ${start.toISOString()}::timestamptz, ${start.toISOString()}::timestamptz + interval '30 minutes', ${clinicianId}, now(), now()
    from appointment_types t, locations l order by t.id, l.id limit 1
    returning id`);
  if (!row) throw new Error("fixture appointment: no appointment type or location in the reference data");
  return row.id;
}

/** Clinic-wide ids (not any patient's): a consent text, a protocol, an exercise, a staff member. */
export async function clinicIds(db: Db): Promise<RecordIds> {
  const [consent] = await db.select({ id: consentTexts.id }).from(consentTexts).limit(1);
  const [protocol] = await db.execute<{ id: string }>(sql`select id from protocols limit 1`);
  const [exercise] = await db.execute<{ id: string }>(sql`select id from exercises limit 1`);
  const [template] = await db.select({ id: hepTemplates.id }).from(hepTemplates).limit(1);
  const [sched] = await db.execute<{ room: string | null; type: string | null; location: string | null; clinician: string | null }>(sql`
    select (select id from rooms limit 1) as room, (select id from appointment_types limit 1) as type,
      (select id from locations limit 1) as location, (select user_id from user_roles where role = 'clinician' limit 1) as clinician`);
  const ids: RecordIds = {};
  for (const [key, value] of [["roomId", sched?.room], ["appointmentTypeId", sched?.type], ["locationId", sched?.location], ["clinicianId", sched?.clinician]] as const) {
    if (value) ids[key] = value;
  }
  if (consent) ids.consentTextId = consent.id;
  if (protocol) ids.protocolId = protocol.id;
  if (exercise) ids.exerciseId = exercise.id;
  if (template) ids.templateId = template.id;
  return ids;
}
