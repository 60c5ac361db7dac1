import { sql } from "drizzle-orm";
import type { Bundle } from "@medplum/fhirtypes";
import { BundleError } from "@/lib/domain/fhir/codes";
import { bundleToRecord } from "@/lib/domain/fhir/parse-bundle";
import { AppError } from "@/lib/errors";
import { ImportBundleInput } from "@/lib/validation/fhir";
import type { ActionDefinition } from "./core";
import { writeRecord, type ImportSummary } from "./fhir-import-store";
import { PG, constraintOf, pgError } from "./pg-errors";
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
    const p = record.patient;
    if (!input.allowDuplicate) {
      const [same] = await ctx.tx.execute<{ mrn: string }>(sql`
        select mrn from patients where lower(legal_first_name) = lower(${p.legalFirstName}) and lower(legal_last_name) = lower(${p.legalLastName})
          and date_of_birth = ${p.dateOfBirth}::date and status not in ('voided', 'merged') limit 1`);
      if (same) {
        const message = `A patient with this name and date of birth is already here (${same.mrn}). Tick "Import anyway" to add the record as a separate patient, or merge the two afterwards.`;
        throw new AppError("duplicate", message, { allowDuplicate: [message] });
      }
    }
    let summary: ImportSummary;
    try {
      summary = await writeRecord(ctx.tx, record, ctx.caller!.userId, ctx.now);
    } catch (e) {
      // A value our tables refuse (an unknown visit type, a date out of range): the file's fault, not a crash.
      const pg = pgError(e);
      if (pg && (pg.code.startsWith("22") || (pg.code.startsWith("23") && pg.code !== PG.exclusionViolation))) {
        const message = `The bundle holds a value this clinic cannot store${constraintOf(pg) ? ` (${constraintOf(pg)})` : ""}; nothing was imported.`;
        throw new AppError("validation", message, { file: [message] });
      }
      throw e;
    }
    // Counts only: names and clinical text stay out of the audit log.
    ctx.audit({ patientId: summary.patientId, entityType: "patient", entityId: summary.patientId, details: { counts: summary.counts, skipped: summary.skipped.length } });
    return summary;
  },
};
registerAction(importPatientBundle);
