import type { Bundle } from "@medplum/fhirtypes";
import { BundleError } from "@/lib/domain/fhir/codes";
import { bundleToRecord } from "@/lib/domain/fhir/parse-bundle";
import { AppError } from "@/lib/errors";
import { ImportBundleInput } from "@/lib/validation/fhir";
import type { ActionDefinition } from "./core";
import { writeRecord, type ImportSummary } from "./fhir-import-store";
import { registerAction } from "./registry";

/**
 * Import one patient's FHIR bundle (the shape our export writes) into this clinic: a new patient with
 * their history under new ids, in one transaction with its audit row. A plain definition, called by
 * the route handler app/api/fhir/import/route.ts, because a record with its documents is larger than
 * a server action accepts.
 */
export const importPatientBundle: ActionDefinition<typeof ImportBundleInput, ImportSummary> = {
  name: "fhir.import",
  permission: "data.import",
  input: ImportBundleInput,
  isolation: "read committed",
  constraintMessages: {
    appointments_clinician_no_overlap: { message: "Two appointments in the bundle overlap for one clinician." },
    appointments_patient_no_overlap: { message: "Two appointments in the bundle overlap for the patient." },
  },
  async handler(input, ctx) {
    let record;
    try {
      record = bundleToRecord(input.bundle as unknown as Bundle);
    } catch (e) {
      if (e instanceof BundleError || e instanceof SyntaxError) throw new AppError("validation", e.message, { file: [e.message] });
      throw e;
    }
    const summary = await writeRecord(ctx.tx, record, ctx.caller!.userId, ctx.now);
    // Counts only: names and clinical text stay out of the audit log.
    ctx.audit({ patientId: summary.patientId, entityType: "patient", entityId: summary.patientId, details: { counts: summary.counts, skipped: summary.skipped.length } });
    return summary;
  },
};
registerAction(importPatientBundle);
