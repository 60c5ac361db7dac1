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
  const ids: RecordIds = { patientId, episodeId, visitId, noteId, intakeId, responseId, programId, versionId, documentId };
  if (item) ids.itemId = item.id;
  return ids;
}

/** Clinic-wide ids (not any patient's): a consent text, a protocol, an exercise, a staff member. */
export async function clinicIds(db: Db): Promise<RecordIds> {
  const [consent] = await db.select({ id: consentTexts.id }).from(consentTexts).limit(1);
  const [protocol] = await db.execute<{ id: string }>(sql`select id from protocols limit 1`);
  const [exercise] = await db.execute<{ id: string }>(sql`select id from exercises limit 1`);
  const [template] = await db.select({ id: hepTemplates.id }).from(hepTemplates).limit(1);
  const ids: RecordIds = {};
  if (consent) ids.consentTextId = consent.id;
  if (protocol) ids.protocolId = protocol.id;
  if (exercise) ids.exerciseId = exercise.id;
  if (template) ids.templateId = template.id;
  return ids;
}
