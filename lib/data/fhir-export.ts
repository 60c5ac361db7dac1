import "server-only";
import { sql } from "drizzle-orm";
import type { Bundle } from "@medplum/fhirtypes";
import type { DbOrTx } from "@/db/client";
import type { Caller } from "@/lib/auth/caller";
import { recordToBundle } from "@/lib/domain/fhir/bundle";
import { loadPatientRecords } from "./fhir-records";
import { patientScope } from "./patients";

export { loadPatientRecords };

export type ExportResult = { bundle: Bundle; patientId: string } | null;

/**
 * One patient's record as a FHIR Bundle for a caller, with the patient scope applied in SQL first
 * (a portal account reaches only its own patients, whatever id is asked for). Portal callers get the
 * patient's right-of-access view: signed notes, no drafts. Clinical permission is checked by the route.
 */
export async function exportPatientBundle(db: DbOrTx, caller: Caller, patientId: string, at: Date): Promise<ExportResult> {
  const [visible] = await db.execute<{ id: string }>(sql`select p.id from patients p where p.id = ${patientId} and ${patientScope(caller)}`);
  if (!visible) return null;
  const [record] = await loadPatientRecords(db, [patientId], { portal: caller.kind === "patient" });
  if (!record) return null;
  return { bundle: recordToBundle(record, at.toISOString()), patientId };
}
