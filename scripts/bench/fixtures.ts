import postgres from "postgres";
import { DEMO_PATIENTS, DEMO_STAFF } from "@/db/seed/demo-people";

export interface Fixtures {
  clinicianId: string;
  /** a recent weekday on which the clinician worked (clinic-local date) */
  day: string;
  chartPatientId: string;
  examVisitId: string;
  /** the portal patient's current program lines */
  itemIds: string[];
  /** draft notes the clinician can sign, one per request */
  draftNotes: { id: string; patientId: string; visitId: string }[];
  /** portal accounts made for this run (password: the demo password) and their program lines, for logging */
  loggers: { email: string; itemIds: string[] }[];
  today: string;
}

const PT = DEMO_STAFF[1];
const MICHELE = DEMO_PATIENTS[0];

/**
 * What the measured paths point at, read from the seeded database, plus fresh data for the write
 * paths: a pool of complete draft notes (one per signing request). Runs as the owner.
 */
export async function prepareFixtures(ownerUrl: string, poolSize: number): Promise<Fixtures> {
  const sql = postgres(ownerUrl, { max: 1, onnotice: () => {} });
  try {
    const [{ tz, today }] = await sql<{ tz: string; today: string }[]>`
      select time_zone as tz, to_char((now() at time zone time_zone)::date, 'YYYY-MM-DD') as today from clinic_settings where id = 1`;
    const [day] = await sql<{ day: string }[]>`
      select to_char((starts_at at time zone ${tz})::date, 'YYYY-MM-DD') as day from appointments
      where clinician_id = ${PT.id} and starts_at < now() and status = 'completed' order by starts_at desc limit 1`;
    if (!day) throw new Error("the database has no appointments for the demo PT: was it seeded with `npm run seed:large`?");
    // a re-exam with an earlier exam in the same episode: the visit page compares the two
    const [exam] = await sql<{ visitId: string; patientId: string }[]>`
      select v.id as "visitId", v.patient_id as "patientId" from visits v
      where v.visit_type = 'RE_EXAM' and exists (select 1 from exam_findings f where f.visit_id = v.id)
        and exists (select 1 from visits p join exam_findings f on f.visit_id = p.id where p.episode_id = v.episode_id and p.starts_at < v.starts_at)
      order by v.starts_at desc limit 1`;
    const items = await sql<{ id: string }[]>`
      select i.id from hep_program_items i join hep_program_versions v on v.id = i.version_id join hep_programs pr on pr.id = v.program_id
      where i.patient_id = ${MICHELE.id} and v.status = 'assigned' and pr.status = 'active' order by i.position`;
    if (!exam || items.length === 0) throw new Error("the seeded database lacks re-exams or the demo patient's program");
    const draftNotes = await createDraftNotes(sql, poolSize);
    const loggers = await createPortalLoggers(sql, 20);
    return { clinicianId: PT.id, day: day.day, chartPatientId: exam.patientId, examVisitId: exam.visitId, itemIds: items.map((i) => i.id), draftNotes, loggers, today };
  } finally {
    await sql.end();
  }
}

/** Complete daily notes of the demo PT (visit, one treatment line, a diagnosis, SOAP text), ready to sign. */
async function createDraftNotes(sql: postgres.Sql, n: number) {
  return sql.begin(async (tx) => {
    const visits = await tx<{ id: string; patient_id: string }[]>`
      insert into visits (patient_id, episode_id, clinician_id, visit_type, starts_at, status, created_at)
      select e.patient_id, e.id, ${PT.id}, 'TREATMENT', now() - interval '1 hour', 'in_progress', now()
      from (select distinct on (e.patient_id) e.patient_id, e.id from episodes e
            where e.status = 'open' and e.patient_id not in (select patient_id from portal_links)
              and not exists (select 1 from red_flag_findings f where f.patient_id = e.patient_id)
            order by e.patient_id, e.opened_on) e
      -- a small clinic has fewer patients than the pool: some get more than one visit
      cross join generate_series(1, 1 + ${n} / greatest(1, (select count(*) from episodes))::int) k
      order by k, md5(e.id::text || now()::text) limit ${n}
      returning id, patient_id`;
    const ids = visits.map((v) => v.id);
    await tx`
      insert into treatment_lines (visit_id, patient_id, position, component_code, side, params, minutes, created_by, created_at)
      select v.id, v.patient_id, 1, 'KNEADING', 'R', '{"region": "BUTTOCK_UPPER", "pressure": "MODERATE"}'::jsonb, 10, ${PT.id}, now()
      from visits v where v.id = any(${ids}::uuid[])`;
    await tx`
      insert into visit_diagnoses (visit_id, patient_id, rank, icd_code, created_by, created_at)
      select v.id, v.patient_id, 1, 'G57.01', ${PT.id}, now() from visits v where v.id = any(${ids}::uuid[])`;
    const notes = await tx<{ id: string; patient_id: string; visit_id: string }[]>`
      insert into notes (visit_id, patient_id, note_type, status, subjective, nprs_now, change_since_last, change_percent, hep_adherence,
        objective, assessment, plan, version, author_id, created_at, updated_at, updated_by)
      select v.id, v.patient_id, 'DAILY', 'draft', 'Sore after the long run', 3, 'BETTER', 20, 'FULL', 'R piriformis tender 2/3', 'Improving',
        'Continue twice a week', 1, ${PT.id}, now(), now(), ${PT.id}
      from visits v where v.id = any(${ids}::uuid[])
      returning id, patient_id, visit_id`;
    return notes.map((r) => ({ id: r.id, patientId: r.patient_id, visitId: r.visit_id }));
  });
}

/**
 * Portal accounts for patients with a program and no account yet, new on every run, so each
 * logging request records a new session (a log key is line:date:1-9, so one patient alone would
 * soon run out of fresh keys and the path would measure repeats).
 */
async function createPortalLoggers(sql: postgres.Sql, n: number) {
  return sql.begin(async (tx) => {
    const [{ hash }] = await tx<{ hash: string }[]>`select password_hash as hash from users where id = ${MICHELE.userId}`;
    const tag = Date.now().toString(36);
    const rows = await tx<{ email: string; patient_id: string }[]>`
      with p as (
        select pr.patient_id, row_number() over (order by pr.patient_id) as k from hep_programs pr
        where pr.status = 'active' and not exists (select 1 from portal_links pl where pl.patient_id = pr.patient_id)
        order by pr.patient_id limit ${n}),
      u as (
        insert into users (kind, email, display_name, password_hash)
        select 'patient', 'bench-' || ${tag} || '-' || p.k || '@large.test', 'Bench Patient', ${hash} from p
        returning id, email)
      insert into portal_links (user_id, patient_id, relationship)
      select u.id, p.patient_id, 'self' from u join p on u.email = 'bench-' || ${tag} || '-' || p.k || '@large.test'
      returning (select email from u where u.id = user_id) as email, patient_id`;
    const items = await tx<{ patient_id: string; id: string }[]>`
      select i.patient_id, i.id from hep_program_items i join hep_program_versions v on v.id = i.version_id
      where v.status = 'assigned' and i.patient_id = any(${rows.map((r) => r.patient_id)}::uuid[])`;
    return rows.map((r) => ({ email: r.email, itemIds: items.filter((i) => i.patient_id === r.patient_id).map((i) => i.id) }));
  });
}
