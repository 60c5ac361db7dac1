"use server";
import { and, asc, eq, sql } from "drizzle-orm";
import { billingLines, examFindings, staffProfiles, treatmentLines, visitDiagnoses, visits } from "@/db/schema";
import type { Tx } from "@/db/client";
import { COMMERCIAL_BILLING, MEDICARE_BILLING, deriveBillingLines } from "@/lib/domain/coding/cpt";
import { validateDiagnoses, type DocumentedSide } from "@/lib/domain/coding/icd10";
import type { TreatmentLine } from "@/lib/domain/treatment/types";
import { AppError } from "@/lib/errors";
import { DeriveBillingInput, SetDiagnosesInput, UpdateBillingLineInput } from "@/lib/validation/coding";
import { action } from "./action";

/** The visit, locked for the change; a signed visit is refused here before the trigger would. */
async function openVisit(tx: Tx, visitId: string) {
  const [v] = await tx.select({ id: visits.id, patientId: visits.patientId, clinicianId: visits.clinicianId }).from(visits).where(eq(visits.id, visitId)).for("update");
  if (!v) throw new AppError("not_found", "That visit was not found.");
  const [{ locked }] = await tx.execute<{ locked: boolean }>(sql`select kc_visit_is_locked(${visitId}) as locked`);
  if (locked) throw new AppError("invalid", "This visit is signed: its coding cannot change. Add an addendum to the note.");
  return v;
}

/** Sides documented at this visit (findings and treatment lines): ICD laterality must match them (V4). */
async function documentedSides(tx: Tx, visitId: string): Promise<DocumentedSide[]> {
  const rows = await tx.execute<{ side: string }>(sql`
    select distinct side from ${examFindings} where visit_id = ${visitId}
    union select distinct side from ${treatmentLines} where visit_id = ${visitId} and side is not null`);
  return rows.map((r) => r.side).filter((s): s is DocumentedSide => ["L", "R", "BIL", "CENTRAL"].includes(s));
}

/** Replace the visit's diagnoses (ranked as given); header codes, laterality mismatches and Excludes1 pairs are refused. */
export const setDiagnoses = action({
  name: "visit.diagnoses",
  permission: "chart.clinical.write",
  input: SetDiagnosesInput,
  async handler(input, ctx) {
    const visit = await openVisit(ctx.tx, input.visitId);
    const check = validateDiagnoses(input.codes, await documentedSides(ctx.tx, input.visitId));
    const errors = check.issues.filter((i) => i.severity === "error");
    if (errors.length > 0) {
      throw new AppError("validation", errors.map((e) => e.message).join(" "), { codes: errors.map((e) => e.message) });
    }
    await ctx.tx.delete(visitDiagnoses).where(eq(visitDiagnoses.visitId, input.visitId));
    const codes = check.normalised.filter((c): c is string => c !== null);
    if (codes.length) {
      await ctx.tx.insert(visitDiagnoses).values(codes.map((icdCode, i) => ({ visitId: visit.id, patientId: visit.patientId, rank: i + 1, icdCode, createdBy: ctx.caller!.userId, createdAt: ctx.now })));
    }
    ctx.audit({ patientId: visit.patientId, entityType: "visit", entityId: visit.id, details: { diagnoses: codes.length } });
    return { codes, warnings: check.issues.filter((i) => i.severity === "warning").map((i) => i.message) };
  },
});

/** Derive CPT/HCPCS lines from the treatment lines (CMT by regions, 8-minute rule or per-code, untimed = 1). */
export const deriveBilling = action({
  name: "visit.billing_derive",
  permission: "chart.clinical.write",
  input: DeriveBillingInput,
  async handler(input, ctx) {
    const visit = await openVisit(ctx.tx, input.visitId);
    const [clinician] = await ctx.tx.select({ discipline: staffProfiles.discipline }).from(staffProfiles).where(eq(staffProfiles.userId, visit.clinicianId));
    const rows = await ctx.tx.select().from(treatmentLines).where(eq(treatmentLines.visitId, visit.id)).orderBy(asc(treatmentLines.position));
    const lines: TreatmentLine[] = rows.map((r) => ({
      componentCode: r.componentCode, params: r.params as TreatmentLine["params"], side: (r.side ?? undefined) as TreatmentLine["side"],
      minutes: r.minutes ?? undefined, discipline: (clinician?.discipline ?? undefined) as TreatmentLine["discipline"],
    }));
    const diagnoses = (await ctx.tx.select({ code: visitDiagnoses.icdCode }).from(visitDiagnoses).where(eq(visitDiagnoses.visitId, visit.id)).orderBy(asc(visitDiagnoses.rank))).map((d) => d.code);
    const options = input.payer === "medicare" ? { ...MEDICARE_BILLING(input.planActive), diagnoses } : { ...COMMERCIAL_BILLING, diagnoses };
    const result = deriveBillingLines(lines, options);
    await ctx.tx.delete(billingLines).where(eq(billingLines.visitId, visit.id));
    if (result.lines.length) {
      await ctx.tx.insert(billingLines).values(result.lines.map((l, i) => ({
        visitId: visit.id, patientId: visit.patientId, position: i + 1, code: l.code, units: l.units, minutes: l.minutes, modifiers: l.modifiers,
        diagnosisPointers: diagnoses.slice(0, 4).map((_, j) => j + 1), createdBy: ctx.caller!.userId, createdAt: ctx.now,
      })));
    }
    ctx.audit({ patientId: visit.patientId, entityType: "visit", entityId: visit.id, details: { billingLines: result.lines.length, payer: input.payer } });
    return { lines: result.lines.length, warnings: [...result.warnings, ...result.notBilled.map((n) => `${n.code} (${n.minutes} min): ${n.reason}`)], totalTimedMinutes: result.totalTimedMinutes };
  },
});

/** Adjust units or modifiers of one derived line before signing. */
export const updateBillingLine = action({
  name: "visit.billing_update",
  permission: "chart.clinical.write",
  input: UpdateBillingLineInput,
  async handler(input, ctx) {
    const [line] = await ctx.tx.select({ visitId: billingLines.visitId }).from(billingLines).where(eq(billingLines.id, input.lineId));
    if (!line) throw new AppError("not_found", "That billing line was not found.");
    const visit = await openVisit(ctx.tx, line.visitId);
    await ctx.tx.update(billingLines).set({ units: input.units, modifiers: input.modifiers }).where(and(eq(billingLines.id, input.lineId)));
    ctx.audit({ patientId: visit.patientId, entityType: "billing_line", entityId: input.lineId });
    return { updated: true };
  },
});
