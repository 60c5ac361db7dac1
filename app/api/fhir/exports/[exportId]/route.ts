import { getDb } from "@/db";
import { writeAudit } from "@/lib/audit";
import { getCaller } from "@/lib/auth/server";
import { hasPermission } from "@/lib/auth/permissions";
import { clientIp } from "@/lib/auth/request-info";
import { getClinicExportFile } from "@/lib/data/clinic-exports";
import { log } from "@/lib/log";

export const dynamic = "force-dynamic";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const plain = (status: number, text: string) => new Response(text, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });

/** Download a finished whole-clinic export (admin's data.export), audited. */
export async function GET(request: Request, { params }: { params: Promise<{ exportId: string }> }): Promise<Response> {
  try {
    const { exportId } = await params;
    const db = getDb();
    const ip = clientIp(request.headers);
    const caller = await getCaller();
    if (!caller) return plain(401, "Sign in to download the export.");
    if (!hasPermission(caller.roles, "data.export")) {
      await writeAudit(db, caller, { action: "fhir.clinic_export.download", outcome: "denied", details: { reason: "permission" }, ip });
      return plain(403, "You do not have permission to download clinic exports.");
    }
    const file = UUID.test(exportId) ? await getClinicExportFile(db, exportId) : null;
    if (!file) return plain(404, "That export was not found or is not ready yet.");
    await writeAudit(db, caller, { action: "fhir.clinic_export.download", entityType: "clinic_export", entityId: exportId, details: { sizeBytes: file.content.length }, ip });
    return new Response(new Uint8Array(file.content), {
      headers: {
        "content-type": "application/zip", "content-length": String(file.content.length), "cache-control": "private, no-store",
        "content-disposition": `attachment; filename="${file.filename.replace(/[^A-Za-z0-9._-]/g, "_")}"`, "x-content-type-options": "nosniff",
      },
    });
  } catch (e) {
    const errorId = crypto.randomUUID().slice(0, 8);
    log.error({ errorId, route: "fhir.clinic_export.download", err: e instanceof Error ? e.message : String(e) }, "export download failed");
    return plain(500, `Something went wrong. If it happens again, quote error ${errorId}.`);
  }
}
