import "server-only";
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import type { Caller } from "@/lib/auth/caller";
import { findComponent } from "@/lib/domain/treatment/components/catalogue";
import { consentNeeded } from "@/lib/domain/treatment/line-facts";
import type { ProtocolStep } from "@/lib/domain/treatment/protocols";
import type { ConsentKind, ConsentType, LineParams } from "@/lib/domain/treatment/types";
import { patientScope } from "./patients";

export type StoredLine = {
  id: string; position: number; componentCode: string; side: string | null; params: LineParams; minutes: number | null;
  protocolCode: string | null; overrideReason: string | null;
  patientPosition: string | null; response: string | null; preNprs: number | null; postNprs: number | null;
};
export type StoredConsent = { kind: ConsentKind; consentType: ConsentType; recordedAt: string; recordedByName: string; notes: string | null };
export type LineWithConsent = StoredLine & { label: string; consentMissing: string | null };
export type ProtocolChoice = { id: string; code: string; version: number; name: string; source: "reference" | "clinic"; steps: ProtocolStep[] };

/**
 * Which lines still lack the procedure consent they need (DOMAIN.md §4.1): HVLA thrusts and
 * cupping/IASTM take verbal or written consent, dry needling written only; a consent recorded
 * once for the episode covers every visit of it. Pure, so signing and the page read the same rule.
 */
export function unmetConsents(lines: readonly Pick<StoredLine, "id" | "componentCode" | "params">[], consents: readonly Pick<StoredConsent, "kind" | "consentType">[]) {
  return lines.flatMap((l) => {
    const spec = consentNeeded(l);
    if (!spec || consents.some((c) => c.kind === spec.kind && spec.types.includes(c.consentType))) return [];
    const label = findComponent(l.componentCode)?.label ?? l.componentCode;
    const what = spec.types.length === 1 ? `${spec.types[0].toLowerCase()} ` : "";
    return [{ lineId: l.id, kind: spec.kind, message: `${label}: record ${what}procedure consent (${spec.kind.replace("_", " ").toLowerCase()}) before signing — ${spec.why}` }];
  });
}

const LINES = (visitId: string) => sql`
  select l.id, l.position, l.component_code as "componentCode", l.side, l.params, l.minutes, pr.code as "protocolCode", l.override_reason as "overrideReason",
    l.patient_position as "patientPosition", l.response, l.pre_nprs as "preNprs", l.post_nprs as "postNprs"
  from treatment_lines l left join protocols pr on pr.id = l.protocol_id where l.visit_id = ${visitId}`;

/** What still stands between this visit and its signature on the treatment side: unmet procedure consents. */
export async function visitBlockers(db: DbOrTx, visitId: string): Promise<{ lineId: string; kind: ConsentKind; message: string }[]> {
  const [row] = await db.execute<{ lines: StoredLine[] | null; consents: StoredConsent[] | null }>(sql`
    select (select json_agg(x order by x.position) from (${LINES(visitId)}) x) as lines,
      (select json_agg(json_build_object('kind', c.kind, 'consentType', c.consent_type))
         from procedure_consents c join visits v on v.episode_id = c.episode_id where v.id = ${visitId}) as consents`);
  return unmetConsents(row?.lines ?? [], row?.consents ?? []);
}

/**
 * Everything the treatment section of a visit shows, in one round trip: the lines, the episode's
 * consents, the active protocols, whether an earlier visit of the episode has treatment to copy,
 * and the side of the episode's complaint from its intake pain map (to preselect a protocol's side).
 */
type TreatmentRow = { lines: StoredLine[] | null; consents: StoredConsent[] | null; protocols: ProtocolChoice[] | null; hasPrevious: boolean; sides: string[] | null };

export async function getVisitTreatment(db: DbOrTx, caller: Caller, patientId: string, visitId: string) {
  const [row] = await db.execute<TreatmentRow>(visitTreatmentSql(caller, patientId, visitId));
  return treatmentFromRow(row);
}

/** The query of getVisitTreatment, for pages that load several sets in one statement; treatmentFromRow reads its row. */
export function visitTreatmentSql(caller: Caller, patientId: string, visitId: string) {
  return sql`
    with v as (
      select v.id, v.episode_id, v.starts_at from visits v join patients p on p.id = v.patient_id
      where v.id = ${visitId} and v.patient_id = ${patientId} and ${patientScope(caller)}
    )
    select
      (select json_agg(x order by x.position) from (${LINES(visitId)}) x where exists (select 1 from v)) as lines,
      (select json_agg(json_build_object('kind', c.kind, 'consentType', c.consent_type, 'recordedAt', c.recorded_at, 'recordedByName', u.display_name, 'notes', c.notes) order by c.recorded_at)
         from procedure_consents c join v on v.episode_id = c.episode_id join users u on u.id = c.recorded_by) as consents,
      (select json_agg(json_build_object('id', pr.id, 'code', pr.code, 'version', pr.version, 'name', pr.name, 'source', pr.source, 'steps', pr.lines) order by pr.source desc, pr.code)
         from protocols pr where pr.status = 'active') as protocols,
      exists (select 1 from visits pv join v on pv.episode_id = v.episode_id
              where pv.id <> v.id and pv.starts_at < v.starts_at and pv.status <> 'cancelled'
                and exists (select 1 from treatment_lines x where x.visit_id = pv.id)) as "hasPrevious",
      (select array_agg(distinct loc->>'side') from intakes i join v on v.episode_id = i.episode_id,
         jsonb_array_elements(coalesce(i.answers->'painLocations', '[]'::jsonb)) loc) as sides`;
}

export function treatmentFromRow(row: TreatmentRow | undefined) {
  const lines = row?.lines ?? [];
  const consents = row?.consents ?? [];
  const missing = new Map(unmetConsents(lines, consents).map((m) => [m.lineId, m.message]));
  const sides = row?.sides ?? [];
  // No paired pain recorded: default to the right, the clinician changes it before applying.
  const affectedSide: "L" | "R" | "BIL" = sides.includes("BIL") || (sides.includes("L") && sides.includes("R")) ? "BIL" : sides.includes("L") ? "L" : "R";
  return {
    lines: lines.map((l): LineWithConsent => ({ ...l, label: findComponent(l.componentCode)?.label ?? l.componentCode, consentMissing: missing.get(l.id) ?? null })),
    consents,
    protocols: row?.protocols ?? [],
    hasPrevious: row?.hasPrevious ?? false,
    affectedSide,
  };
}
