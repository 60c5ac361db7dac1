import type { Metadata } from "next";
import { sql } from "drizzle-orm";
import { getDb } from "@/db";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/server";

export const metadata: Metadata = { title: "Floor" };

/**
 * The benchmark's floor (npm run bench): the least an authenticated clinic page costs — the session
 * check, the clinic frame and one trivial query. It shows nothing but the caller's own name.
 */
export default async function BenchFloorPage() {
  const caller = await requirePermission("clinic.dashboard");
  const [row] = await getDb().execute<{ ok: number }>(sql`select 1 as ok`);
  return <PageHeader title="Floor" description={`Signed in as ${caller.displayName}${row?.ok === 1 ? "" : " (no database)"}.`} />;
}
