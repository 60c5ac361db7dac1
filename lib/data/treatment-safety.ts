import "server-only";
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { RESTRICTION_CODES, type RestrictionCode } from "@/lib/domain/intake/red-flag-labels";
import { treatmentHistoryFrom, type ContraindicationContext } from "@/lib/domain/treatment/contraindication-context";
import { CREDENTIALS, type Credential } from "@/lib/domain/treatment/components/types";
import type { ScopeConfig } from "@/lib/domain/treatment/scope";
import { DISCIPLINES, type Discipline } from "@/lib/domain/treatment/types";
import type { HistoryData } from "@/lib/validation/history";

export type StoredRedFlag = { restricts: readonly string[]; acknowledged: boolean };

/**
 * Which red-flag restrictions still apply (DOMAIN.md §1.6, §4.3, V3). A restriction stays until the
 * finding is cleared, and nothing clears a finding yet, so every recorded finding keeps its codes.
 * The one exception is V3's "no treatment encounter until clinician acknowledgement": once a
 * clinician has acknowledged an EMERGENCY flag, its ALL_TREATMENT hold is lifted (otherwise the
 * patient could never be treated again) while its specific restrictions — and an acknowledged
 * URGENT_REFERRAL's "HVLA to the flagged region" — keep blocking.
 */
export function openRestrictions(findings: readonly StoredRedFlag[]): RestrictionCode[] {
  const known = new Set<string>(RESTRICTION_CODES);
  const codes = findings.flatMap((f) => f.restricts.filter((c) => known.has(c) && !(f.acknowledged && c === "ALL_TREATMENT")));
  return [...new Set(codes)] as RestrictionCode[];
}

/**
 * What the contraindication engine needs about a patient, in one query: the stored history and the
 * red-flag findings of every episode (a suspected stress fracture does not go away with a new episode).
 * No flagged region is stored with a finding, so "flagged region" restrictions apply everywhere.
 */
type SafetyRow = { history: Partial<HistoryData> | null; flags: StoredRedFlag[] };

export async function loadSafetyContext(db: DbOrTx, patientId: string): Promise<ContraindicationContext> {
  const [row] = await db.execute<SafetyRow>(safetyContextSql(patientId));
  return safetyContextFromRow(row);
}

/** The query of loadSafetyContext, for one-statement reads (lib/data/batch.ts). */
export function safetyContextSql(patientId: string) {
  return sql`
    select (select h.data from patient_histories h where h.patient_id = ${patientId}) as history,
      coalesce((select json_agg(json_build_object('restricts', f.restricts, 'acknowledged', f.acknowledged_at is not null))
                from red_flag_findings f where f.patient_id = ${patientId}), '[]') as flags`;
}

export function safetyContextFromRow(row: SafetyRow | undefined): ContraindicationContext {
  return { history: treatmentHistoryFrom(row?.history ?? {}), redFlagRestrictions: openRestrictions(row?.flags ?? []) };
}

export type Provider = { discipline: Discipline | null; scope: ScopeConfig };

/**
 * Who is treating, for the scope check (DOMAIN.md §4.0, V17): the discipline and certifications on
 * the staff profile, and the clinic's jurisdiction overrides of the default scope matrix. One query.
 */
type ProviderRow = { discipline: string | null; certifications: string[] | null; overrides: ScopeConfig["componentOverrides"] | null };

export async function loadProvider(db: DbOrTx, userId: string): Promise<Provider> {
  const [row] = await db.execute<ProviderRow>(providerSql(userId));
  return providerFromRow(row);
}

/** The query of loadProvider, for one-statement reads (lib/data/batch.ts). */
export function providerSql(userId: string) {
  return sql`
    select sp.discipline, sp.certifications, (select c.scope_overrides from clinic_settings c where c.id = 1) as overrides
    from (select 1) one left join staff_profiles sp on sp.user_id = ${userId}`;
}

export function providerFromRow(row: ProviderRow | undefined): Provider {
  const d = row?.discipline;
  const known = new Set<string>(CREDENTIALS);
  return {
    discipline: d && (DISCIPLINES as readonly string[]).includes(d) ? (d as Discipline) : null,
    scope: { componentOverrides: row?.overrides ?? {}, credentials: (row?.certifications ?? []).filter((c): c is Credential => known.has(c)) },
  };
}
