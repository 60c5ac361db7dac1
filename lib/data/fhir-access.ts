import "server-only";
import type { Bundle } from "@medplum/fhirtypes";
import type { DbOrTx } from "@/db/client";
import { writeAudit } from "@/lib/audit";
import type { Caller } from "@/lib/auth/caller";
import { hasPermission } from "@/lib/auth/permissions";
import { exportPatientBundle } from "./fhir-export";

export type EverythingResult = { status: 200; bundle: Bundle } | { status: 401 | 403 | 404; message: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Patient/{id}/$everything for a caller: staff need clinical read access (the front desk is refused:
 * the record is clinical content); a patient (or guardian) gets their own record only, as their
 * right of access. Every outcome is audited, ids only.
 */
export async function patientEverything(db: DbOrTx, caller: Caller | null, patientId: string, meta: { ip: string | null; now: Date }): Promise<EverythingResult> {
  if (!caller) return { status: 401, message: "Sign in to download this record." };
  const action = caller.kind === "patient" ? "fhir.export.portal" : "fhir.export.patient";
  const allowed = caller.kind === "patient" ? hasPermission(caller.roles, "portal.self") : hasPermission(caller.roles, "chart.clinical.read");
  if (!allowed) {
    await writeAudit(db, caller, { action, outcome: "denied", patientId: UUID.test(patientId) ? patientId : null, details: { reason: "permission" }, ip: meta.ip });
    return { status: 403, message: "You do not have permission to export clinical records." };
  }
  const result = UUID.test(patientId) ? await exportPatientBundle(db, caller, patientId, meta.now) : null;
  if (!result) {
    await writeAudit(db, caller, { action, outcome: "denied", details: { reason: "not_found" }, ip: meta.ip });
    return { status: 404, message: "That patient was not found." };
  }
  await writeAudit(db, caller, { action, patientId, entityType: "patient", entityId: patientId, details: { entries: result.bundle.entry?.length ?? 0 }, ip: meta.ip });
  return { status: 200, bundle: result.bundle };
}
