import { getDb } from "@/db";
import { runAction, type ActionResult } from "@/lib/actions/core";
import { uploadDocument } from "@/lib/actions/document-upload";
import { getCaller } from "@/lib/auth/server";
import { hasPermission } from "@/lib/auth/permissions";
import { clientIp, isSameOrigin, requestOrigin } from "@/lib/auth/request-info";
import { readCapped } from "@/lib/request-body";
import { checkDocumentFile, MAX_DOCUMENT_BYTES } from "@/lib/domain/documents/sniff";
import { log } from "@/lib/log";

export const dynamic = "force-dynamic";

// The file plus the multipart framing and the two short text fields.
const MAX_BODY_BYTES = MAX_DOCUMENT_BYTES + 64 * 1024;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TOO_LARGE = "The file is larger than 10 MB. Scan at a lower resolution or split it into parts.";

type Failure = Extract<ActionResult<never>, { ok: false }>;

function reply(result: ActionResult<unknown>, status: number): Response {
  return Response.json(result, { status, headers: { "cache-control": "no-store" } });
}

const CODE_FOR: Record<number, string> = { 403: "forbidden", 404: "not_found" };
const refuse = (status: number, error: string, fieldErrors?: Record<string, string[]>) =>
  reply({ ok: false, code: CODE_FOR[status] ?? "validation", error, fieldErrors } satisfies Failure, status);

function statusOf(result: ActionResult<unknown>, fileStatus: number): number {
  if (result.ok) return 201;
  const byCode: Record<string, number> = { session_expired: 401, forbidden: 403, not_found: 404, duplicate: 409, conflict: 409, internal: 500 };
  if (result.code === "validation") return result.fieldErrors?.file ? fileStatus : 400;
  return byCode[result.code] ?? 400;
}

/**
 * Upload one document (multipart/form-data: file, kind, title). A route handler, not a server
 * action, because server actions cap bodies at 1 MB (DESIGN.md §5). The caller is resolved as pages
 * resolve it, and the write itself goes through runAction so that permission, patient scope,
 * validation, the audit row and error messages are the same as for every other write.
 */
export async function POST(request: Request, { params }: { params: Promise<{ patientId: string }> }): Promise<Response> {
  try {
    const { patientId } = await params;
    const db = getDb();
    if (!isSameOrigin(request.headers)) return refuse(403, "Uploads are accepted only from this site.");
    const key = request.headers.get("idempotency-key") ?? undefined;
    const meta = { ip: clientIp(request.headers), origin: requestOrigin(request.headers), idempotencyKey: key };
    const caller = await getCaller();
    if (!caller || !hasPermission(caller.roles, uploadDocument.permission!)) {
      // Answer before reading a byte of the body; the wrapper checks (and audits) this before parsing input.
      const denied = await runAction(db, caller, uploadDocument, { patientId }, meta);
      return reply(denied, statusOf(denied, 400));
    }
    if (!UUID.test(patientId)) return refuse(404, "That patient was not found.");
    const contentType = request.headers.get("content-type") ?? "";
    if (!contentType.toLowerCase().startsWith("multipart/form-data")) {
      return refuse(415, "Send the document as multipart/form-data with the fields file, kind and title.");
    }
    const declaredLength = Number(request.headers.get("content-length") ?? "0");
    if (declaredLength > MAX_BODY_BYTES) return refuse(413, TOO_LARGE, { file: [TOO_LARGE] });
    const body = await readCapped(request.body, MAX_BODY_BYTES);
    if (!body) return refuse(413, TOO_LARGE, { file: [TOO_LARGE] });

    let form: FormData;
    try {
      form = await new Response(new Uint8Array(body), { headers: { "content-type": contentType } }).formData();
    } catch {
      return refuse(400, "The upload could not be read. Choose the file again and retry.");
    }
    const entry = form.get("file");
    // A form sent with no file chosen still carries an empty part without a name.
    const file = entry !== null && typeof entry !== "string" && (entry.name !== "" || entry.size > 0)
      ? { name: entry.name, type: entry.type, bytes: new Uint8Array(await entry.arrayBuffer()) }
      : undefined;
    const input = { patientId, kind: form.get("kind") ?? undefined, title: form.get("title") ?? undefined, file };
    const result = await runAction(db, caller, uploadDocument, input, meta);
    // 413 and 415 tell an API client what was wrong with the file without reading the message.
    const problem = file && !result.ok ? checkDocumentFile(file) : null;
    const fileStatus = problem && !problem.ok ? (problem.problem.reason === "too_large" ? 413 : problem.problem.reason === "type" ? 415 : 400) : 400;
    return reply(result, statusOf(result, fileStatus));
  } catch (e) {
    const errorId = crypto.randomUUID().slice(0, 8);
    log.error({ errorId, route: "document.upload", err: e instanceof Error ? e.message : String(e) }, "upload failed");
    return reply({ ok: false, code: "internal", errorId, error: `Something went wrong and nothing was saved. If it happens again, quote error ${errorId}.` }, 500);
  }
}
