"use server";
import { and, eq, isNull, sql } from "drizzle-orm";
import { documents } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { VoidDocumentInput } from "@/lib/validation/documents";
import { action } from "./action";

// Uploading is not here: it needs more than the 1 MB a server action accepts (see ./document-upload.ts).

/** Mark a document uploaded in error: hidden from the list and from viewing, never deleted. */
export const voidDocument = action({
  name: "document.void",
  permission: "chart.clinical.write",
  input: VoidDocumentInput,
  patientId: (input) => input.patientId,
  async handler(input, ctx) {
    const rows = await ctx.tx.update(documents)
      .set({ voidedAt: ctx.now, voidReason: input.reason })
      .where(and(
        eq(documents.id, input.documentId), eq(documents.patientId, input.patientId), isNull(documents.voidedAt),
        sql`exists (select 1 from patients p where p.id = ${documents.patientId} and p.status not in ('voided', 'merged'))`,
      ))
      .returning({ id: documents.id });
    if (rows.length === 0) throw new AppError("not_found", "That document was not found or is already voided.");
    // The reason is free text and may be clinical: it stays in the row, not in the audit log.
    ctx.audit({ entityType: "document", entityId: input.documentId });
    return { documentId: input.documentId };
  },
});
