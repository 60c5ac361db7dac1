import "server-only";
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import type { Caller } from "@/lib/auth/caller";

export type PatientListRow = {
  id: string;
  mrn: string;
  name: string;
  preferredName: string | null;
  dateOfBirth: string;
  phone: string | null;
  portalAccess: boolean;
}

export const PATIENT_PAGE_SIZE = 25;

/**
 * The scope is part of the SQL: a staff member sees every patient of the clinic that is not
 * voided; a portal account sees only the patients it is linked to.
 */
export function patientScope(caller: Caller) {
  if (caller.kind === "staff") return sql`p.status not in ('voided', 'merged')`;
  return sql`p.status not in ('voided', 'merged') and p.id in (select pl.patient_id from portal_links pl where pl.user_id = ${caller.userId})`;
}

export async function listPatients(db: DbOrTx, caller: Caller, page = 1): Promise<{ rows: PatientListRow[]; hasMore: boolean }> {
  const p = Math.max(1, page);
  const rows = await db.execute<PatientListRow>(sql`
    select p.id, p.mrn, p.legal_last_name || ', ' || p.legal_first_name as name, p.preferred_name as "preferredName",
      to_char(p.date_of_birth, 'YYYY-MM-DD') as "dateOfBirth", p.phone,
      exists(select 1 from portal_links pl where pl.patient_id = p.id) as "portalAccess"
    from patients p where ${patientScope(caller)}
    order by p.legal_last_name, p.legal_first_name, p.id
    limit ${PATIENT_PAGE_SIZE + 1} offset ${(p - 1) * PATIENT_PAGE_SIZE}`);
  return { rows: [...rows].slice(0, PATIENT_PAGE_SIZE), hasMore: rows.length > PATIENT_PAGE_SIZE };
}

export type PatientSummary = {
  id: string;
  mrn: string;
  legalFirstName: string;
  legalLastName: string;
  preferredName: string | null;
  dateOfBirth: string;
  sex: string;
  phone: string | null;
  email: string | null;
  status: string;
  portalAccounts: { userId: string; email: string; relationship: string; active: boolean; hasPassword: boolean }[];
}

export async function getPatientSummary(db: DbOrTx, caller: Caller, patientId: string): Promise<PatientSummary | null> {
  const rows = await db.execute<PatientSummary>(patientSummarySql(caller, patientId));
  return rows[0] ?? null;
}

/** The query of getPatientSummary, for pages that load several sets in one statement (lib/data/batch.ts). */
export function patientSummarySql(caller: Caller, patientId: string) {
  return sql`
    select p.id, p.mrn, p.legal_first_name as "legalFirstName", p.legal_last_name as "legalLastName",
      p.preferred_name as "preferredName", to_char(p.date_of_birth, 'YYYY-MM-DD') as "dateOfBirth", p.sex, p.phone, p.email, p.status,
      coalesce((select json_agg(json_build_object('userId', u.id, 'email', u.email, 'relationship', pl.relationship,
                 'active', u.active, 'hasPassword', u.password_hash is not null) order by u.email)
               from portal_links pl join users u on u.id = pl.user_id where pl.patient_id = p.id), '[]') as "portalAccounts"
    from patients p where p.id = ${patientId} and ${patientScope(caller)}`;
}

/** Every demographic column, for the edit form (as strings, empty when unset). */
export async function getPatientForEdit(db: DbOrTx, caller: Caller, patientId: string) {
  const rows = await db.execute<Record<string, string | number | null>>(sql`
    select p.id as "patientId", p.version, p.legal_first_name as "legalFirstName", p.legal_last_name as "legalLastName",
      p.preferred_name as "preferredName", to_char(p.date_of_birth, 'YYYY-MM-DD') as "dateOfBirth", p.sex::text as sex,
      p.phone, p.email, p.address_line1 as "addressLine1", p.address_line2 as "addressLine2", p.city, p.region,
      p.postal_code as "postalCode", p.emergency_contact_name as "emergencyContactName", p.emergency_contact_phone as "emergencyContactPhone",
      p.emergency_contact_relation as "emergencyContactRelation", p.referral_source as "referralSource",
      p.guardian_name as "guardianName", p.guardian_relation as "guardianRelation", p.guardian_phone as "guardianPhone", p.guardian_email as "guardianEmail"
    from patients p where p.id = ${patientId} and ${patientScope(caller)}`);
  const r = rows[0];
  if (!r) return null;
  return Object.fromEntries(Object.entries(r).map(([k, v]) => [k, k === "version" ? Number(v) : (v ?? "")])) as Record<string, string> & { version: number };
}
