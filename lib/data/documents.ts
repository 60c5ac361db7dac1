import "server-only";
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import type { Caller } from "@/lib/auth/caller";
import { hasPermission } from "@/lib/auth/permissions";
import type { DocumentContentType } from "@/lib/domain/documents/sniff";
import type { DocumentKind } from "@/lib/validation/documents";
import { patientScope } from "./patients";

export type DocumentRow = {
  id: string;
  kind: DocumentKind;
  title: string;
  filename: string;
  contentType: DocumentContentType;
  sizeBytes: number;
  uploadedBy: string;
  /** wall-clock time in the clinic's zone, "YYYY-MM-DD HH:MM" */
  uploadedAt: string;
  voidedAt: string | null;
  voidReason: string | null;
};

/**
 * A patient's documents, newest first, voided ones included (the page shows them apart). One
 * statement, never the bytes; documents are clinical content, so no clinical permission, no rows.
 */
export async function listDocuments(db: DbOrTx, caller: Caller, patientId: string): Promise<DocumentRow[]> {
  if (!hasPermission(caller.roles, "chart.clinical.read")) return [];
  const rows = await db.execute<DocumentRow>(sql`
    select d.id, d.kind, d.title, d.filename, d.content_type as "contentType", d.size_bytes as "sizeBytes",
      u.display_name as "uploadedBy",
      to_char(d.uploaded_at at time zone coalesce(cs.time_zone, 'UTC'), 'YYYY-MM-DD HH24:MI') as "uploadedAt",
      to_char(d.voided_at at time zone coalesce(cs.time_zone, 'UTC'), 'YYYY-MM-DD HH24:MI') as "voidedAt",
      d.void_reason as "voidReason"
    from documents d
    join patients p on p.id = d.patient_id
    join users u on u.id = d.uploaded_by
    left join clinic_settings cs on cs.id = 1
    where d.patient_id = ${patientId} and ${patientScope(caller)}
    order by d.uploaded_at desc, d.id`);
  return [...rows];
}

export type DocumentFile = { filename: string; contentType: DocumentContentType; sizeBytes: number; content: Buffer };

/** One live document's bytes, only within the caller's scope and only while it is not voided. */
export async function getDocumentFile(db: DbOrTx, caller: Caller, patientId: string, documentId: string): Promise<DocumentFile | null> {
  if (!hasPermission(caller.roles, "chart.clinical.read")) return null;
  const rows = await db.execute<{ filename: string; contentType: DocumentContentType; sizeBytes: number; content: Buffer | Uint8Array }>(sql`
    select d.filename, d.content_type as "contentType", d.size_bytes as "sizeBytes", d.content
    from documents d join patients p on p.id = d.patient_id
    where d.id = ${documentId} and d.patient_id = ${patientId} and d.voided_at is null and ${patientScope(caller)}`);
  const r = rows[0];
  if (!r) return null;
  return { ...r, content: Buffer.isBuffer(r.content) ? r.content : Buffer.from(r.content) };
}
