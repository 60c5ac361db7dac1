import type {
  Appointment, Bundle, CarePlan, ChargeItem, Condition, Consent, DocumentReference, Encounter, EpisodeOfCare, Flag, Goal, Location, Observation,
  Patient, Practitioner, Procedure, Provenance, QuestionnaireResponse, Resource,
} from "@medplum/fhirtypes";
import {
  BundleError, LOCAL, SYSTEM, codeIn, fromBase64, questionnaireUrl, readBool, readCode, readDateTime, readInt, readJson, readString,
} from "./codes";
import { ENCOUNTER_STATUS } from "./map-clinical";
import { NOTE_JSON } from "./map-documents";
import { idOfRef, parseLocation, parsePatient, parsePractitioner } from "./map-people";
import { itemsToAnswers } from "./map-questionnaires";
import { parseCare } from "./parse-care";
import { parseCarePlans } from "./map-care-plan";
import { parseHistory, parseRedFlags } from "./map-screening";

export { BundleError };
import type {
  AddendumRow, BillingLineRow, DiagnosisRow, EpisodeRow, FindingRow, IntakeRow, NoteContentRow, NoteRow, OutcomeRow, PatientRecord,
  SignatureRow, TreatmentLineRow, VisitRow,
} from "./record";

const reverse = <K extends string, V extends string>(m: Record<K, V | undefined>) => Object.fromEntries(Object.entries(m).map(([k, v]) => [v, k])) as Record<string, K>;
const VISIT_STATUS = reverse(ENCOUNTER_STATUS);
const need = <T>(v: T | null | undefined, what: string): T => {
  if (v === null || v === undefined || v === "") throw new BundleError(`The bundle is missing ${what}.`);
  return v;
};

/** Read a bundle of the shape recordToBundle writes back into a record (ids are the bundle's). */
export function bundleToRecord(bundle: Bundle): PatientRecord {
  if (bundle?.resourceType !== "Bundle" || !Array.isArray(bundle.entry)) throw new BundleError("That file is not a FHIR Bundle.");
  const all = bundle.entry.map((e) => e.resource).filter((r): r is Resource => Boolean(r?.resourceType));
  const of = <T extends Resource>(type: T["resourceType"]) => all.filter((r): r is T => r.resourceType === type);
  const patients = of<Patient>("Patient");
  if (patients.length !== 1) throw new BundleError("The bundle must hold exactly one Patient.");
  const patient = parsePatient(patients[0]);
  need(patient.id, "the patient's id");
  need(patient.legalLastName, "the patient's family name");
  need(patient.dateOfBirth, "the patient's date of birth");

  const episodes = of<EpisodeOfCare>("EpisodeOfCare").map((e): EpisodeRow => ({
    id: need(e.id, "an episode id"), title: e.type?.[0]?.text ?? "Episode", status: e.status === "active" ? "open" : "closed",
    openedOn: need(e.period?.start, "an episode start").slice(0, 10), closedOn: e.period?.end?.slice(0, 10) ?? null, closeReason: readString(e, "close-reason"),
  }));

  const notesDocs = of<DocumentReference>("DocumentReference").filter((d) => codeIn(d.type, LOCAL.noteType));
  const signedVisits = new Set(notesDocs.map((d) => idOfRef(d.context?.encounter?.[0])).filter(Boolean));
  const encounters = of<Encounter>("Encounter");
  const rankOf = new Map(encounters.flatMap((e) => (e.diagnosis ?? []).map((d) => [idOfRef(d.condition), d.rank ?? 1] as const)));
  const visits = encounters.map((e): VisitRow => ({
    id: need(e.id, "an encounter id"), episodeId: need(idOfRef(e.episodeOfCare?.[0]), "an encounter's episode"),
    clinicianId: need(idOfRef(e.participant?.[0]?.individual), "an encounter's clinician"), visitType: codeIn(e.type?.[0], LOCAL.visitType) ?? "TREATMENT",
    startsAt: need(e.period?.start, "an encounter start"), status: (VISIT_STATUS[e.status] ?? "completed") as VisitRow["status"],
    appointmentId: idOfRef(e.appointment?.[0]), cancelReason: readString(e, "cancel-reason"), signed: signedVisits.has(e.id!),
  }));

  const diagnoses = of<Condition>("Condition").map((c): DiagnosisRow => ({
    id: need(c.id, "a condition id"), visitId: need(idOfRef(c.encounter), "a condition's encounter"), rank: rankOf.get(c.id!) ?? 1,
    icdCode: need(codeIn(c.code, SYSTEM.icd10cm), "an ICD-10-CM code"), createdBy: need(idOfRef(c.recorder), "a condition's recorder"),
    createdAt: need(c.recordedDate, "a condition's recorded date"),
  }));

  const observations = of<Observation>("Observation");
  const findings = observations.filter((o) => codeIn(o.code, LOCAL.exam)).map(parseFinding);
  const scores = new Map(observations.filter((o) => codeIn(o.code, LOCAL.outcomeMeasure)).map((o) => [idOfRef(o.derivedFrom?.[0]), o]));

  const responses = of<QuestionnaireResponse>("QuestionnaireResponse");
  const episodeOf = (q: QuestionnaireResponse) => need(idOfRef(q.item?.find((i) => i.linkId === "_episode")?.answer?.[0]?.valueReference), "a questionnaire's episode");
  const intakes = responses.filter((q) => q.questionnaire === questionnaireUrl("intake")).map((q): IntakeRow => ({
    id: need(q.id, "a questionnaire id"), episodeId: episodeOf(q), status: (readCode(q, "intake-status") ?? (q.status === "completed" ? "submitted" : "draft")) as IntakeRow["status"],
    answers: itemsToAnswers(q.item), submittedAt: readDateTime(q, "submitted-at"), acceptedAt: readDateTime(q, "accepted-at"), updatedAt: need(q.authored, "an intake date"),
  }));
  const outcomes = responses.filter((q) => q.questionnaire !== questionnaireUrl("intake") && q.questionnaire !== questionnaireUrl("history")).map((q): OutcomeRow => {
    const score = scores.get(q.id!);
    const status = q.status === "completed" ? "completed" : q.status === "stopped" ? "cancelled" : "assigned";
    return {
      id: need(q.id, "a questionnaire id"), episodeId: episodeOf(q), visitId: idOfRef(q.encounter), measure: need(q.questionnaire?.split("/").pop(), "a questionnaire"),
      status, answers: itemsToAnswers(q.item), score: score?.valueQuantity?.value ?? null, band: score?.interpretation?.[0]?.text ?? null,
      source: (readCode(q, "response-source") ?? "clinic") as OutcomeRow["source"], assignedAt: readDateTime(q, "assigned-at") ?? need(q.authored, "a questionnaire date"),
      completedAt: status === "completed" ? need(q.authored, "a completion date") : null,
    };
  });

  const treatmentLines = of<Procedure>("Procedure").map(parseProcedure);
  const billingLines = of<ChargeItem>("ChargeItem").map((c): BillingLineRow => ({
    id: need(c.id, "a charge id"), visitId: need(idOfRef(c.context), "a charge's encounter"), position: readInt(c, "position") ?? 1,
    code: need(codeIn(c.code, SYSTEM.cpt), "a CPT code"), units: c.quantity?.value ?? 1, minutes: readInt(c, "minutes"),
    modifiers: readJson<string[]>(c, "modifiers") ?? [], diagnosisPointers: readJson<number[]>(c, "diagnosis-pointers") ?? [],
    createdBy: need(idOfRef(c.enterer), "a charge's enterer"), createdAt: need(c.enteredDate, "a charge date"),
  }));

  const provenance = of<Provenance>("Provenance");
  const addenda = of<DocumentReference>("DocumentReference").filter((d) => codeIn(d.type, LOCAL.addendumKind));
  const notes = notesDocs.map((d): NoteRow => {
    const json = d.content?.find((c) => c.attachment.contentType === NOTE_JSON)?.attachment.data;
    return {
      id: need(d.id, "a note id"), visitId: need(idOfRef(d.context?.encounter?.[0]), "a note's encounter"), noteType: need(codeIn(d.type, LOCAL.noteType), "a note type"),
      content: JSON.parse(fromBase64(need(json, "a note's structured content"))) as NoteContentRow, requiresCosign: readBool(d, "requires-cosign") ?? false,
      authorId: need(idOfRef(d.author?.[0]), "a note's author"), createdAt: need(readDateTime(d, "note-created"), "a note's creation time"),
      updatedAt: need(readDateTime(d, "note-updated"), "a note's update time"),
      signatures: provenance.filter((p) => idOfRef(p.target?.[0]) === d.id).map((p): SignatureRow => ({
        id: need(p.id, "a provenance id"), signerId: need(idOfRef(p.agent?.[0]?.who), "a signer"),
        role: p.signature?.[0]?.type?.[0]?.code === "1.2.840.10065.1.12.1.2" ? "cosigner" : "author",
        attestation: readString(p, "attestation") ?? "", contentHash: readString(p, "content-hash") ?? "", signedAt: need(p.recorded, "a signature time"),
      })),
      addenda: addenda.filter((a) => idOfRef(a.relatesTo?.[0]?.target) === d.id).map((a): AddendumRow => ({
        id: need(a.id, "an addendum id"), kind: (codeIn(a.type, LOCAL.addendumKind) ?? "ADDENDUM") as AddendumRow["kind"], reason: readString(a, "addendum-reason") ?? "",
        body: fromBase64(a.content?.[0]?.attachment.data ?? ""), correctedText: readString(a, "corrected-text"), eventAt: readDateTime(a, "event-at"),
        authorId: need(idOfRef(a.author?.[0]), "an addendum's author"), attestation: readString(a, "attestation") ?? "", createdAt: need(a.date, "an addendum date"),
      })),
    };
  });
  if (notes.some((n) => n.signatures.length === 0)) throw new BundleError("A signed note in the bundle has no signature (Provenance).");

  const care = parseCare({
    appointments: of<Appointment>("Appointment"), carePlans: of<CarePlan>("CarePlan"), consents: of<Consent>("Consent"),
    documents: of<DocumentReference>("DocumentReference").filter((d) => codeIn(d.type, LOCAL.documentKind)), logs: observations.filter((o) => codeIn(o.code, LOCAL.hepLog)),
    locations: of<Location>("Location").map(parseLocation), patientId: patient.id,
  });

  return {
    patient, history: parseHistory(responses), redFlags: parseRedFlags(of<Flag>("Flag")), practitioners: of<Practitioner>("Practitioner").map(parsePractitioner), locations: of<Location>("Location").map(parseLocation),
    episodes, intakes, visits, findings, outcomes, treatmentLines, diagnoses, billingLines, notes, ...care,
    carePlans: parseCarePlans(of<CarePlan>("CarePlan"), of<Goal>("Goal")),
  };
}

function parseFinding(o: Observation): FindingRow {
  const comp = (code: string) => o.component?.find((c) => codeIn(c.code, LOCAL.examComponent) === code);
  const valueNum = o.valueQuantity?.value ?? null;
  const valueText = codeIn(o.valueCodeableConcept, LOCAL.examResult) ?? codeIn(comp("result")?.valueCodeableConcept, LOCAL.examResult);
  const json = o.valueString ?? comp("detail")?.valueString;
  return {
    id: need(o.id, "an observation id"), visitId: need(idOfRef(o.encounter), "an observation's encounter"), code: need(codeIn(o.code, LOCAL.exam), "an exam code"),
    side: readCode(o, "laterality") ?? "NA", site: codeIn(o.bodySite, LOCAL.examSite) ?? "", valueNum, valueText, valueJson: json != null ? JSON.parse(json) : null,
    extras: readJson(o, "exam-extras"), modifier: readCode(o, "modifier") as FindingRow["modifier"], unit: o.valueQuantity?.unit ?? readString(o, "unit"),
    method: codeIn(o.method, LOCAL.examMethod), familiarPain: comp("familiar-pain")?.valueBoolean ?? null, comment: o.note?.[0]?.text ?? null,
    recordedBy: need(idOfRef(o.performer?.[0]), "an observation's performer"), recordedAt: need(o.effectiveDateTime, "an observation time"),
  };
}

function parseProcedure(p: Procedure): TreatmentLineRow {
  const protocol = p.instantiatesUri?.[0]?.match(/\/protocol\/([^|]+)\|(\d+)$/);
  return {
    id: need(p.id, "a procedure id"), visitId: need(idOfRef(p.encounter), "a procedure's encounter"), position: readInt(p, "position") ?? 1,
    componentCode: need(codeIn(p.code, LOCAL.treatmentComponent), "a treatment component code"), side: readCode(p, "laterality"),
    params: readJson(p, "treatment-parameters") ?? {}, minutes: readInt(p, "minutes"), patientPosition: readString(p, "patient-position"),
    response: readString(p, "response"), preNprs: readInt(p, "pre-nprs"), postNprs: readInt(p, "post-nprs"),
    protocolCode: protocol ? decodeURIComponent(protocol[1]) : null, protocolVersion: protocol ? Number(protocol[2]) : null,
    overrideReason: readString(p, "override-reason"), createdBy: need(idOfRef(p.recorder), "a procedure's recorder"), createdAt: need(p.note?.[0]?.time, "a procedure time"),
  };
}

