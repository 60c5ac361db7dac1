import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import type { Caller } from "@/lib/auth/caller";
import { dateParam } from "@/lib/validation/paging";
import { patientScope, PATIENT_PAGE_SIZE, type PatientListRow } from "./patients";

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => "\\" + c);
}

/** Turn what was typed into search terms: name tokens, a phone's digits, a date of birth. */
export function parseSearch(q: string): { tokens: string[]; digits: string | null; date: string | null } {
  // control characters (a NUL makes PostgreSQL fail the query) are never part of a name
  const trimmed = q.replace(/[\u0000-\u001f\u007f]/g, " ").trim().slice(0, 80);
  const iso = trimmed.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  const us = trimmed.match(/^(\d{1,2})\/(\d{1,2})\/(\d{4})$/);
  // only a date that exists: 2026-02-31 would fail the ::date cast
  const date = dateParam(iso ? trimmed : us ? `${us[3]}-${us[1].padStart(2, "0")}-${us[2].padStart(2, "0")}` : undefined) ?? null;
  const digitsOnly = trimmed.replace(/[\s()+.-]/g, "");
  const digits = !date && /^\d{4,}$/.test(digitsOnly) ? digitsOnly : null;
  const tokens = date || digits ? [] : trimmed.split(/\s+/).filter(Boolean).slice(0, 4);
  return { tokens, digits, date };
}

/**
 * Patients matching a name (partial, either name, accent- and case-insensitive, every word must
 * match), a phone number or a date of birth. Exact name words rank first, then prefixes, then
 * trigram similarity. Backed by the pg_trgm GIN index on the normalised name.
 */
export async function searchPatients(db: DbOrTx, caller: Caller, q: string, page = 1): Promise<{ rows: PatientListRow[]; hasMore: boolean }> {
  const { tokens, digits, date } = parseSearch(q);
  const conditions: SQL[] = [];
  let rank: SQL | null = null;
  if (date) conditions.push(sql`p.date_of_birth = ${date}::date`);
  if (digits) conditions.push(sql`regexp_replace(coalesce(p.phone, ''), '[^0-9]', '', 'g') like ${"%" + digits + "%"}`);
  if (tokens.length) {
    // LIKE wildcards typed by the user are matched literally
    const perToken = tokens.map((t) => sql`(p.search_name like '%' || kc_normalize(${escapeLike(t)}) || '%' escape '\' or p.search_name % kc_normalize(${t}))`);
    conditions.push(sql.join(perToken, sql` and `));
    const exact = tokens.map((t) => sql`(case when (' ' || p.search_name || ' ') like '% ' || kc_normalize(${t}) || ' %' then 2
      when (' ' || p.search_name) like '% ' || kc_normalize(${t}) || '%' then 1 else 0 end)`);
    rank = sql`(${sql.join(exact, sql` + `)}) * 10 + similarity(p.search_name, kc_normalize(${tokens.join(" ")}))`;
  }
  if (conditions.length === 0) return { rows: [], hasMore: false };
  const offset = (Math.max(1, page) - 1) * PATIENT_PAGE_SIZE;
  const rows = await db.execute<PatientListRow>(sql`
    select p.id, p.mrn, p.legal_last_name || ', ' || p.legal_first_name as name, p.preferred_name as "preferredName",
      to_char(p.date_of_birth, 'YYYY-MM-DD') as "dateOfBirth", p.phone,
      exists(select 1 from portal_links pl where pl.patient_id = p.id) as "portalAccess"
    from patients p
    where ${patientScope(caller)} and (${sql.join(conditions, sql` or `)})
    order by ${rank ? sql`${rank} desc,` : sql``} p.legal_last_name, p.legal_first_name, p.id
    limit ${PATIENT_PAGE_SIZE + 1} offset ${offset}`);
  return { rows: [...rows].slice(0, PATIENT_PAGE_SIZE), hasMore: rows.length > PATIENT_PAGE_SIZE };
}

export interface DuplicateCandidate {
  id: string;
  mrn: string;
  name: string;
  dateOfBirth: string;
}

/** Likely the same person: same date of birth and the same (normalised) first and last name. */
export async function findLikelyDuplicates(db: DbOrTx, v: { legalFirstName: string; legalLastName: string; dateOfBirth: string }, excludeId?: string) {
  const rows = await db.execute<DuplicateCandidate & Record<string, unknown>>(sql`
    select p.id, p.mrn, p.legal_first_name || ' ' || p.legal_last_name as name, to_char(p.date_of_birth, 'YYYY-MM-DD') as "dateOfBirth"
    from patients p
    where p.status not in ('voided', 'merged') and p.date_of_birth = ${v.dateOfBirth}::date
      and kc_normalize(p.legal_last_name) = kc_normalize(${v.legalLastName})
      and (kc_normalize(p.legal_first_name) = kc_normalize(${v.legalFirstName}) or similarity(kc_normalize(p.legal_first_name), kc_normalize(${v.legalFirstName})) > 0.5)
      ${excludeId ? sql`and p.id <> ${excludeId}` : sql``}
    limit 5`);
  return [...rows] as DuplicateCandidate[];
}
