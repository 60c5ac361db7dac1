"use server";
import { and, eq, notInArray, sql } from "drizzle-orm";
import { authSessions, patients, portalLinks, users } from "@/db/schema";
import { findLikelyDuplicates, type DuplicateCandidate } from "@/lib/data/patient-search";
import { AppError, versionConflict } from "@/lib/errors";
import { RegisterPatientInput, UpdatePatientInput, VoidPatientInput } from "@/lib/validation/patients";
import { action } from "./action";

type Demographics = Omit<RegisterPatientInput, "confirmNotDuplicate">;

/** Parsed input → table columns (absent optional text becomes NULL, so clearing a field clears it). */
function columns(v: Demographics) {
  return {
    legalFirstName: v.legalFirstName, legalLastName: v.legalLastName, preferredName: v.preferredName ?? null,
    dateOfBirth: v.dateOfBirth, sex: v.sex, phone: v.phone ?? null, email: v.email ?? null,
    addressLine1: v.addressLine1 ?? null, addressLine2: v.addressLine2 ?? null, city: v.city ?? null, region: v.region ?? null,
    postalCode: v.postalCode ?? null, emergencyContactName: v.emergencyContactName ?? null,
    emergencyContactPhone: v.emergencyContactPhone ?? null, emergencyContactRelation: v.emergencyContactRelation ?? null,
    referralSource: v.referralSource ?? null, guardianName: v.guardianName ?? null, guardianRelation: v.guardianRelation ?? null,
    guardianPhone: v.guardianPhone ?? null, guardianEmail: v.guardianEmail ?? null,
  };
}

export type RegisterResult = { status: "created"; patientId: string } | { status: "possible_duplicate"; matches: DuplicateCandidate[] };

/** Register a patient; a likely duplicate (same name and date of birth) is shown first and needs confirming. */
export const registerPatient = action({
  name: "patient.register",
  permission: "patient.demographics.write",
  input: RegisterPatientInput,
  async handler(input, ctx): Promise<RegisterResult> {
    if (!input.confirmNotDuplicate) {
      const matches = await findLikelyDuplicates(ctx.tx, input);
      if (matches.length > 0) {
        ctx.audit({ details: { duplicateWarning: matches.map((m) => m.id) } });
        return { status: "possible_duplicate", matches };
      }
    }
    const [row] = await ctx.tx.insert(patients).values(columns(input)).returning({ id: patients.id });
    ctx.audit({ patientId: row.id, entityType: "patient", entityId: row.id, details: { confirmedNotDuplicate: Boolean(input.confirmNotDuplicate) } });
    ctx.redirectAfterCommit(`/patients/${row.id}`);
    return { status: "created", patientId: row.id };
  },
});

/** Edit demographics, refusing a save based on a stale copy (someone else saved meanwhile). */
export const updatePatient = action({
  name: "patient.update",
  permission: "patient.demographics.write",
  input: UpdatePatientInput,
  patientId: (input) => input.patientId,
  async handler(input, ctx) {
    const { patientId, version, ...rest } = input;
    const rows = await ctx.tx.update(patients)
      .set({ ...columns(rest), version: sql`${patients.version} + 1`, updatedAt: ctx.now })
      .where(and(eq(patients.id, patientId), eq(patients.version, version), notInArray(patients.status, ["voided", "merged"])))
      .returning({ version: patients.version });
    if (rows.length === 0) {
      const [exists] = await ctx.tx.select({ id: patients.id }).from(patients).where(eq(patients.id, patientId));
      throw exists ? versionConflict() : new AppError("not_found", "That patient was not found.");
    }
    ctx.audit({ entityType: "patient", entityId: patientId, details: { fields: Object.keys(rest).filter((k) => rest[k as keyof typeof rest] !== undefined) } });
    return { version: rows[0].version };
  },
});

/** Mark a record entered in error: hidden from lists and search, never deleted; portal access ends. */
export const voidPatient = action({
  name: "patient.void",
  permission: "patient.demographics.write",
  input: VoidPatientInput,
  patientId: (input) => input.patientId,
  async handler(input, ctx) {
    const rows = await ctx.tx.update(patients).set({ status: "voided", voidReason: input.reason, updatedAt: ctx.now })
      .where(and(eq(patients.id, input.patientId), notInArray(patients.status, ["voided", "merged"]))).returning({ id: patients.id });
    if (rows.length === 0) throw new AppError("not_found", "That patient was not found.");
    // Portal accounts that acted only for this record can no longer sign in.
    await ctx.tx.execute(sql`
      update ${authSessions} set ended_at = ${ctx.now.toISOString()}, end_reason = 'patient_voided'
      where ended_at is null and user_id in (select user_id from ${portalLinks} where patient_id = ${input.patientId})`);
    await ctx.tx.update(users).set({ active: false }).where(sql`${users.id} in (
      select pl.user_id from portal_links pl where pl.patient_id = ${input.patientId}
      and not exists (select 1 from portal_links o join patients op on op.id = o.patient_id
                      where o.user_id = pl.user_id and o.patient_id <> ${input.patientId} and op.status not in ('voided', 'merged')))`);
    ctx.audit({ entityType: "patient", entityId: input.patientId });
    ctx.redirectAfterCommit("/patients");
    return { patientId: input.patientId };
  },
});
