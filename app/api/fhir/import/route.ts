import { getDb } from "@/db";
import { runAction } from "@/lib/actions/core";
import { importPatientBundle } from "@/lib/actions/fhir-import";
import { getCaller } from "@/lib/auth/server";
import { hasPermission } from "@/lib/auth/permissions";
import { clientIp, isSameOrigin } from "@/lib/auth/request-info";
import { readCapped } from "@/lib/request-body";
import { log } from "@/lib/log";
import { MAX_IMPORT_BYTES } from "@/lib/validation/fhir";

export const dynamic = "force-dynamic";

const json = (status: number, body: unknown) => Response.json(body, { status, headers: { "cache-control": "no-store" } });

/**
 * POST a FHIR bundle (the body, as JSON) to import one patient's record. Goes through runAction, so
 * permission (admin's data.import), validation, one transaction and the audit row are as for any write.
 */
export async function POST(request: Request): Promise<Response> {
  try {
    // not behind proxy.ts (its body may exceed what a proxy buffers): refuse cross-site posts here
    if (!isSameOrigin(request.headers)) return json(403, { ok: false, code: "forbidden", error: "Imports are accepted only from this site." });
    const caller = await getCaller();
    const meta = { ip: clientIp(request.headers) };
    if (!caller || !hasPermission(caller.roles, importPatientBundle.permission!)) {
      // Answer before reading a byte of a body that may be 50 MB; the wrapper refuses (and audits) it before parsing input.
      const denied = await runAction(getDb(), caller, importPatientBundle, {}, meta);
      return json(denied.ok ? 400 : denied.code === "session_expired" ? 401 : 403, denied);
    }
    const length = Number(request.headers.get("content-length") ?? 0);
    if (length > MAX_IMPORT_BYTES) return json(413, { ok: false, code: "validation", error: "That file is larger than 50 MB." });
    // capped while reading: a chunked body has no Content-Length to refuse it by
    const body = await readCapped(request.body, MAX_IMPORT_BYTES);
    if (!body) return json(413, { ok: false, code: "validation", error: "That file is larger than 50 MB." });
    const text = body.toString("utf8");
    let bundle: unknown;
    try {
      bundle = JSON.parse(text);
    } catch {
      return json(400, { ok: false, code: "validation", error: "That file is not JSON: choose a FHIR bundle (.json).", fieldErrors: { file: ["That file is not JSON."] } });
    }
    const result = await runAction(getDb(), caller, importPatientBundle, { bundle, allowDuplicate: new URL(request.url).searchParams.get("allowDuplicate") === "1" }, meta);
    const status = result.ok ? 200 : result.code === "forbidden" ? 403 : result.code === "session_expired" ? 401 : result.code === "internal" ? 500 : result.code === "duplicate" ? 409 : 400;
    return json(status, result);
  } catch (e) {
    const errorId = crypto.randomUUID().slice(0, 8);
    log.error({ errorId, route: "fhir.import", err: e instanceof Error ? e.message : String(e) }, "FHIR import failed");
    return json(500, { ok: false, code: "internal", error: `Something went wrong and nothing was saved. If it happens again, quote error ${errorId}.` });
  }
}
