import type { Consent, DocumentReference, Provenance } from "@medplum/fhirtypes";
import {
  LOCAL, SYSTEM, coding, compact, extBool, extCode, extDate, extDateTime, extInt, extString, toBase64,
} from "./codes";
import { ref } from "./map-people";
import type { AddendumRow, ConsentRow, DocumentRow, NoteContentRow, NoteRow, SignatureRow } from "./record";

const NOTE_TITLES: Record<string, string> = { INITIAL_EVALUATION: "Initial evaluation", DAILY: "Daily note", RE_EXAM: "Re-examination", DISCHARGE: "Discharge summary" };
export const NOTE_JSON = "application/vnd.kinetic-chart.note+json";

/** The note as a person reads it (SOAP sections), carried next to the structured content. */
export function noteText(n: Pick<NoteRow, "noteType" | "content">): string {
  const c = n.content;
  const lines = [
    NOTE_TITLES[n.noteType] ?? n.noteType,
    "",
    `Subjective: ${c.subjective}`,
    c.nprsNow != null ? `Pain now (0-10): ${c.nprsNow}` : "",
    c.changeSinceLast ? `Change since last visit: ${c.changeSinceLast}${c.changePercent != null ? ` (${c.changePercent} %)` : ""}` : "",
    c.hepAdherence ? `Home exercise adherence: ${c.hepAdherence}` : "",
    `Objective: ${c.objective}`,
    `Assessment: ${c.assessment}`,
    c.redFlagReasoning ? `Red-flag reasoning: ${c.redFlagReasoning}` : "",
    c.evaluationComplexity ? `Evaluation complexity: ${c.evaluationComplexity}` : "",
    `Plan: ${c.plan}`,
    c.referralTo ? `Referral to: ${c.referralTo}${c.referralReason ? ` (${c.referralReason})` : ""}` : "",
    c.dischargeReason ? `Discharge reason: ${c.dischargeReason}` : "",
    c.returnToSport ? `Return to sport: ${c.returnToSport}` : "",
    c.recommendations ? `Recommendations: ${c.recommendations}` : "",
    c.followUp ? `Follow-up: ${c.followUp}` : "",
    c.hepGiven != null ? `Home exercise program given: ${c.hepGiven ? "yes" : "no"}` : "",
  ];
  return lines.filter((l, i) => l !== "" || i === 1).join("\n");
}

/** A signed note: readable text plus the structured content (so an import can rebuild it), signed (Provenance). */
export function mapNote(n: NoteRow, patientId: string): DocumentReference {
  return compact({
    resourceType: "DocumentReference" as const,
    id: n.id,
    extension: [...extDateTime("note-created", n.createdAt), ...extDateTime("note-updated", n.updatedAt), ...extBool("requires-cosign", n.requiresCosign ? true : null)],
    status: "current" as const,
    docStatus: "final" as const,
    type: { coding: [coding(LOCAL.noteType, n.noteType, NOTE_TITLES[n.noteType])], text: NOTE_TITLES[n.noteType] ?? n.noteType },
    category: [{ coding: [coding(SYSTEM.loinc, "11506-3", "Progress note")] }],
    subject: ref(patientId),
    date: n.signatures.find((s) => s.role === "author")?.signedAt ?? n.updatedAt,
    author: [ref(n.authorId)],
    authenticator: ref(n.signatures.find((s) => s.role === "author")?.signerId ?? n.authorId),
    description: NOTE_TITLES[n.noteType] ?? n.noteType,
    content: [
      { attachment: { contentType: "text/plain; charset=utf-8", data: toBase64(noteText(n)), title: "Visit note" } },
      { attachment: { contentType: NOTE_JSON, data: toBase64(JSON.stringify(n.content satisfies NoteContentRow)), title: "Structured note content" } },
    ],
    context: { encounter: [ref(n.visitId)] },
  });
}

const SIGNATURE_TYPE = { author: ["1.2.840.10065.1.12.1.1", "Author's Signature"], cosigner: ["1.2.840.10065.1.12.1.2", "Coauthor's Signature"] } as const;

/** Each signature of a note: who signed, when, with the attestation and the hash of what was signed. */
export function mapSignature(s: SignatureRow, noteId: string): Provenance {
  const [code, display] = SIGNATURE_TYPE[s.role];
  return compact({
    resourceType: "Provenance" as const,
    id: s.id,
    extension: [...extString("attestation", s.attestation), ...extString("content-hash", s.contentHash)],
    target: [ref(noteId)],
    recorded: s.signedAt,
    activity: { coding: [coding("http://terminology.hl7.org/CodeSystem/v3-DataOperation", s.role === "author" ? "CREATE" : "UPDATE")], text: s.role === "author" ? "signed" : "co-signed" },
    agent: [{ type: { coding: [coding(SYSTEM.provenanceParticipant, s.role === "author" ? "author" : "attester")] }, who: ref(s.signerId) }],
    signature: [{ type: [{ system: SYSTEM.signatureType, code, display }], when: s.signedAt, who: ref(s.signerId), sigFormat: "text/plain", data: toBase64(s.attestation) }],
  });
}

/** An addendum, correction or late entry: its own signed document that appends to the note. */
export function mapAddendum(a: AddendumRow, note: Pick<NoteRow, "id" | "visitId">, patientId: string): DocumentReference {
  return compact({
    resourceType: "DocumentReference" as const,
    id: a.id,
    extension: [...extString("addendum-reason", a.reason), ...extString("corrected-text", a.correctedText), ...extDateTime("event-at", a.eventAt), ...extString("attestation", a.attestation)],
    status: "current" as const,
    docStatus: "amended" as const,
    type: { coding: [coding(LOCAL.addendumKind, a.kind)], text: a.kind === "CORRECTION" ? "Correction" : a.kind === "LATE_ENTRY" ? "Late entry" : "Addendum" },
    subject: ref(patientId),
    date: a.createdAt,
    author: [ref(a.authorId)],
    authenticator: ref(a.authorId),
    relatesTo: [{ code: "appends" as const, target: ref(note.id) }],
    content: [{ attachment: { contentType: "text/plain; charset=utf-8", data: toBase64(a.body), title: "Addendum" } }],
    context: { encounter: [ref(note.visitId)] },
  });
}

/** An uploaded document (referral letter, imaging report) with its file. */
export function mapUploadedDocument(d: DocumentRow, patientId: string): DocumentReference {
  return compact({
    resourceType: "DocumentReference" as const,
    id: d.id,
    status: "current" as const,
    type: { coding: [coding(LOCAL.documentKind, d.kind)], text: d.kind.replace(/_/g, " ") },
    subject: ref(patientId),
    date: d.uploadedAt,
    description: d.title,
    content: [{ attachment: { contentType: d.contentType, data: d.contentBase64, title: d.filename, size: Buffer.from(d.contentBase64, "base64").length } }],
  });
}

/** A signed consent with the exact wording the patient agreed to. */
export function mapConsent(c: ConsentRow, patientId: string): Consent {
  return compact({
    resourceType: "Consent" as const,
    id: c.id,
    extension: [...extString("signed-name", c.signedName), ...extDate("signed-on", c.signedOn), ...extCode("channel", c.channel), ...extCode("signer-relationship", c.signerRelationship), ...extInt("text-version", c.textVersion)],
    status: "active" as const,
    scope: { coding: [coding(SYSTEM.consentScope, c.kind === "privacy_notice" ? "patient-privacy" : "treatment")] },
    category: [{ coding: [coding(LOCAL.consentKind, c.kind)], text: c.title }],
    patient: ref(patientId),
    dateTime: c.signedAt,
    performer: [ref(patientId)],
    policyRule: { text: `${c.title} (version ${c.textVersion})` },
    sourceAttachment: { contentType: "text/plain; charset=utf-8", data: toBase64(c.body), title: c.title },
  });
}
