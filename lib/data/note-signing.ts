import "server-only";
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { planForSigning, type SigningFacts, type StoredPlan } from "@/lib/domain/notes/signing-facts";

/**
 * Everything the signing rules read about one note, in one round trip (DOMAIN.md §8.1): the note,
 * its visit's treatment lines, findings and diagnoses, the episode's open red flags, intake,
 * consents, outcome scores and treatment history. Called inside the signing transaction.
 */
type FactsRow = Omit<SigningFacts, "carePlan"> & { carePlan: StoredPlan | null } & Record<string, unknown>;

export async function loadSigningFacts(db: DbOrTx, noteId: string): Promise<SigningFacts | null> {
  const [row] = await db.execute<FactsRow>(signingFactsSql(noteId));
  return signingFactsFromRow(row);
}

/** The query of loadSigningFacts, for the signing action's one-statement read (lib/data/batch.ts). */
export function signingFactsSql(noteId: string) {
  return sql`
    with n as (
      select n.*, v.episode_id, v.starts_at as visit_start, v.patient_id as visit_patient
      from notes n join visits v on v.id = n.visit_id where n.id = ${noteId}
    ),
    prev as (
      select max(pv.starts_at) as at from visits pv join n on pv.episode_id = n.episode_id
      where pv.starts_at < n.visit_start and pv.status <> 'cancelled'
    ),
    scores as (
      select o.measure, o.score, o.completed_at,
        row_number() over (partition by o.measure order by o.completed_at) as first_rank,
        row_number() over (partition by o.measure order by o.completed_at desc) as last_rank,
        count(*) over (partition by o.measure) as n
      from outcome_responses o join n on o.episode_id = n.episode_id where o.status = 'completed'
    )
    select n.note_type as "noteType",
      (select sp.discipline from staff_profiles sp where sp.user_id = n.author_id) as "authorDiscipline",
      json_build_object(
        'subjective', n.subjective, 'nprsNow', n.nprs_now, 'changeSinceLast', n.change_since_last, 'hepAdherence', n.hep_adherence,
        'objective', n.objective, 'assessment', n.assessment, 'plan', n.plan, 'referralTo', n.referral_to, 'referralReason', n.referral_reason,
        'redFlagReasoning', n.red_flag_reasoning, 'evaluationComplexity', n.evaluation_complexity, 'dischargeReason', n.discharge_reason,
        'returnToSport', n.return_to_sport, 'recommendations', n.recommendations, 'followUp', n.follow_up, 'hepGiven', n.hep_given) as note,
      coalesce((select json_agg(json_strip_nulls(json_build_object('componentCode', l.component_code, 'params', l.params, 'side', l.side, 'minutes', l.minutes,
          'position', l.patient_position, 'response', l.response, 'preNprs', l.pre_nprs, 'postNprs', l.post_nprs)) order by l.position)
        from treatment_lines l where l.visit_id = n.visit_id), '[]') as lines,
      coalesce((select array_agg(distinct f.code) from exam_findings f where f.visit_id = n.visit_id), '{}') as "findingCodes",
      coalesce((select array_agg(distinct s.side) from (
          select f.side from exam_findings f where f.visit_id = n.visit_id
          union select l.side from treatment_lines l where l.visit_id = n.visit_id and l.side is not null) s
        where s.side in ('L', 'R', 'BIL', 'CENTRAL')), '{}') as "documentedSides",
      coalesce((select array_agg(d.icd_code order by d.rank) from visit_diagnoses d where d.visit_id = n.visit_id), '{}') as diagnoses,
      coalesce((select json_agg(json_build_object('id', r.flag_id, 'action', r.action))
        from red_flag_findings r where r.episode_id = n.episode_id and r.acknowledged_at is null), '[]') as "openRedFlags",
      (select i.status from intakes i where i.episode_id = n.episode_id
        order by array_position(array['accepted', 'submitted', 'draft', 'requested'], i.status) limit 1) as "intakeStatus",
      exists (select 1 from consents c join consent_texts t on t.id = c.consent_text_id
        where c.patient_id = n.visit_patient and t.kind = 'consent_to_treat') as "consentToTreat",
      coalesce((select json_agg(json_build_object('kind', pc.kind, 'type', pc.consent_type))
        from procedure_consents pc where pc.episode_id = n.episode_id), '[]') as "procedureConsents",
      coalesce((select array_agg(distinct s.measure) from scores s, prev where s.completed_at >= coalesce(prev.at, '-infinity'::timestamptz)), '{}') as "outcomesSincePreviousVisit",
      coalesce((select json_agg(json_build_object('measure', b.measure, 'baseline', b.score, 'latest', l.score, 'count', b.n))
        from scores b join scores l on l.measure = b.measure and l.last_rank = 1 where b.first_rank = 1), '[]') as "outcomeHistory",
      json_build_object('openedOn', e.opened_on, 'visitDate', n.visit_start::date,
        'visits', (select count(*)::int from visits v2 where v2.episode_id = n.episode_id and v2.status <> 'cancelled')) as episode,
      coalesce((select array_agg(distinct l.component_code) from treatment_lines l join visits v3 on v3.id = l.visit_id
        where v3.episode_id = n.episode_id and v3.status <> 'cancelled'), '{}') as "episodeComponents",
      (select json_build_object('phases', cp.phases, 'goals', cp.goals) from care_plans cp
        where cp.episode_id = n.episode_id and cp.is_current and cp.status = 'active') as "carePlan"
    from n join episodes e on e.id = n.episode_id`;
}

export function signingFactsFromRow(row: FactsRow | undefined): SigningFacts | null {
  return row ? { ...row, carePlan: row.carePlan ? planForSigning(row.carePlan) : null } : null;
}
