import { and, eq, sql } from "drizzle-orm";
import { notes, visitDiagnoses } from "@/db/schema";
import type { Tx } from "@/db/client";
import { NOTE_FOR_VISIT } from "@/lib/validation/notes";
import { insertNoteDraft } from "./note-store";
import type { OpenVisit } from "./treatment-checks";

/**
 * "Same as last visit", beyond the treatment lines: the previous visit's diagnoses (when today has
 * none yet) and its plan, into today's draft note (opened if needed, filled only if its plan is
 * blank). Nothing the clinician already wrote today is overwritten.
 */
export async function copyPlanAndDiagnoses(tx: Tx, visit: OpenVisit, previousVisitId: string, userId: string, at: Date) {
  const [prev] = await tx.execute<{ plan: string | null; dx: { rank: number; code: string }[] | null; todayDx: number }>(sql`
    select (select n.plan from notes n where n.visit_id = ${previousVisitId} and n.status <> 'voided') as plan,
      (select json_agg(json_build_object('rank', d.rank, 'code', d.icd_code) order by d.rank) from visit_diagnoses d where d.visit_id = ${previousVisitId}) as dx,
      (select count(*)::int from visit_diagnoses d where d.visit_id = ${visit.id}) as "todayDx"`);
  let diagnoses = 0;
  if (prev.todayDx === 0 && prev.dx?.length) {
    await tx.insert(visitDiagnoses).values(prev.dx.map((d) => ({ visitId: visit.id, patientId: visit.patientId, rank: d.rank, icdCode: d.code, createdBy: userId, createdAt: at })));
    diagnoses = prev.dx.length;
  }
  const plan = prev.plan?.trim() ?? "";
  let planCopied = false;
  if (plan) {
    const created = await insertNoteDraft(tx, { visitId: visit.id, patientId: visit.patientId, noteType: NOTE_FOR_VISIT[visit.visitType] ?? "DAILY", authorId: userId, at, plan });
    if (created) planCopied = true;
    else {
      const updated = await tx.update(notes).set({ plan, version: sql`${notes.version} + 1`, updatedAt: at, updatedBy: userId })
        .where(and(eq(notes.visitId, visit.id), eq(notes.status, "draft"), eq(notes.plan, ""))).returning({ id: notes.id });
      planCopied = updated.length > 0;
    }
  }
  return { diagnoses, planCopied };
}
