"use server";
import { and, eq, sql } from "drizzle-orm";
import { billingLines, consents, documents, episodes, examFindings, intakes, notes, outcomeResponses, patientHistories, patientMerges, patients, procedureConsents, redFlagFindings, treatmentLines, visitDiagnoses, visits } from "@/db/schema";
import { AppError } from "@/lib/errors";
import type { HistoryData } from "@/lib/validation/history";
import { MergePatientsInput } from "@/lib/validation/patients";
import { action } from "./action";

/** Lists from both histories, without repeating what the survivor already had. */
function combineHistories(a: Partial<HistoryData>, b: Partial<HistoryData>): Partial<HistoryData> {
  const uniq = <T,>(xs: T[]) => [...new Map(xs.map((x) => [JSON.stringify(x), x])).values()];
  return {
    ...b, ...a,
    conditions: uniq([...(a.conditions ?? []), ...(b.conditions ?? [])]),
    medications: uniq([...(a.medications ?? []), ...(b.medications ?? [])]),
    allergies: uniq([...(a.allergies ?? []), ...(b.allergies ?? [])]),
    surgeries: uniq([...(a.surgeries ?? []), ...(b.surgeries ?? [])]),
  };
}

/**
 * Merge a duplicate record into this one: its episodes, visits, intakes, red flags, consents, documents,
 * portal access and history move to the survivor; the duplicate stays as "merged" (never deleted)
 * and points at the survivor. One transaction, audited, recorded in patient_merges.
 */
export const mergePatients = action({
  name: "patient.merge",
  permission: "patient.demographics.write",
  input: MergePatientsInput,
  patientId: (input) => input.survivorId,
  async handler(input, ctx) {
    const locked = await ctx.tx.select({ id: patients.id, mrn: patients.mrn, status: patients.status }).from(patients)
      .where(sql`${patients.id} = ${input.survivorId} or ${patients.mrn} = ${input.duplicateMrn}`).orderBy(patients.id).for("update");
    const survivor = locked.find((p) => p.id === input.survivorId);
    const duplicate = locked.find((p) => p.mrn === input.duplicateMrn);
    if (!survivor || survivor.status === "voided" || survivor.status === "merged") throw new AppError("not_found", "This record cannot receive a merge.");
    if (!duplicate || duplicate.status === "voided" || duplicate.status === "merged") {
      throw new AppError("validation", "No active record has that number.", { duplicateMrn: ["No active record has that number"] });
    }
    if (duplicate.id === survivor.id) throw new AppError("validation", "A record cannot be merged into itself.", { duplicateMrn: ["That is this record's own number"] });

    type Movable = typeof episodes | typeof intakes | typeof redFlagFindings | typeof consents | typeof documents | typeof visits | typeof examFindings | typeof outcomeResponses | typeof notes
      | typeof treatmentLines | typeof visitDiagnoses | typeof billingLines | typeof procedureConsents;
    const move = async (table: Movable, label: string) => {
      const rows = await ctx.tx.update(table).set({ patientId: survivor.id }).where(eq(table.patientId, duplicate.id)).returning({ id: table.id });
      return `${label}:${rows.length}`;
    };
    const moved = [
      await move(episodes, "episodes"), await move(intakes, "intakes"), await move(redFlagFindings, "red_flags"),
      await move(consents, "consents"), await move(documents, "documents"), await move(visits, "visits"),
      await move(examFindings, "exam_findings"), await move(outcomeResponses, "outcomes"), await move(notes, "notes"),
      await move(treatmentLines, "treatment_lines"), await move(visitDiagnoses, "diagnoses"), await move(billingLines, "billing_lines"),
      await move(procedureConsents, "procedure_consents"),
    ];
    const links = await ctx.tx.execute(sql`
      update portal_links set patient_id = ${survivor.id}
      where patient_id = ${duplicate.id}
        and user_id not in (select user_id from portal_links where patient_id = ${survivor.id})
      returning user_id`);
    moved.push(`portal_links:${links.length}`);

    const histories = await ctx.tx.select().from(patientHistories).where(sql`${patientHistories.patientId} in (${survivor.id}, ${duplicate.id})`).for("update");
    const mine = histories.find((h) => h.patientId === survivor.id);
    const theirs = histories.find((h) => h.patientId === duplicate.id);
    if (theirs && !mine) {
      await ctx.tx.insert(patientHistories).values({ patientId: survivor.id, data: theirs.data, version: 1, updatedAt: ctx.now, updatedBy: ctx.caller!.userId });
      moved.push("history:copied");
    } else if (theirs && mine) {
      await ctx.tx.update(patientHistories).set({
        data: combineHistories(mine.data as Partial<HistoryData>, theirs.data as Partial<HistoryData>),
        version: mine.version + 1, updatedAt: ctx.now, updatedBy: ctx.caller!.userId,
      }).where(eq(patientHistories.patientId, survivor.id));
      moved.push("history:combined");
    }

    await ctx.tx.update(patients).set({ status: "merged", mergedIntoId: survivor.id, updatedAt: ctx.now })
      .where(and(eq(patients.id, duplicate.id)));
    await ctx.tx.insert(patientMerges).values({ survivorId: survivor.id, mergedId: duplicate.id, reason: input.reason, moved, mergedBy: ctx.caller!.userId, mergedAt: ctx.now });
    ctx.audit({ entityType: "patient", entityId: survivor.id, details: { mergedId: duplicate.id, moved } });
    return { survivorId: survivor.id, mergedMrn: duplicate.mrn, moved };
  },
});
