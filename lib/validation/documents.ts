import { z } from "zod";
import { safeFilename } from "@/lib/domain/documents/files";
import { checkDocumentFile, checkFileMeta } from "@/lib/domain/documents/sniff";
import { requiredText, uuid } from "./common";

// Same values as db/schema/documents.ts (a unit test keeps them equal); repeated here because this
// module reaches the browser and the schema module would pull drizzle into the client bundle.
export const DOCUMENT_KINDS = ["referral", "imaging_report", "outside_record", "other"] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  referral: "Referral letter",
  imaging_report: "Imaging report",
  outside_record: "Outside record",
  other: "Other",
};

/** The typed fields of an upload: the same rules in the form and in the upload action. */
export const DocumentFields = z.object({
  kind: z.enum(DOCUMENT_KINDS, { error: "Choose what kind of document this is" }),
  title: requiredText(200, "Title"),
});

/** A file picked in the browser: at most a FileList-like with one File in it (no FileList on the server). */
type PickedFile = { name: string; type: string; size: number };
const firstFile = (v: unknown): PickedFile | undefined => {
  const list = v as { length?: number; 0?: PickedFile } | null | undefined;
  return list && typeof list === "object" && typeof list.length === "number" ? list[0] : undefined;
};

/** The upload form: fields plus a chosen file whose size and name are checked before sending. */
export const UploadDocumentForm = DocumentFields.extend({
  file: z.unknown().superRefine((v, ctx) => {
    const file = firstFile(v);
    if (!file) {
      ctx.addIssue({ code: "custom", message: "Choose a file to upload" });
      return;
    }
    const problem = checkFileMeta(file);
    if (problem) ctx.addIssue({ code: "custom", message: problem.message });
  }),
});
export type UploadDocumentForm = z.input<typeof UploadDocumentForm>;

/**
 * What the upload route hands to the action: the same fields plus the received bytes, whose real
 * type is sniffed here so every caller of the action (route, tests) gets the same refusal.
 */
export const UploadDocumentInput = DocumentFields.extend({
  patientId: uuid("patient"),
  file: z
    .object(
      {
        name: z.string().max(1000).transform(safeFilename).pipe(z.string().min(1, "The file needs a name")),
        type: z.string().max(200),
        bytes: z.instanceof(Uint8Array),
      },
      { error: "Choose a file to upload" },
    )
    .transform((f, ctx) => {
      const checked = checkDocumentFile(f);
      if (!checked.ok) {
        ctx.addIssue({ code: "custom", message: checked.problem.message });
        return z.NEVER;
      }
      return { name: f.name, bytes: f.bytes, contentType: checked.contentType };
    }),
});
export type UploadDocumentInput = z.input<typeof UploadDocumentInput>;

export const VoidDocumentInput = z.object({
  patientId: uuid("patient"),
  documentId: uuid("document"),
  // an empty reason already has its own message; one message per problem
  reason: requiredText(300, "Reason").refine((v) => v.length === 0 || v.length >= 3, "Say why, in at least 3 characters"),
});
