import { getDb } from "@/db";
import { writeAudit } from "@/lib/audit";
import { getCaller } from "@/lib/auth/server";
import { hasPermission } from "@/lib/auth/permissions";
import { clientIp } from "@/lib/auth/request-info";
import { getDocumentFile } from "@/lib/data/documents";
import { inlineContentDisposition } from "@/lib/domain/documents/files";
import { log } from "@/lib/log";

export const dynamic = "force-dynamic";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// Uploaded files are someone else's content served from our origin: no script may run in them
// (sandbox gives the document an opaque origin), nothing may be loaded from elsewhere, and the
// browser must not guess a more dangerous type than the one the upload was checked to be.
const FILE_HEADERS = {
  "X-Content-Type-Options": "nosniff",
  "Cache-Control": "private, no-store",
  "Content-Security-Policy": "default-src 'none'; img-src 'self'; object-src 'self'; sandbox",
  "Cross-Origin-Resource-Policy": "same-origin",
};

const plain = (status: number, text: string) =>
  new Response(text, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });

/** View one document in the browser, after the same permission and scope checks as the chart, audited. */
export async function GET(request: Request, { params }: { params: Promise<{ patientId: string; documentId: string }> }): Promise<Response> {
  try {
    const { patientId, documentId } = await params;
    const db = getDb();
    const ip = clientIp(request.headers);
    const caller = await getCaller();
    if (!caller) return plain(401, "Sign in to view this document.");
    if (!hasPermission(caller.roles, "chart.clinical.read")) {
      await writeAudit(db, caller, { action: "document.view", outcome: "denied", details: { reason: "permission" }, ip });
      return plain(403, "You do not have permission to view documents.");
    }
    const file = UUID.test(patientId) && UUID.test(documentId) ? await getDocumentFile(db, caller, patientId, documentId) : null;
    if (!file) return plain(404, "That document was not found.");
    // Ids only: the title and filename can carry clinical detail.
    await writeAudit(db, caller, { action: "document.view", patientId, entityType: "document", entityId: documentId, ip });
    return new Response(new Uint8Array(file.content), {
      headers: {
        ...FILE_HEADERS,
        "Content-Type": file.contentType,
        "Content-Length": String(file.sizeBytes),
        "Content-Disposition": inlineContentDisposition(file.filename),
      },
    });
  } catch (e) {
    const errorId = crypto.randomUUID().slice(0, 8);
    log.error({ errorId, route: "document.view", err: e instanceof Error ? e.message : String(e) }, "document view failed");
    return plain(500, `Something went wrong. If it happens again, quote error ${errorId}.`);
  }
}
