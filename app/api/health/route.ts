import { sql } from "drizzle-orm";
import { getDb } from "@/db";

export const dynamic = "force-dynamic";

/** Load-balancer check: 200 when this instance can reach PostgreSQL, 503 otherwise. */
export async function GET() {
  try {
    await Promise.race([
      getDb().execute(sql`select 1`),
      new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), 3000)),
    ]);
    return Response.json({ status: "ok", db: "ok" }, { headers: { "cache-control": "no-store" } });
  } catch {
    return Response.json({ status: "error", db: "unavailable" }, { status: 503, headers: { "cache-control": "no-store" } });
  }
}
