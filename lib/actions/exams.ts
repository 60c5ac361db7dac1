"use server";
import { eq, sql } from "drizzle-orm";
import { examFindings, visits } from "@/db/schema";
import { findExamItem, canonicalCode } from "@/lib/domain/exams/catalogue/catalogue";
import { deriveFindings } from "@/lib/domain/exams/derive";
import type { ExamFinding } from "@/lib/domain/exams/finding";
import { AppError } from "@/lib/errors";
import { SaveExamInput } from "@/lib/validation/exams";
import { action } from "./action";

// Columns an upsert may change; the first eight are the finding's content, the last two say who and when.
const CHANGEABLE = [
  { key: "valueNum", column: "value_num" }, { key: "valueText", column: "value_text" }, { key: "valueJson", column: "value_json" },
  { key: "unit", column: "unit" }, { key: "method", column: "method" }, { key: "familiarPain", column: "familiar_pain" },
  { key: "comment", column: "comment" }, { key: "extras", column: "extras" }, { key: "modifier", column: "modifier" },
  { key: "recordedBy", column: "recorded_by" }, { key: "recordedAt", column: "recorded_at" },
] as const;

/** Where each kind of value is stored, so numbers trend and codes compare. */
function columnsOf(f: ExamFinding) {
  const v = f.value;
  return {
    valueNum: typeof v === "number" ? v : null,
    valueText: typeof v === "string" ? v : null,
    valueJson: Array.isArray(v) ? (v as unknown) : null,
  };
}

/**
 * Save the exam of a visit: the findings sent are the whole exam (only what was tested), so rows
 * no longer sent are removed and the rest are upserted — unchanged rows keep who recorded them.
 */
export const saveExam = action({
  name: "exam.save",
  permission: "chart.clinical.write",
  input: SaveExamInput,
  async handler(input, ctx) {
    const [visit] = await ctx.tx.select({ id: visits.id, patientId: visits.patientId, status: visits.status }).from(visits)
      .where(eq(visits.id, input.visitId)).for("update");
    if (!visit) throw new AppError("not_found", "That visit was not found.");
    if (visit.status !== "in_progress") throw new AppError("invalid", "This visit is no longer open for changes.");

    const typed: ExamFinding[] = input.findings.map((f) => {
      const item = findExamItem(f.code)!;
      return { ...f, code: canonicalCode(f.code), site: f.site ?? "", unit: item.unit };
    });
    const all = [...typed.filter((f) => !f.code.endsWith("-DIFF")), ...deriveFindings(typed)];

    const keys = all.map((f) => sql`(${f.code}, ${f.side}, ${f.site ?? ""})`);
    await ctx.tx.execute(sql`delete from exam_findings where visit_id = ${visit.id}
      ${keys.length ? sql`and (code, side, site) not in (${sql.join(keys, sql`, `)})` : sql``}`);
    if (all.length > 0) {
      // one statement for the whole exam; rows whose values did not change keep who recorded them
      await ctx.tx.insert(examFindings).values(all.map((f) => ({
        visitId: visit.id, patientId: visit.patientId, code: f.code, side: f.side, site: f.site ?? "", ...columnsOf(f), unit: f.unit,
        method: f.method ?? null, familiarPain: f.familiarPain ?? null, comment: f.comment ?? null, modifier: f.modifier ?? null,
        extras: (f as { extras?: Record<string, unknown> }).extras ?? null, recordedBy: ctx.caller!.userId, recordedAt: ctx.now,
      }))).onConflictDoUpdate({
        target: [examFindings.visitId, examFindings.code, examFindings.side, examFindings.site],
        set: Object.fromEntries(CHANGEABLE.map((c) => [c.key, sql.raw(`excluded.${c.column}`)])),
        setWhere: sql.raw(`(${CHANGEABLE.slice(0, 8).map((c) => `exam_findings.${c.column}`).join(", ")}) is distinct from (${CHANGEABLE.slice(0, 8).map((c) => `excluded.${c.column}`).join(", ")})`),
      });
    }
    ctx.audit({ patientId: visit.patientId, entityType: "visit", entityId: visit.id, details: { findings: all.length } });
    return { saved: all.length };
  },
});

