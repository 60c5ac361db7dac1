import "server-only";
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";

/** Everyone who can appear as an actor in the audit log, for its filter. */
export async function listStaffAndPortalUsers(db: DbOrTx): Promise<{ id: string; label: string }[]> {
  const rows = await db.execute<{ id: string; label: string }>(sql`
    select id, display_name || case when kind = 'patient' then ' (portal)' else '' end as label
    from users order by kind desc, display_name limit 1000`);
  return [...rows];
}
