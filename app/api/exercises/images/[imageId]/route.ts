import { getDb } from "@/db";
import { getCaller } from "@/lib/auth/server";
import { getExerciseImage } from "@/lib/data/hep";
import { log } from "@/lib/log";

export const dynamic = "force-dynamic";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const plain = (status: number, text: string) => new Response(text, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });

/**
 * A clinic exercise's picture, for any signed-in staff member or patient (clinic content, no PHI).
 * Served as the type it was checked to be, with no way to run script in it.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ imageId: string }> }): Promise<Response> {
  try {
    const { imageId } = await params;
    if (!(await getCaller())) return plain(401, "Sign in to see this picture.");
    const image = UUID.test(imageId) ? await getExerciseImage(getDb(), imageId) : null;
    if (!image) return plain(404, "That picture was not found.");
    return new Response(new Uint8Array(image.content), {
      headers: {
        "Content-Type": image.contentType, "Content-Length": String(image.sizeBytes), "X-Content-Type-Options": "nosniff",
        // Pictures never change (a new picture is a new row): the phone may keep it.
        "Cache-Control": "private, max-age=86400, immutable",
        "Content-Security-Policy": "default-src 'none'; sandbox", "Cross-Origin-Resource-Policy": "same-origin",
      },
    });
  } catch (e) {
    const errorId = crypto.randomUUID().slice(0, 8);
    log.error({ errorId, route: "exercise.image", err: e instanceof Error ? e.message : String(e) }, "image failed");
    return plain(500, `Something went wrong. If it happens again, quote error ${errorId}.`);
  }
}
