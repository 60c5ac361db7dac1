import { getDb } from "@/db";
import { runAction, type ActionResult } from "@/lib/actions/core";
import { uploadExerciseImage } from "@/lib/actions/hep-image-upload";
import { getCaller } from "@/lib/auth/server";
import { hasPermission } from "@/lib/auth/permissions";
import { clientIp, isSameOrigin, requestOrigin } from "@/lib/auth/request-info";
import { readCapped } from "@/lib/request-body";
import { MAX_EXERCISE_IMAGE_BYTES } from "@/lib/domain/hep/exercise-image";
import { log } from "@/lib/log";

export const dynamic = "force-dynamic";

const MAX_BODY_BYTES = MAX_EXERCISE_IMAGE_BYTES + 16 * 1024;
const TOO_LARGE = "The picture is larger than 2 MB. Save it smaller (for example 1200 pixels wide) and try again.";

const reply = (result: ActionResult<unknown>, status: number) => Response.json(result, { status, headers: { "cache-control": "no-store" } });
const refuse = (status: number, error: string) => reply({ ok: false, code: status === 403 ? "forbidden" : "validation", error, fieldErrors: { file: [error] } }, status);

/** Upload a clinic exercise's picture (multipart/form-data, field "file"); answers { imageId }. */
export async function POST(request: Request): Promise<Response> {
  try {
    const db = getDb();
    if (!isSameOrigin(request.headers)) return refuse(403, "Uploads are accepted only from this site.");
    const meta = { ip: clientIp(request.headers), origin: requestOrigin(request.headers), idempotencyKey: request.headers.get("idempotency-key") ?? undefined };
    const caller = await getCaller();
    if (!caller || !hasPermission(caller.roles, "chart.clinical.write")) {
      const denied = await runAction(db, caller, uploadExerciseImage, {}, meta);
      return reply(denied, denied.ok ? 201 : denied.code === "session_expired" ? 401 : 403);
    }
    if (!(request.headers.get("content-type") ?? "").toLowerCase().startsWith("multipart/form-data")) return refuse(415, "Send the picture as multipart/form-data.");
    if (Number(request.headers.get("content-length") ?? "0") > MAX_BODY_BYTES) return refuse(413, TOO_LARGE);
    const body = await readCapped(request.body, MAX_BODY_BYTES);
    if (!body) return refuse(413, TOO_LARGE);
    let form: FormData;
    try {
      form = await new Response(new Uint8Array(body), { headers: { "content-type": request.headers.get("content-type")! } }).formData();
    } catch {
      return refuse(400, "The upload could not be read. Choose the picture again and retry.");
    }
    const entry = form.get("file");
    const file = entry !== null && typeof entry !== "string" && (entry.name !== "" || entry.size > 0)
      ? { name: entry.name, type: entry.type, bytes: new Uint8Array(await entry.arrayBuffer()) } : undefined;
    const result = await runAction(db, caller, uploadExerciseImage, { file }, meta);
    return reply(result, result.ok ? 201 : result.code === "validation" ? 415 : 400);
  } catch (e) {
    const errorId = crypto.randomUUID().slice(0, 8);
    log.error({ errorId, route: "exercise.image_upload", err: e instanceof Error ? e.message : String(e) }, "upload failed");
    return reply({ ok: false, code: "internal", errorId, error: `Something went wrong and nothing was saved. If it happens again, quote error ${errorId}.` }, 500);
  }
}
