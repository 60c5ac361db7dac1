import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import { documents } from "@/db/schema";
import { patientScope } from "@/lib/data/patients";
import { AppError } from "@/lib/errors";
import { UploadDocumentInput } from "@/lib/validation/documents";
import type { ActionDefinition } from "./core";
import { registerAction } from "./registry";

/**
 * Storing an uploaded document. A plain definition rather than a server action: server actions
 * cap bodies at 1 MB, so the bytes arrive through the route handler
 * app/api/patients/[patientId]/documents/route.ts, which calls runAction with this definition and
 * so gets the same permission, scope, validation (type sniffed from the bytes), audit row in the
 * same transaction, and error mapping as every other write.
 */
export const uploadDocument: ActionDefinition<typeof UploadDocumentInput, { documentId: string }> = {
  name: "document.upload",
  permission: "chart.clinical.write",
  input: UploadDocumentInput,
  patientId: (input) => input.patientId,
  // a second click or a retried request stores the file once
  idempotent: true,
  constraintMessages: {
    documents_size_limit: { field: "file", message: "The file is empty or larger than 10 MB." },
  },
  async handler(input, ctx) {
    // Staff may open any live patient; a voided or merged record takes no new documents.
    const live = await ctx.tx.execute(sql`select 1 from patients p where p.id = ${input.patientId} and ${patientScope(ctx.caller!)}`);
    if (live.length === 0) throw new AppError("not_found", "That patient was not found.");
    const bytes = Buffer.from(input.file.bytes.buffer, input.file.bytes.byteOffset, input.file.bytes.byteLength);
    const [row] = await ctx.tx.insert(documents).values({
      patientId: input.patientId,
      kind: input.kind,
      title: input.title,
      filename: input.file.name,
      contentType: input.file.contentType,
      sizeBytes: bytes.byteLength,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      content: bytes,
      uploadedBy: ctx.caller!.userId,
      uploadedAt: ctx.now,
    }).returning({ id: documents.id });
    // Title and filename may name a condition or another provider: ids, codes and sizes only.
    ctx.audit({ entityType: "document", entityId: row.id, details: { kind: input.kind, contentType: input.file.contentType, sizeBytes: bytes.byteLength } });
    return { documentId: row.id };
  },
};
registerAction(uploadDocument);
