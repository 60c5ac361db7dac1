/**
 * Which uploads we accept, decided by the file's first bytes. The declared type (from the browser)
 * and the name's extension are only claims: a text file renamed to .pdf must not reach the chart.
 */
export const DOCUMENT_CONTENT_TYPES = ["application/pdf", "image/jpeg", "image/png"] as const;
export type DocumentContentType = (typeof DOCUMENT_CONTENT_TYPES)[number];

/** 10 MiB: the same limit as the documents_size_limit constraint in PostgreSQL. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

export const ACCEPTED_EXTENSIONS = [".pdf", ".jpg", ".jpeg", ".png"] as const;

const EXTENSION_FOR: Record<DocumentContentType, string> = { "application/pdf": "pdf", "image/jpeg": "jpg", "image/png": "png" };

export const CONTENT_TYPE_LABELS: Record<DocumentContentType, string> = {
  "application/pdf": "PDF",
  "image/jpeg": "JPEG image",
  "image/png": "PNG image",
};

const SIGNATURES: { type: DocumentContentType; bytes: number[] }[] = [
  { type: "application/pdf", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // "%PDF-"
  { type: "image/jpeg", bytes: [0xff, 0xd8, 0xff] },
  { type: "image/png", bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
];

/** The type the content really has, or null when it is none of the accepted ones. */
export function sniffContentType(head: Uint8Array): DocumentContentType | null {
  for (const sig of SIGNATURES) {
    if (head.length >= sig.bytes.length && sig.bytes.every((b, i) => head[i] === b)) return sig.type;
  }
  return null;
}

const BY_EXTENSION: Record<string, DocumentContentType> = { pdf: "application/pdf", jpg: "image/jpeg", jpeg: "image/jpeg", png: "image/png" };

export function extensionOf(filename: string): string {
  const dot = filename.lastIndexOf(".");
  return dot > 0 ? filename.slice(dot + 1).toLowerCase() : "";
}

export function contentTypeFromFilename(filename: string): DocumentContentType | null {
  return BY_EXTENSION[extensionOf(filename)] ?? null;
}

// Older systems still send these names for the same formats.
const DECLARED_ALIASES: Record<string, DocumentContentType> = {
  "application/pdf": "application/pdf", "application/x-pdf": "application/pdf",
  "image/jpeg": "image/jpeg", "image/jpg": "image/jpeg", "image/pjpeg": "image/jpeg",
  "image/png": "image/png", "image/x-png": "image/png",
};

/**
 * What the browser said the file is. Empty and application/octet-stream mean "did not say" (some
 * systems send that for every file); any other type that is not ours is a refusal.
 */
export function declaredContentType(declared: string): DocumentContentType | "unspecified" | "other" {
  const t = declared.split(";")[0].trim().toLowerCase();
  if (t === "" || t === "application/octet-stream") return "unspecified";
  return DECLARED_ALIASES[t] ?? "other";
}

export type FileProblem = { reason: "missing" | "empty" | "too_large" | "type"; message: string };

const MESSAGES = {
  empty: "The file is empty. Choose the file again.",
  tooLarge: "The file is larger than 10 MB. Scan at a lower resolution or split it into parts.",
  extension: "Choose a PDF, JPEG or PNG file (.pdf, .jpg, .jpeg or .png).",
  notAccepted: "This file is not a PDF, JPEG or PNG: its contents were checked. Choose a PDF, JPEG or PNG file.",
};

/** Checks that need no bytes: shared by the upload form (before sending) and the server. */
export function checkFileMeta(file: { name: string; type: string; size: number }): FileProblem | null {
  if (file.size <= 0) return { reason: "empty", message: MESSAGES.empty };
  if (file.size > MAX_DOCUMENT_BYTES) return { reason: "too_large", message: MESSAGES.tooLarge };
  if (!contentTypeFromFilename(file.name)) return { reason: "type", message: MESSAGES.extension };
  if (declaredContentType(file.type) === "other") return { reason: "type", message: MESSAGES.extension };
  return null;
}

/**
 * The full check on the server: size, then the content's real type, which must agree with both
 * the extension and the declared type. Returns the type to store, or the problem to show.
 */
export function checkDocumentFile(file: { name: string; type: string; bytes: Uint8Array }):
  { ok: true; contentType: DocumentContentType } | { ok: false; problem: FileProblem } {
  const size = checkFileMeta({ name: file.name, type: file.type, size: file.bytes.length });
  if (size && size.reason !== "type") return { ok: false, problem: size };
  const sniffed = sniffContentType(file.bytes.subarray(0, 16));
  if (!sniffed) return { ok: false, problem: { reason: "type", message: MESSAGES.notAccepted } };
  const what = `This file is a ${CONTENT_TYPE_LABELS[sniffed]}`;
  if (contentTypeFromFilename(file.name) !== sniffed) {
    const ext = extensionOf(file.name);
    const named = ext ? `its name ends in .${ext}` : "its name has no extension";
    return { ok: false, problem: { reason: "type", message: `${what}, but ${named}. Rename it to end in .${EXTENSION_FOR[sniffed]} or choose the right file.` } };
  }
  const declared = declaredContentType(file.type);
  if (declared !== "unspecified" && declared !== sniffed) {
    return { ok: false, problem: { reason: "type", message: `${what}, but it was sent as a different type. Choose the right file.` } };
  }
  return { ok: true, contentType: sniffed };
}
