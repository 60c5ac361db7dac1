import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DOCUMENT_KINDS as SCHEMA_KINDS, documents } from "@/db/schema/documents";
import { formatBytes, inlineContentDisposition, safeFilename } from "@/lib/domain/documents/files";
import {
  checkDocumentFile, checkFileMeta, contentTypeFromFilename, declaredContentType, DOCUMENT_CONTENT_TYPES, MAX_DOCUMENT_BYTES, sniffContentType,
} from "@/lib/domain/documents/sniff";
import { DOCUMENT_KINDS, UploadDocumentForm, UploadDocumentInput } from "@/lib/validation/documents";

const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...Buffer.from(p, "latin1")] : p)));
const PDF = bytes("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n%%EOF\n");
const JPEG = bytes([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], "JFIF\0");
const PNG = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], "IHDR");

describe("sniffContentType", () => {
  it("recognises PDF, JPEG and PNG by their first bytes", () => {
    expect(sniffContentType(PDF)).toBe("application/pdf");
    expect(sniffContentType(JPEG)).toBe("image/jpeg");
    expect(sniffContentType(PNG)).toBe("image/png");
  });

  it("refuses everything else, including near misses and truncated signatures", () => {
    for (const other of [
      bytes("hello, I am a PDF"), bytes("%PDF"), bytes("%pdf-1.4"), bytes(" %PDF-1.4"), bytes([0xff, 0xd8]), bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a]),
      bytes("GIF89a"), bytes("<svg xmlns='http://www.w3.org/2000/svg'>"), bytes("<html><script>alert(1)</script>"), new Uint8Array(0),
    ]) expect(sniffContentType(other)).toBeNull();
  });

  it("only ever answers one of the accepted types or null, whatever the bytes", () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 32 }), (b) => {
      const t = sniffContentType(b);
      expect(t === null || DOCUMENT_CONTENT_TYPES.includes(t)).toBe(true);
    }));
  });
});

describe("checkDocumentFile", () => {
  it("accepts a file whose contents, extension and declared type agree", () => {
    expect(checkDocumentFile({ name: "referral.pdf", type: "application/pdf", bytes: PDF })).toEqual({ ok: true, contentType: "application/pdf" });
    expect(checkDocumentFile({ name: "XRAY.JPEG", type: "image/jpeg", bytes: JPEG })).toEqual({ ok: true, contentType: "image/jpeg" });
    expect(checkDocumentFile({ name: "scan.jpg", type: "", bytes: JPEG })).toEqual({ ok: true, contentType: "image/jpeg" });
    expect(checkDocumentFile({ name: "mri.png", type: "application/octet-stream", bytes: PNG })).toEqual({ ok: true, contentType: "image/png" });
  });

  it("refuses text dressed up as a PDF, saying the contents were checked", () => {
    const r = checkDocumentFile({ name: "report.pdf", type: "application/pdf", bytes: bytes("just some text") });
    expect(r).toMatchObject({ ok: false, problem: { reason: "type" } });
    if (!r.ok) expect(r.problem.message).toMatch(/not a PDF, JPEG or PNG/);
  });

  it("refuses contents that disagree with the name or the declared type", () => {
    const misnamed = checkDocumentFile({ name: "letter.pdf", type: "application/pdf", bytes: PNG });
    expect(misnamed).toMatchObject({ ok: false, problem: { reason: "type" } });
    if (!misnamed.ok) expect(misnamed.problem.message).toContain("PNG image, but its name ends in .pdf");
    expect(checkDocumentFile({ name: "photo.png", type: "image/jpeg", bytes: PNG })).toMatchObject({ ok: false, problem: { reason: "type" } });
    expect(checkDocumentFile({ name: "photo.png", type: "text/html", bytes: PNG })).toMatchObject({ ok: false, problem: { reason: "type" } });
    expect(checkDocumentFile({ name: "noextension", type: "", bytes: PDF })).toMatchObject({ ok: false, problem: { reason: "type" } });
    expect(checkDocumentFile({ name: "page.html", type: "text/html", bytes: PDF })).toMatchObject({ ok: false, problem: { reason: "type" } });
  });

  it("refuses empty and oversize files by size first", () => {
    expect(checkDocumentFile({ name: "a.pdf", type: "application/pdf", bytes: new Uint8Array(0) })).toMatchObject({ ok: false, problem: { reason: "empty" } });
    const big = new Uint8Array(MAX_DOCUMENT_BYTES + 1);
    big.set(PDF);
    expect(checkDocumentFile({ name: "a.pdf", type: "application/pdf", bytes: big })).toMatchObject({ ok: false, problem: { reason: "too_large" } });
    const exact = new Uint8Array(MAX_DOCUMENT_BYTES);
    exact.set(PDF);
    expect(checkDocumentFile({ name: "a.pdf", type: "application/pdf", bytes: exact }).ok).toBe(true);
  });
});

describe("what the browser can check before sending", () => {
  it("checks size, extension and declared type without the bytes", () => {
    expect(checkFileMeta({ name: "a.pdf", type: "application/pdf", size: 10 })).toBeNull();
    expect(checkFileMeta({ name: "a.docx", type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", size: 10 })?.reason).toBe("type");
    expect(checkFileMeta({ name: "a.pdf", type: "application/pdf", size: MAX_DOCUMENT_BYTES + 1 })?.reason).toBe("too_large");
    expect(checkFileMeta({ name: "a.pdf", type: "application/pdf", size: 0 })?.reason).toBe("empty");
  });

  it("maps extensions and declared types, case-insensitively", () => {
    expect(contentTypeFromFilename("A.JPG")).toBe("image/jpeg");
    expect(contentTypeFromFilename("x.pdf.exe")).toBeNull();
    expect(contentTypeFromFilename(".pdf")).toBeNull();
    expect(declaredContentType("image/x-png")).toBe("image/png");
    expect(declaredContentType("Application/PDF; charset=binary")).toBe("application/pdf");
    expect(declaredContentType("")).toBe("unspecified");
    expect(declaredContentType("image/svg+xml")).toBe("other");
  });

  it("the upload form's schema names the file field", () => {
    const none = UploadDocumentForm.safeParse({ kind: "referral", title: "Letter", file: { length: 0 } });
    expect(none.success).toBe(false);
    if (!none.success) expect(none.error.issues[0]).toMatchObject({ path: ["file"], message: "Choose a file to upload" });
    const ok = UploadDocumentForm.safeParse({ kind: "referral", title: "Letter", file: { length: 1, 0: { name: "a.pdf", type: "application/pdf", size: 100 } } });
    expect(ok.success).toBe(true);
  });
});

describe("the upload action's input", () => {
  const base = { patientId: "00000000-0000-4000-8000-000000000101", kind: "imaging_report", title: "  MRI lumbar  " };

  it("sniffs the type and keeps a safe name", () => {
    const r = UploadDocumentInput.safeParse({ ...base, file: { name: "C:\\fakepath\\mri.png", type: "image/png", bytes: PNG } });
    expect(r.success && r.data).toMatchObject({ title: "MRI lumbar", file: { name: "mri.png", contentType: "image/png" } });
  });

  it("puts a content problem on the file field", () => {
    const r = UploadDocumentInput.safeParse({ ...base, file: { name: "x.pdf", type: "application/pdf", bytes: bytes("<script>") } });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues.map((i) => i.path.join("."))).toEqual(["file"]);
  });

  it("uses the kinds the database allows", () => {
    expect([...DOCUMENT_KINDS]).toEqual([...SCHEMA_KINDS]);
    expect(documents.contentType.enumValues).toEqual([...DOCUMENT_CONTENT_TYPES]);
  });
});

describe("filenames in headers", () => {
  it("keeps the last path segment and drops control characters", () => {
    expect(safeFilename("../../etc/passwd")).toBe("passwd");
    expect(safeFilename("C:\\Users\\me\\scan 1.jpg")).toBe("scan 1.jpg");
    expect(safeFilename("bad\r\nname.pdf")).toBe("badname.pdf");
    expect(safeFilename("...hidden.pdf")).toBe("hidden.pdf");
    const long = safeFilename(`${"a".repeat(300)}.pdf`);
    expect(long).toHaveLength(200);
    expect(long.endsWith(".pdf")).toBe(true);
  });

  it("encodes the name so it can never end the header or add a parameter", () => {
    expect(inlineContentDisposition("Röntgen (links).pdf")).toBe("inline; filename*=UTF-8''R%C3%B6ntgen%20%28links%29.pdf");
    expect(inlineContentDisposition("")).toBe("inline; filename*=UTF-8''document");
    fc.assert(fc.property(fc.string({ unit: "binary" }), (name) => {
      const h = inlineContentDisposition(name);
      expect(h.startsWith("inline; filename*=UTF-8''")).toBe(true);
      expect(h).toMatch(/^[\x21-\x7e ]+$/);
      expect(h.slice("inline; filename*=UTF-8''".length)).toMatch(/^[A-Za-z0-9%!._~-]+$/);
    }));
  });

  it("shows sizes readably", () => {
    expect(formatBytes(512)).toBe("512 B");
    expect(formatBytes(1536)).toBe("1.5 KB");
    expect(formatBytes(10 * 1024 * 1024)).toBe("10.0 MB");
  });
});
