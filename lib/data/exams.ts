import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import type { Caller } from "@/lib/auth/caller";
import type { ExamFinding } from "@/lib/domain/exams/finding";
import { patientScope } from "./patients";

type FindingRow = {
  code: string; side: ExamFinding["side"]; site: string; value_num: number | string | null; value_text: string | null; value_json: unknown;
  unit: ExamFinding["unit"]; method: string | null; familiar_pain: boolean | null; comment: string | null; modifier: "-" | "+" | null; extras: Record<string, unknown> | null;
};

export type StoredFinding = ExamFinding & { extras?: Record<string, unknown> };

function toFinding(r: FindingRow): StoredFinding {
  const value = r.value_num !== null ? Number(r.value_num) : r.value_text ?? (r.value_json as ExamFinding["value"]) ?? null;
  return {
    code: r.code, side: r.side, site: r.site || undefined, value, unit: r.unit, method: r.method ?? undefined,
    familiarPain: r.familiar_pain ?? undefined, comment: r.comment ?? undefined, modifier: r.modifier ?? undefined, extras: r.extras ?? undefined,
  };
}

const COLUMNS = sql`f.code, f.side, f.site, f.value_num, f.value_text, f.value_json, f.unit, f.method, f.familiar_pain, f.comment, f.modifier, f.extras`;

/**
 * The findings of a visit and of the previous examined visit of the same episode, in ONE query
 * (no query per finding, none per visit).
 */
type ExamRow = FindingRow & { which: "current" | "previous"; previous_visit_id: string | null; previous_at: string | null };

export async function getExamWithPrevious(db: DbOrTx, caller: Caller, patientId: string, visitId: string) {
  return examFromRows([...(await db.execute<ExamRow>(examWithPreviousSql(caller, patientId, visitId)))]);
}

/** The query of getExamWithPrevious, for pages that load several sets in one statement; examFromRows reads its rows. */
export function examWithPreviousSql(caller: Caller, patientId: string, visitId: string) {
  return sql`
    with v as (
      select v.id, v.episode_id, v.starts_at from visits v join patients p on p.id = v.patient_id
      where v.id = ${visitId} and v.patient_id = ${patientId} and ${patientScope(caller)}
    ), prev as (
      select pv.id, pv.starts_at from visits pv, v
      where pv.episode_id = v.episode_id and pv.starts_at < v.starts_at and pv.status <> 'cancelled'
        and exists (select 1 from exam_findings x where x.visit_id = pv.id)
      order by pv.starts_at desc limit 1
    )
    select 'current' as which, null::uuid as previous_visit_id, null::timestamptz as previous_at, ${COLUMNS}
      from exam_findings f join v on f.visit_id = v.id
    union all
    select 'previous', prev.id, prev.starts_at, ${COLUMNS} from exam_findings f join prev on f.visit_id = prev.id
    order by 1, 4`;
}

export function examFromRows(rows: ExamRow[]) {
  const current = rows.filter((r) => r.which === "current").map(toFinding);
  const prevRows = rows.filter((r) => r.which === "previous");
  return {
    current,
    previous: prevRows.map(toFinding),
    previousVisitId: prevRows[0]?.previous_visit_id ?? null,
    previousAt: prevRows[0]?.previous_at ?? null,
  };
}

export type TrendPoint = { at: string; value: number };

/** Numeric findings over an episode, per code and side, oldest first: the data of the trend charts. */
export async function getEpisodeTrends(db: DbOrTx, caller: Caller, patientId: string, episodeId: string): Promise<Record<string, TrendPoint[]>> {
  return trendsFromRows([...(await db.execute<TrendRow>(episodeTrendsSql(caller, patientId, sql`${episodeId}::uuid`)))]);
}

type TrendRow = { code: string; side: string; at: string; value: string | number };

/** The query of getEpisodeTrends; `episode` may be a subquery (the episode of a visit), for one-statement pages. */
export function episodeTrendsSql(caller: Caller, patientId: string, episode: SQL) {
  return sql`
    select f.code, f.side, v.starts_at as at, f.value_num as value
    from exam_findings f join visits v on v.id = f.visit_id join patients p on p.id = v.patient_id
    where v.patient_id = ${patientId} and v.episode_id = (${episode}) and v.status <> 'cancelled'
      and f.value_num is not null and f.site = '' and ${patientScope(caller)}
    order by f.code, f.side, v.starts_at`;
}

export function trendsFromRows(rows: TrendRow[]): Record<string, TrendPoint[]> {
  const out: Record<string, TrendPoint[]> = {};
  for (const r of rows) (out[`${r.code}|${r.side}`] ??= []).push({ at: String(r.at), value: Number(r.value) });
  return out;
}

/** Presenting body regions of the episode (from its intake's pain map), to order the common tests first. */
export async function getEpisodePainRegions(db: DbOrTx, episodeId: string): Promise<string[]> {
  const rows = await db.execute<{ region: string }>(sql`
    select distinct loc->>'regionId' as region from intakes i, jsonb_array_elements(coalesce(i.answers->'painLocations', '[]'::jsonb)) loc
    where i.episode_id = ${episodeId}`);
  return rows.map((r) => r.region);
}
