import "server-only";
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import type { Caller } from "@/lib/auth/caller";
import { hasPermission } from "@/lib/auth/permissions";
import type { PainLocation } from "@/lib/domain/intake/body-regions";
import { historyAlerts, type HistoryAlert } from "@/lib/domain/history/alerts";
import type { HistoryData } from "@/lib/validation/history";
import { patientScope } from "./patients";

export type OpenRedFlag = { id: string; flagId: string; action: string; reasons: string[]; raisedAt: string; needsClarification: boolean };

export type ChartHeader = {
  id: string;
  mrn: string;
  legalName: string;
  preferredName: string | null;
  dateOfBirth: string;
  sex: string;
  activeEpisode: { id: string; title: string; openedOn: string; intakeStatus: string | null; onsetDate: string | null } | null;
  /** titles of the current consent texts this patient has not signed */
  missingConsents: string[];
  /** only for callers with chart.clinical.read: the front desk never receives these */
  clinical: { painLocations: PainLocation[]; openRedFlags: OpenRedFlag[]; allergies: string[]; alerts: HistoryAlert[] } | null;
};

/** Everything the chart header shows, in one statement; clinical parts only for clinical roles. */
export async function getChartHeader(db: DbOrTx, caller: Caller, patientId: string): Promise<ChartHeader | null> {
  const clinical = hasPermission(caller.roles, "chart.clinical.read");
  const rows = await db.execute<Record<string, unknown>>(sql`
    select p.id, p.mrn, p.legal_first_name || ' ' || p.legal_last_name as "legalName", p.preferred_name as "preferredName",
      to_char(p.date_of_birth, 'YYYY-MM-DD') as "dateOfBirth", p.sex,
      (select json_build_object('id', e.id, 'title', e.title, 'openedOn', e.opened_on, 'intakeStatus', i.status,
                                'onsetDate', i.answers->>'onsetDate', 'painLocations', coalesce(i.answers->'painLocations', '[]'::jsonb))
         from episodes e left join intakes i on i.episode_id = e.id
         where e.patient_id = p.id and e.status = 'open' order by e.opened_on desc, e.created_at desc limit 1) as episode,
      case when ${clinical} then coalesce((select json_agg(json_build_object('id', f.id, 'flagId', f.flag_id, 'action', f.action,
                 'reasons', f.reasons, 'raisedAt', f.raised_at, 'needsClarification', f.needs_clarification = 'yes') order by f.raised_at)
               from red_flag_findings f where f.patient_id = p.id and f.acknowledged_at is null
                 and f.action in ('EMERGENCY', 'URGENT_REFERRAL')), '[]') end as "openRedFlags",
      case when ${clinical} then (select h.data from patient_histories h where h.patient_id = p.id) end as history,
      coalesce((select json_agg(ct.title order by ct.kind) from consent_texts ct
        where ct.version = (select max(v.version) from consent_texts v where v.kind = ct.kind)
          and not exists (select 1 from consents c where c.patient_id = p.id and c.consent_text_id = ct.id)), '[]') as "missingConsents"
    from patients p where p.id = ${patientId} and ${patientScope(caller)}`);
  const r = rows[0];
  if (!r) return null;
  const history = r.history as Partial<HistoryData> | null;
  const episode = r.episode as (ChartHeader["activeEpisode"] & { painLocations: PainLocation[] }) | null;
  return {
    id: String(r.id), mrn: String(r.mrn), legalName: String(r.legalName), preferredName: (r.preferredName as string) ?? null,
    dateOfBirth: String(r.dateOfBirth), sex: String(r.sex), missingConsents: (r.missingConsents as string[]) ?? [],
    activeEpisode: episode ? { id: episode.id, title: episode.title, openedOn: episode.openedOn, intakeStatus: episode.intakeStatus, onsetDate: clinical ? episode.onsetDate : null } : null,
    clinical: clinical
      ? {
          painLocations: episode?.painLocations ?? [],
          openRedFlags: (r.openRedFlags as OpenRedFlag[]) ?? [],
          allergies: (history?.allergies ?? []).map((a) => a.name),
          alerts: historyAlerts(history ?? {}),
        }
      : null,
  };
}

export type EpisodeRow = {
  id: string;
  title: string;
  status: "open" | "closed";
  openedOn: string;
  closedOn: string | null;
  closeReason: string | null;
  intakeId: string | null;
  intakeStatus: string | null;
  submittedAt: string | null;
};

/** Episodes with their intake's status (no answers): safe for the front desk's summary too. */
export async function listEpisodes(db: DbOrTx, caller: Caller, patientId: string): Promise<EpisodeRow[]> {
  return [...(await db.execute<EpisodeRow>(episodesSql(caller, patientId)))];
}

/** The query of listEpisodes, for pages that load several sets in one statement (lib/data/batch.ts). */
export function episodesSql(caller: Caller, patientId: string) {
  return sql`
    select e.id, e.title, e.status, to_char(e.opened_on, 'YYYY-MM-DD') as "openedOn", to_char(e.closed_on, 'YYYY-MM-DD') as "closedOn",
      e.close_reason as "closeReason", i.id as "intakeId", i.status as "intakeStatus", i.submitted_at as "submittedAt"
    from episodes e join patients p on p.id = e.patient_id
    left join intakes i on i.episode_id = e.id
    where e.patient_id = ${patientId} and ${patientScope(caller)}
    order by e.status = 'open' desc, e.opened_on desc`;
}
