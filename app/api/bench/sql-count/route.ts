import { statementCount } from "@/db/client";

export const dynamic = "force-dynamic";

/**
 * The benchmark's SQL counter (npm run bench): statements this instance has sent since it started.
 * Exists only when the server runs with KC_COUNT_SQL=1; everywhere else it is a plain 404.
 */
export async function GET() {
  if (process.env.KC_COUNT_SQL !== "1") return new Response("Not found", { status: 404 });
  return Response.json({ statements: statementCount() }, { headers: { "cache-control": "no-store" } });
}
