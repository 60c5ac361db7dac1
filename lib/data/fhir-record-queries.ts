import { sql, type SQL } from "drizzle-orm";

/**
 * The SQL behind a FHIR export: one statement per kind of record, each for a whole set of patients
 * (`ids` is one array parameter), so exporting one patient or a thousand costs the same number of
 * queries. `portal` narrows to what a patient's right of access covers and leaves out drafts:
 * unsigned visits' findings and codes, unsubmitted intakes, unanswered questionnaires.
 */
export function recordQueries(idList: string[], portal: boolean): Record<string, SQL> {
  const ids = sql`string_to_array(${idList.join(",")}, ',')::uuid[]`;
  const signed = (visit: SQL) => sql`exists (select 1 from notes sn where sn.visit_id = ${visit} and sn.status = 'signed')`;
  const signedOnly = (visit: SQL) => (portal ? sql`and ${signed(visit)}` : sql``);
  return {
    patients: sql`
      select p.id, p.mrn, p.legal_first_name as "legalFirstName", p.legal_last_name as "legalLastName", p.preferred_name as "preferredName",
        to_char(p.date_of_birth, 'YYYY-MM-DD') as "dateOfBirth", p.sex::text as sex, p.phone, p.email, p.address_line1 as "addressLine1",
        p.address_line2 as "addressLine2", p.city, p.region, p.postal_code as "postalCode", p.emergency_contact_name as "emergencyContactName",
        p.emergency_contact_phone as "emergencyContactPhone", p.emergency_contact_relation as "emergencyContactRelation",
        p.referral_source as "referralSource", p.guardian_name as "guardianName", p.guardian_relation as "guardianRelation",
        p.guardian_phone as "guardianPhone", p.guardian_email as "guardianEmail"
      from patients p where p.id = any(${ids}) and p.status not in ('voided', 'merged')`,
    episodes: sql`
      select e.patient_id as "patientId", e.id, e.title, e.status, to_char(e.opened_on, 'YYYY-MM-DD') as "openedOn",
        to_char(e.closed_on, 'YYYY-MM-DD') as "closedOn", e.close_reason as "closeReason"
      from episodes e where e.patient_id = any(${ids})`,
    history: sql`
      select h.patient_id as "patientId", h.data, h.updated_at as "updatedAt" from patient_histories h where h.patient_id = any(${ids})`,
    redFlags: sql`
      select r.patient_id as "patientId", r.id, r.episode_id as "episodeId", r.intake_id as "intakeId", r.flag_id as "flagId", r.action, r.restricts,
        r.reasons, r.needs_clarification as "needsClarification", r.raised_at as "raisedAt", r.acknowledged_at as "acknowledgedAt",
        r.acknowledged_by as "acknowledgedBy", r.acknowledgement
      from red_flag_findings r where r.patient_id = any(${ids}) ${portal ? sql`and (r.intake_id is null or exists (select 1 from intakes ri where ri.id = r.intake_id and ri.status in ('submitted', 'accepted')))` : sql``}`,
    intakes: sql`
      select i.patient_id as "patientId", i.id, i.episode_id as "episodeId", i.status, i.answers, i.submitted_at as "submittedAt",
        i.accepted_at as "acceptedAt", i.updated_at as "updatedAt"
      from intakes i where i.patient_id = any(${ids}) ${portal ? sql`and i.status in ('submitted', 'accepted')` : sql``}`,
    visits: sql`
      select v.patient_id as "patientId", v.id, v.episode_id as "episodeId", v.clinician_id as "clinicianId", v.visit_type::text as "visitType",
        v.starts_at as "startsAt", v.status, v.appointment_id as "appointmentId", v.cancel_reason as "cancelReason", ${signed(sql`v.id`)} as signed
      from visits v where v.patient_id = any(${ids})`,
    findings: sql`
      select f.patient_id as "patientId", f.id, f.visit_id as "visitId", f.code, f.side, f.site, f.value_num as "valueNum", f.value_text as "valueText",
        f.value_json as "valueJson", f.extras, f.modifier, f.unit, f.method, f.familiar_pain as "familiarPain", f.comment,
        f.recorded_by as "recordedBy", f.recorded_at as "recordedAt"
      from exam_findings f where f.patient_id = any(${ids}) ${signedOnly(sql`f.visit_id`)}`,
    outcomes: sql`
      select o.patient_id as "patientId", o.id, o.episode_id as "episodeId", o.visit_id as "visitId", o.measure, o.status, o.answers, o.score, o.band,
        o.source, o.assigned_at as "assignedAt", o.completed_at as "completedAt"
      from outcome_responses o where o.patient_id = any(${ids}) ${portal ? sql`and o.status = 'completed'` : sql``}`,
    treatmentLines: sql`
      select l.patient_id as "patientId", l.id, l.visit_id as "visitId", l.position, l.component_code as "componentCode", l.side, l.params, l.minutes,
        l.patient_position as "patientPosition", l.response, l.pre_nprs as "preNprs", l.post_nprs as "postNprs", pr.code as "protocolCode",
        pr.version as "protocolVersion", l.override_reason as "overrideReason", l.created_by as "createdBy", l.created_at as "createdAt"
      from treatment_lines l left join protocols pr on pr.id = l.protocol_id where l.patient_id = any(${ids}) ${signedOnly(sql`l.visit_id`)}`,
    diagnoses: sql`
      select d.patient_id as "patientId", d.id, d.visit_id as "visitId", d.rank, d.icd_code as "icdCode", d.created_by as "createdBy", d.created_at as "createdAt"
      from visit_diagnoses d where d.patient_id = any(${ids}) ${signedOnly(sql`d.visit_id`)}`,
    billingLines: sql`
      select b.patient_id as "patientId", b.id, b.visit_id as "visitId", b.position, b.code, b.units, b.minutes, b.modifiers,
        b.diagnosis_pointers as "diagnosisPointers", b.created_by as "createdBy", b.created_at as "createdAt"
      from billing_lines b where b.patient_id = any(${ids}) ${signedOnly(sql`b.visit_id`)}`,
    notes: sql`
      select n.patient_id as "patientId", n.id, n.visit_id as "visitId", n.note_type::text as "noteType", n.requires_cosign as "requiresCosign",
        n.author_id as "authorId", n.created_at as "createdAt", n.updated_at as "updatedAt",
        json_build_object('subjective', n.subjective, 'nprsNow', n.nprs_now, 'changeSinceLast', n.change_since_last, 'changePercent', n.change_percent,
          'hepAdherence', n.hep_adherence, 'objective', n.objective, 'assessment', n.assessment, 'plan', n.plan, 'referralTo', n.referral_to,
          'referralReason', n.referral_reason, 'redFlagReasoning', n.red_flag_reasoning, 'evaluationComplexity', n.evaluation_complexity,
          'dischargeReason', n.discharge_reason, 'returnToSport', n.return_to_sport, 'recommendations', n.recommendations, 'followUp', n.follow_up,
          'hepGiven', n.hep_given) as content,
        coalesce((select json_agg(json_build_object('id', s.id, 'signerId', s.signer_id, 'role', s.role, 'attestation', s.attestation,
          'contentHash', s.content_hash, 'signedAt', s.signed_at)) from note_signatures s where s.note_id = n.id), '[]') as signatures,
        coalesce((select json_agg(json_build_object('id', a.id, 'kind', a.kind, 'reason', a.reason, 'body', a.body, 'correctedText', a.corrected_text,
          'eventAt', a.event_at, 'authorId', a.author_id, 'attestation', a.attestation, 'createdAt', a.created_at)) from note_addenda a where a.note_id = n.id), '[]') as addenda
      from notes n where n.patient_id = any(${ids}) and n.status = 'signed'`,
    appointments: sql`
      select a.patient_id as "patientId", a.id, a.clinician_id as "clinicianId", a.location_id as "locationId", a.room_id as "roomId", t.name as "typeName",
        a.episode_id as "episodeId", a.starts_at as "startsAt", a.ends_at as "endsAt", a.status, a.cancel_reason as "cancelReason",
        a.cancelled_at as "cancelledAt", a.arrived_at as "arrivedAt", a.created_at as "createdAt"
      from appointments a join appointment_types t on t.id = a.appointment_type_id where a.patient_id = any(${ids})`,
    hepVersions: sql`
      select v.patient_id as "patientId", v.id, v.program_id as "programId", pr.title as "programTitle", pr.status as "programStatus",
        pr.ended_at as "programEndedAt", pr.episode_id as "episodeId", v.version, v.status, to_char(v.assigned_on, 'YYYY-MM-DD') as "assignedOn",
        v.assigned_at as "assignedAt", v.assigned_by as "assignedBy", to_char(v.superseded_on, 'YYYY-MM-DD') as "supersededOn",
        coalesce((select json_agg(json_build_object('position', i.position, 'phase', i.phase, 'exerciseCode', x.code, 'exerciseName', x.name,
          'side', i.side, 'sets', i.sets, 'reps', i.reps, 'holdSeconds', i.hold_seconds, 'repHoldSeconds', i.rep_hold_seconds,
          'durationSeconds', i.duration_seconds, 'restSeconds', i.rest_seconds, 'timesPerDay', i.times_per_day, 'daysPerWeek', i.days_per_week,
          'load', i.load, 'loadKg', i.load_kg, 'notes', i.notes, 'progressionNote', i.progression_note, 'painRule', i.pain_rule) order by i.position)
          from hep_program_items i join exercises x on x.id = i.exercise_id where i.version_id = v.id), '[]') as items
      from hep_program_versions v join hep_programs pr on pr.id = v.program_id
      where v.patient_id = any(${ids}) and v.status <> 'draft'`,
    hepLogs: sql`
      select l.patient_id as "patientId", l.id, i.version_id as "versionId", i.position as "itemPosition", to_char(l.log_date, 'YYYY-MM-DD') as "logDate",
        l.done, l.sets_done as "setsDone", l.pain, l.comment, l.created_at as "createdAt"
      from hep_logs l join hep_program_items i on i.id = l.item_id join hep_program_versions v on v.id = i.version_id
      where l.patient_id = any(${ids}) and v.status <> 'draft'`,
    consents: sql`
      select c.patient_id as "patientId", c.id, t.kind, t.version as "textVersion", t.title, t.body, c.signed_name as "signedName",
        to_char(c.signed_on, 'YYYY-MM-DD') as "signedOn", c.signed_at as "signedAt", c.channel, c.signer_relationship as "signerRelationship"
      from consents c join consent_texts t on t.id = c.consent_text_id where c.patient_id = any(${ids})`,
    carePlans: sql`
      select c.patient_id as "patientId", c.id, c.episode_id as "episodeId", c.version, c.is_current as "isCurrent", c.status,
        to_char(c.start_date, 'YYYY-MM-DD') as "startDate", c.phases, c.goals, c.reexam_every_visits as "reexamEveryVisits",
        c.reexam_every_days as "reexamEveryDays", c.outcome_measures as "outcomeMeasures", c.discharge_criteria as "dischargeCriteria",
        c.preferred_times as "preferredTimes", c.change_reason as "changeReason", c.created_by as "createdBy", c.created_at as "createdAt",
        c.superseded_at as "supersededAt"
      from care_plans c where c.patient_id = any(${ids})`,
    documents: sql`
      select d.patient_id as "patientId", d.id, d.kind, d.title, d.filename, d.content_type as "contentType",
        translate(encode(d.content, 'base64'), E'\\n', '') as "contentBase64", d.uploaded_at as "uploadedAt"
      from documents d where d.patient_id = any(${ids}) and d.voided_at is null`,
  };
}

/** Staff named by the records (by id), with the credentials a reader needs; never email, licence or settings. */
export const practitionersQuery = (userIds: string[]) => sql`
  select u.id, u.display_name as name, coalesce(sp.credentials, sp.discipline::text) as credentials
  from users u left join staff_profiles sp on sp.user_id = u.id
  where u.id = any(string_to_array(${userIds.join(",")}, ',')::uuid[])`;

export const locationsQuery = (ids: string[]) => sql`
  select l.id, l.name, null::uuid as "partOfId" from locations l where l.id = any(string_to_array(${ids.join(",")}, ',')::uuid[])
  union all
  select r.id, r.name, r.location_id as "partOfId" from rooms r where r.id = any(string_to_array(${ids.join(",")}, ',')::uuid[])`;
