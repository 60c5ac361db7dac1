import { createHash } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditEvents, documents, patients } from "@/db/schema";
import { runAction } from "@/lib/actions/core";
import { uploadDocument } from "@/lib/actions/document-upload";
import { voidDocument } from "@/lib/actions/documents";
import { registeredActions } from "@/lib/actions/registry";
import { getDocumentFile, listDocuments } from "@/lib/data/documents";
import { MAX_DOCUMENT_BYTES } from "@/lib/domain/documents/sniff";
import { createTestDatabase } from "./support";
import { makePatient, makeStaff, patientCaller, staffCaller } from "./factories";

const t = await createTestDatabase();
const clinician = await makeStaff(t.db, ["clinician"], { discipline: "PT" });
const desk = await makeStaff(t.db, ["front_desk"]);
const admin = await makeStaff(t.db, ["admin"]);
const dr = staffCaller(clinician, ["clinician"]);
const deskCaller = staffCaller(desk, ["front_desk"]);

const PDF = Buffer.from("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n", "latin1");
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

const upload = (patientId: string, file: { name: string; type: string; bytes: Uint8Array }, extra: Record<string, unknown> = {}) =>
  ({ patientId, kind: "imaging_report", title: "MRI lumbar spine report", file, ...extra });
const rowsOf = (patientId: string) => t.db.select({ id: documents.id }).from(documents).where(eq(documents.patientId, patientId));

async function uploaded(patientId: string) {
  const r = await runAction(t.db, dr, uploadDocument, upload(patientId, { name: "mri.pdf", type: "application/pdf", bytes: PDF }));
  if (!r.ok) throw new Error(r.error);
  return r.data.documentId;
}

describe("uploading a document", () => {
  it("stores the bytes, their sha256 and the sniffed type, with an audit row free of titles", async () => {
    const { patient } = await makePatient(t.db, false);
    const r = await runAction(t.db, dr, uploadDocument, upload(patient.id, { name: "C:\\fakepath\\mri.pdf", type: "application/pdf", bytes: PDF }));
    expect(r).toMatchObject({ ok: true, data: { documentId: expect.any(String) } });
    if (!r.ok) return;
    const [row] = await t.db.select().from(documents).where(eq(documents.id, r.data.documentId));
    expect(Buffer.compare(row.content, PDF)).toBe(0);
    expect(row).toMatchObject({
      patientId: patient.id, kind: "imaging_report", title: "MRI lumbar spine report", filename: "mri.pdf", contentType: "application/pdf",
      sizeBytes: PDF.length, sha256: createHash("sha256").update(PDF).digest("hex"), uploadedBy: clinician.id, voidedAt: null,
    });
    const [audit] = await t.db.select().from(auditEvents).where(and(eq(auditEvents.action, "document.upload"), eq(auditEvents.entityId, r.data.documentId)));
    expect(audit).toMatchObject({ outcome: "ok", patientId: patient.id, actorUserId: clinician.id, entityType: "document" });
    expect(JSON.stringify(audit.details)).not.toMatch(/MRI|mri\.pdf/);
  });

  it("is registered with the other actions", () => {
    expect(registeredActions().map((d) => d.name)).toContain("document.upload");
    expect(registeredActions().map((d) => d.name)).toContain("document.void");
  });

  it("refuses the front desk and audits the refusal", async () => {
    const { patient } = await makePatient(t.db, false);
    const r = await runAction(t.db, deskCaller, uploadDocument, upload(patient.id, { name: "mri.pdf", type: "application/pdf", bytes: PDF }));
    expect(r).toMatchObject({ ok: false, code: "forbidden" });
    expect(await rowsOf(patient.id)).toHaveLength(0);
    const denied = await t.db.select().from(auditEvents).where(and(eq(auditEvents.action, "document.upload"), eq(auditEvents.actorUserId, desk.id)));
    expect(denied.map((a) => a.outcome)).toEqual(["denied"]);
    // an admin without a clinical role is refused too
    const a = await runAction(t.db, staffCaller(admin, ["admin"]), uploadDocument, upload(patient.id, { name: "mri.pdf", type: "application/pdf", bytes: PDF }));
    expect(a).toMatchObject({ ok: false, code: "forbidden" });
  });

  it("refuses a patient, even for their own chart, and even with a forged clinical role for another's", async () => {
    const { patient, user } = await makePatient(t.db);
    const own = await runAction(t.db, patientCaller(user!, [patient.id]), uploadDocument, upload(patient.id, { name: "mri.pdf", type: "application/pdf", bytes: PDF }));
    expect(own).toMatchObject({ ok: false, code: "forbidden" });
    const { patient: victim } = await makePatient(t.db, false);
    const forged = { ...patientCaller(user!, [patient.id]), roles: ["patient", "clinician"] as never };
    const other = await runAction(t.db, forged, uploadDocument, upload(victim.id, { name: "mri.pdf", type: "application/pdf", bytes: PDF }));
    expect(other).toMatchObject({ ok: false, code: "not_found" });
    expect([...(await rowsOf(patient.id)), ...(await rowsOf(victim.id))]).toHaveLength(0);
  });

  it("refuses contents that are not what the name and type claim, on the file field", async () => {
    const { patient } = await makePatient(t.db, false);
    for (const file of [
      { name: "letter.pdf", type: "application/pdf", bytes: Buffer.from("Dear colleague, this is plain text.") },
      { name: "letter.pdf", type: "application/pdf", bytes: PNG },
      { name: "scan.png", type: "image/png", bytes: Buffer.from("<svg onload=alert(1)>") },
      { name: "page.html", type: "text/html", bytes: PDF },
    ]) {
      const r = await runAction(t.db, dr, uploadDocument, upload(patient.id, file));
      expect(r, file.name).toMatchObject({ ok: false, code: "validation", fieldErrors: { file: [expect.any(String)] } });
    }
    expect(await rowsOf(patient.id)).toHaveLength(0);
  });

  it("refuses a file over 10 MB and an empty one", async () => {
    const { patient } = await makePatient(t.db, false);
    const big = Buffer.alloc(MAX_DOCUMENT_BYTES + 1);
    PDF.copy(big);
    const r = await runAction(t.db, dr, uploadDocument, upload(patient.id, { name: "huge.pdf", type: "application/pdf", bytes: big }));
    expect(r).toMatchObject({ ok: false, code: "validation", fieldErrors: { file: [expect.stringMatching(/larger than 10 MB/)] } });
    const empty = await runAction(t.db, dr, uploadDocument, upload(patient.id, { name: "empty.pdf", type: "application/pdf", bytes: Buffer.alloc(0) }));
    expect(empty).toMatchObject({ ok: false, code: "validation", fieldErrors: { file: [expect.any(String)] } });
    expect(await rowsOf(patient.id)).toHaveLength(0);
  });

  it("names missing fields, and refuses a voided patient", async () => {
    const { patient } = await makePatient(t.db, false);
    const r = await runAction(t.db, dr, uploadDocument, { patientId: patient.id, kind: "selfie", title: " " });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(Object.keys(r.fieldErrors ?? {}).sort()).toEqual(["file", "kind", "title"]);
    await t.owner.update(patients).set({ status: "voided", voidReason: "duplicate" }).where(eq(patients.id, patient.id));
    const voided = await runAction(t.db, dr, uploadDocument, upload(patient.id, { name: "mri.pdf", type: "application/pdf", bytes: PDF }));
    expect(voided).toMatchObject({ ok: false, code: "not_found" });
  });

  it("stores one copy when the same upload is sent twice with one key", async () => {
    const { patient } = await makePatient(t.db, false);
    const input = upload(patient.id, { name: "mri.pdf", type: "application/pdf", bytes: PDF });
    const key = "doc-upload-11111111-2222-4333-8444-555555555555";
    const a = await runAction(t.db, dr, uploadDocument, input, { idempotencyKey: key });
    const b = await runAction(t.db, dr, uploadDocument, input, { idempotencyKey: key });
    expect(a).toEqual(b);
    expect(await rowsOf(patient.id)).toHaveLength(1);
  });
});

describe("listing, viewing and voiding", () => {
  it("lists without the bytes, and shows the front desk nothing", async () => {
    const { patient } = await makePatient(t.db, false);
    await uploaded(patient.id);
    const list = await listDocuments(t.db, dr, patient.id);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ title: "MRI lumbar spine report", filename: "mri.pdf", sizeBytes: PDF.length, uploadedBy: clinician.displayName, voidedAt: null });
    expect(list[0]).not.toHaveProperty("content");
    expect(await listDocuments(t.db, deskCaller, patient.id)).toEqual([]);
  });

  it("serves the bytes only in scope", async () => {
    const { patient } = await makePatient(t.db, false);
    const { patient: other } = await makePatient(t.db, false);
    const id = await uploaded(patient.id);
    expect(Buffer.compare((await getDocumentFile(t.db, dr, patient.id, id))!.content, PDF)).toBe(0);
    expect(await getDocumentFile(t.db, dr, other.id, id)).toBeNull();
    expect(await getDocumentFile(t.db, deskCaller, patient.id, id)).toBeNull();
  });

  it("voiding keeps the row and its bytes but stops it being served", async () => {
    const { patient } = await makePatient(t.db, false);
    const id = await uploaded(patient.id);
    const deskTry = await runAction(t.db, deskCaller, voidDocument.definition, { patientId: patient.id, documentId: id, reason: "wrong chart" });
    expect(deskTry).toMatchObject({ ok: false, code: "forbidden" });
    const v = await runAction(t.db, dr, voidDocument.definition, { patientId: patient.id, documentId: id, reason: "Uploaded to the wrong chart" });
    expect(v).toMatchObject({ ok: true });
    const [row] = await t.db.select().from(documents).where(eq(documents.id, id));
    expect(row.voidedAt).not.toBeNull();
    expect(row.voidReason).toBe("Uploaded to the wrong chart");
    expect(Buffer.compare(row.content, PDF)).toBe(0);
    expect(await getDocumentFile(t.db, dr, patient.id, id)).toBeNull();
    expect((await listDocuments(t.db, dr, patient.id))[0]).toMatchObject({ id, voidReason: "Uploaded to the wrong chart", voidedAt: expect.any(String) });
    const again = await runAction(t.db, dr, voidDocument.definition, { patientId: patient.id, documentId: id, reason: "twice" });
    expect(again).toMatchObject({ ok: false, code: "not_found" });
    const noReason = await runAction(t.db, dr, voidDocument.definition, { patientId: patient.id, documentId: id, reason: "" });
    expect(noReason).toMatchObject({ ok: false, code: "validation", fieldErrors: { reason: ["Reason is required"] } });
  });

  it("will not void a document through another patient's id", async () => {
    const { patient } = await makePatient(t.db, false);
    const { patient: other } = await makePatient(t.db, false);
    const id = await uploaded(patient.id);
    const r = await runAction(t.db, dr, voidDocument.definition, { patientId: other.id, documentId: id, reason: "sneaky" });
    expect(r).toMatchObject({ ok: false, code: "not_found" });
    expect((await t.db.select().from(documents).where(eq(documents.id, id)))[0].voidedAt).toBeNull();
  });
});

describe("the database protects documents even from the app's own SQL", () => {
  it("the app role cannot delete a document", async () => {
    const { patient } = await makePatient(t.db, false);
    const id = await uploaded(patient.id);
    await expect(t.appSql`delete from documents where id = ${id}`).rejects.toMatchObject({ code: "42501" });
    expect(await rowsOf(patient.id)).toHaveLength(1);
  });

  it("nobody can change a document's bytes, hash or uploader once stored", async () => {
    const { patient } = await makePatient(t.db, false);
    const id = await uploaded(patient.id);
    await expect(t.appSql`update documents set content = ${Buffer.from("%PDF-1.4 forged")}, size_bytes = 15 where id = ${id}`)
      .rejects.toMatchObject({ code: "23514", constraint_name: "documents_content_immutable" });
    await expect(t.appSql`update documents set sha256 = 'x' where id = ${id}`).rejects.toMatchObject({ code: "23514" });
    await expect(t.ownerSql`update documents set content = ${PNG}, size_bytes = ${PNG.length} where id = ${id}`).rejects.toMatchObject({ code: "23514" });
    const [row] = await t.db.select().from(documents).where(eq(documents.id, id));
    expect(Buffer.compare(row.content, PDF)).toBe(0);
  });
});
