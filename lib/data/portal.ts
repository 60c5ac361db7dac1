import "server-only";
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import type { Caller } from "@/lib/auth/caller";
import { patientScope } from "./patients";

export type PortalPatient = {
  id: string;
  firstName: string;
  relationship: string;
}

/** The patients a portal account acts for (itself, and minors it is guardian of). */
export async function listPortalPatients(db: DbOrTx, caller: Caller): Promise<PortalPatient[]> {
  const rows = await db.execute<PortalPatient>(sql`
    select p.id, coalesce(p.preferred_name, p.legal_first_name) as "firstName", pl.relationship
    from patients p join portal_links pl on pl.patient_id = p.id and pl.user_id = ${caller.userId}
    where ${patientScope(caller)} order by pl.relationship desc, p.legal_first_name`);
  return [...rows];
}
