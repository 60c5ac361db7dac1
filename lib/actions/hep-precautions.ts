import { sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { findExercise } from "@/lib/domain/hep/library/library";
import { checkPrescription, type PrescriptionCheck } from "@/lib/domain/hep/prescription";
import { AppError } from "@/lib/errors";
import type { HistoryData } from "@/lib/validation/history";

/**
 * The precautions of a draft's exercises against the patient's history (DOMAIN.md §6, e.g. a deep hip
 * flexion stretch after a posterior-approach hip replacement). A BLOCK stops the assignment unless the
 * clinician gives a reason, which is then audited; WARNs are returned for the confirmation.
 */
export async function checkDraftPrecautions(tx: Tx, versionId: string, patientId: string, override: string | undefined): Promise<PrescriptionCheck> {
  const [row] = await tx.execute<{ codes: string[] | null; history: Partial<HistoryData> | null }>(sql`
    select (select array_agg(x.code order by i.position) from hep_program_items i join exercises x on x.id = i.exercise_id where i.version_id = ${versionId}) as codes,
      (select h.data from patient_histories h where h.patient_id = ${patientId}) as history`);
  const check = checkPrescription((row?.codes ?? []).map((exerciseCode) => ({ exerciseCode })), row?.history ?? null);
  if (check.blocked && !override?.trim()) {
    const lines = check.warnings.filter((w) => w.level === "BLOCK").map((w) =>
      `${findExercise(w.exerciseCode)?.name ?? w.exerciseCode}: ${w.message} (${w.reason})${w.substitute ? ` Try ${findExercise(w.substitute)?.name ?? w.substitute} instead.` : ""}`);
    throw new AppError("validation", "An exercise in this program is not advised for this patient: change it, or give your reason to assign it anyway.", { precautionOverride: lines });
  }
  return check;
}
