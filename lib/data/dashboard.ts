import "server-only";
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";

export type DashboardCounts = {
  activePatients: number;
  portalAccounts: number;
  activeStaff: number;
  heldMessages: number;
}

/** Headline counts for the staff home in one statement. */
export async function getDashboardCounts(db: DbOrTx): Promise<DashboardCounts> {
  const [row] = await db.execute<DashboardCounts>(sql`
    select (select count(*)::int from patients where status = 'active') as "activePatients",
      (select count(*)::int from users where kind = 'patient' and active and password_hash is not null) as "portalAccounts",
      (select count(*)::int from users where kind = 'staff' and active) as "activeStaff",
      (select count(*)::int from outbox_messages where status in ('held', 'failed')) as "heldMessages"`);
  return row;
}
