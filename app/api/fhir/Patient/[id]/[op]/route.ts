import { getDb } from "@/db";
import { getCaller } from "@/lib/auth/server";
import { clientIp } from "@/lib/auth/request-info";
import { patientEverything } from "@/lib/data/fhir-access";
import { log } from "@/lib/log";
import { now } from "@/lib/time";

export const dynamic = "force-dynamic";

const outcome = (status: number, text: string) =>
  new Response(JSON.stringify({ resourceType: "OperationOutcome", issue: [{ severity: "error", code: status === 404 ? "not-found" : status === 500 ? "exception" : "forbidden", diagnostics: text }] }), {
    status, headers: { "content-type": "application/fhir+json; charset=utf-8", "cache-control": "no-store" },
  });

/**
 * GET /api/fhir/Patient/{id}/$everything: the patient's whole record as a FHIR R4 Bundle (collection).
 * Staff need clinical read access; a patient gets only their own record (right of access). Audited.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string; op: string }> }): Promise<Response> {
  try {
    const { id, op } = await params;
    if (op !== "$everything") return outcome(404, "Only the $everything operation is offered.");
    const result = await patientEverything(getDb(), await getCaller(), id, { ip: clientIp(request.headers), now: now() });
    if (result.status !== 200) return outcome(result.status, result.message);
    return new Response(JSON.stringify(result.bundle, null, 1), {
      headers: {
        "content-type": "application/fhir+json; charset=utf-8",
        "cache-control": "private, no-store",
        "content-disposition": `attachment; filename="patient-record-${id.slice(0, 8)}.fhir.json"`,
        "x-content-type-options": "nosniff",
      },
    });
  } catch (e) {
    const errorId = crypto.randomUUID().slice(0, 8);
    log.error({ errorId, route: "fhir.everything", err: e instanceof Error ? e.message : String(e) }, "FHIR export failed");
    return outcome(500, `Something went wrong. If it happens again, quote error ${errorId}.`);
  }
}
