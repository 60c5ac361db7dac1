import "server-only";
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import type { Caller } from "@/lib/auth/caller";
import { hasPermission } from "@/lib/auth/permissions";
import { addDays } from "@/lib/domain/hep/dates";
import { dateInZone } from "@/lib/domain/hep/format";
import {
  dailyLog, mondayOf, programWeeks, subjectiveSentence, windowSummary, type VersionForAdherence,
} from "@/lib/domain/hep/program-adherence";
import { patientScope } from "./patients";
import { getClinicSettings } from "./settings";

export type HepExerciseRef = {
  id: string; code: string; name: string; source: "reference" | "clinic"; status: "active" | "retired"; doseKind: "REPS" | "HOLD" | "DURATION";
  paired: boolean; region: string; category: string; steps: string[]; cautions: string[]; imageId: string | null; videoUrl: string | null;
};
export type HepItem = {
  id: string; position: number; phase: number; side: "L" | "R" | "BIL" | "NA"; sets: number; reps: number | null; holdSeconds: number | null;
  repHoldSeconds: number | null; durationSeconds: number | null; restSeconds: number | null; timesPerDay: number; daysPerWeek: number;
  load: string | null; loadKg: number | null; notes: string | null; progressionNote: string | null; painRule: string; exercise: HepExerciseRef;
};
export type HepVersion = {
  id: string; version: number; status: "draft" | "assigned" | "superseded"; assignedOn: string | null; supersededOn: string | null;
  assignedAt: string | null; assignedByName: string | null; items: HepItem[];
};
export type HepProgram = { id: string; title: string; status: "active" | "ended"; episodeId: string; episodeTitle: string; versions: HepVersion[] };
export type HepLog = { id: string; itemId: string; date: string; done: boolean; setsDone: number; pain: number | null; comment: string | null; key: string };

const EXERCISE_JSON = sql`json_build_object('id', x.id, 'code', x.code, 'name', x.name, 'source', x.source, 'status', x.status, 'doseKind', x.dose_kind,
  'paired', x.paired, 'region', x.region, 'category', x.category, 'steps', x.steps, 'cautions', x.cautions, 'imageId', x.image_id, 'videoUrl', x.video_url)`;

const ITEMS_OF = (versionRef: ReturnType<typeof sql>) => sql`coalesce((select json_agg(json_build_object(
    'id', i.id, 'position', i.position, 'phase', i.phase, 'side', i.side, 'sets', i.sets, 'reps', i.reps, 'holdSeconds', i.hold_seconds,
    'repHoldSeconds', i.rep_hold_seconds, 'durationSeconds', i.duration_seconds, 'restSeconds', i.rest_seconds, 'timesPerDay', i.times_per_day,
    'daysPerWeek', i.days_per_week, 'load', i.load, 'loadKg', i.load_kg, 'notes', i.notes, 'progressionNote', i.progression_note,
    'painRule', i.pain_rule, 'exercise', ${EXERCISE_JSON}) order by i.position)
  from hep_program_items i join exercises x on x.id = i.exercise_id where i.version_id = ${versionRef}), '[]'::json)`;

/**
 * A patient's programs with every version and line, scoped in SQL: a portal caller reaches only the
 * patients linked to their account, whatever id is asked for. `assignedOnly` hides drafts (portal).
 */
async function loadPrograms(db: DbOrTx, caller: Caller, patientIds: string[] | null, opts: { assignedOnly: boolean; activeOnly: boolean }): Promise<(HepProgram & { patientId: string; firstName: string })[]> {
  const ids = patientIds ? sql`and pr.patient_id in (${sql.join(patientIds.map((id) => sql`${id}::uuid`), sql`, `)})` : sql``;
  if (patientIds && patientIds.length === 0) return [];
  const rows = await db.execute<HepProgram & { patientId: string; firstName: string }>(sql`
    select pr.id, pr.title, pr.status, pr.episode_id as "episodeId", e.title as "episodeTitle", pr.patient_id as "patientId",
      coalesce(p.preferred_name, p.legal_first_name) as "firstName",
      coalesce((select json_agg(json_build_object('id', v.id, 'version', v.version, 'status', v.status, 'assignedOn', v.assigned_on,
          'supersededOn', v.superseded_on, 'assignedAt', v.assigned_at, 'assignedByName', u.display_name, 'items', ${ITEMS_OF(sql`v.id`)}) order by v.version)
        from hep_program_versions v left join users u on u.id = v.assigned_by
        where v.program_id = pr.id ${opts.assignedOnly ? sql`and v.status <> 'draft'` : sql``}), '[]'::json) as versions
    from hep_programs pr join patients p on p.id = pr.patient_id join episodes e on e.id = pr.episode_id
    where ${patientScope(caller)} ${ids} ${opts.activeOnly ? sql`and pr.status = 'active'` : sql``}
    order by pr.status, pr.created_at desc`);
  return [...rows];
}

/** Logs of one or more patients (one query however many), scoped in SQL. */
async function loadLogs(db: DbOrTx, caller: Caller, patientIds: string | string[], from?: string): Promise<HepLog[]> {
  const ids = Array.isArray(patientIds) ? patientIds : [patientIds];
  if (ids.length === 0) return [];
  const rows = await db.execute<HepLog>(sql`
    select l.id, l.item_id as "itemId", to_char(l.log_date, 'YYYY-MM-DD') as date, l.done, l.sets_done as "setsDone", l.pain, l.comment, l.idempotency_key as key
    from hep_logs l join patients p on p.id = l.patient_id
    where l.patient_id in (${sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `)}) and ${patientScope(caller)} ${from ? sql`and l.log_date >= ${from}` : sql``}
    order by l.log_date, l.created_at`);
  return [...rows];
}

export function adherenceVersions(program: HepProgram): VersionForAdherence[] {
  return program.versions.filter((v) => v.status !== "draft" && v.assignedOn).map((v) => ({
    assignedOn: v.assignedOn!, supersededOn: v.supersededOn,
    items: v.items.map((i) => ({ itemId: i.id, sets: i.sets, timesPerDay: i.timesPerDay, daysPerWeek: i.daysPerWeek })),
  }));
}

/** Program content is clinical: clinicians read it; other staff only when the clinic setting allows it. */
export async function canReadHepContent(db: DbOrTx, caller: Caller): Promise<boolean> {
  if (caller.kind !== "staff") return false;
  if (hasPermission(caller.roles, "chart.clinical.read")) return true;
  return (await getClinicSettings(db)).hepContentForAllStaff;
}

export type ProgramExistence = { id: string; status: "active" | "ended"; version: number | null; assignedOn: string | null };

export type PatientHep =
  | { restricted: true; programs: ProgramExistence[] }
  | {
      restricted: false; today: string; timeZone: string;
      programs: (HepProgram & {
        weeks: ReturnType<typeof programWeeks>; days: ReturnType<typeof dailyLog>; lastWeek: ReturnType<typeof windowSummary>;
        painTrend: { date: string; pain: number }[];
      })[];
    };

/**
 * The Exercises tab. Staff without access to the content see only that a program exists (and its
 * version); the content, adherence per day and week, and the pain trend are for clinicians.
 */
export async function getPatientHep(db: DbOrTx, caller: Caller, patientId: string, now: Date): Promise<PatientHep> {
  if (!(await canReadHepContent(db, caller))) {
    const rows = await db.execute<ProgramExistence>(sql`
      select pr.id, pr.status, v.version, to_char(v.assigned_on, 'YYYY-MM-DD') as "assignedOn"
      from hep_programs pr join patients p on p.id = pr.patient_id
      left join hep_program_versions v on v.program_id = pr.id and v.status = 'assigned'
      where pr.patient_id = ${patientId} and ${patientScope(caller)} order by pr.created_at desc`);
    return { restricted: true, programs: [...rows] };
  }
  const { timeZone } = await getClinicSettings(db);
  const today = dateInZone(now, timeZone);
  const [programs, logs] = await Promise.all([loadPrograms(db, caller, [patientId], { assignedOnly: false, activeOnly: false }), loadLogs(db, caller, patientId)]);
  return {
    restricted: false, today, timeZone,
    programs: programs.map((program) => {
      const itemIds = new Set(program.versions.flatMap((v) => v.items.map((i) => i.id)));
      const mine = logs.filter((l) => itemIds.has(l.itemId));
      const versions = adherenceVersions(program);
      const days = dailyLog(mine, today, 14);
      return {
        ...program, weeks: programWeeks(versions, mine, today), days, lastWeek: windowSummary(versions, mine, addDays(today, -6), today),
        painTrend: [...days].reverse().filter((d) => d.pain !== null).map((d) => ({ date: d.date, pain: d.pain! })),
      };
    }),
  };
}

export type PortalProgram = {
  patientId: string; firstName: string; program: HepProgram; current: HepVersion; todayLogs: HepLog[];
  week: ReturnType<typeof windowSummary>; isNew: boolean;
};

/** The portal: each active program's current version, today's logs and this week's completion. */
export async function getMyPrograms(db: DbOrTx, caller: Caller, now: Date): Promise<{ today: string; programs: PortalProgram[] }> {
  const { timeZone } = await getClinicSettings(db);
  const today = dateInZone(now, timeZone);
  if (caller.kind !== "patient") return { today, programs: [] };
  const monday = mondayOf(today);
  // the programs and this week's logs of every patient of the account: two queries, not one per program
  const [programs, logs] = await Promise.all([
    loadPrograms(db, caller, caller.patientIds, { assignedOnly: true, activeOnly: true }),
    loadLogs(db, caller, caller.patientIds, addDays(monday, -1)),
  ]);
  const out: PortalProgram[] = [];
  for (const program of programs) {
    const current = program.versions.find((v) => v.status === "assigned");
    if (!current) continue;
    const itemIds = new Set(program.versions.flatMap((v) => v.items.map((i) => i.id)));
    const mine = logs.filter((l) => itemIds.has(l.itemId));
    out.push({
      patientId: program.patientId, firstName: program.firstName, program, current,
      todayLogs: mine.filter((l) => l.date === today),
      week: windowSummary(adherenceVersions(program), mine, monday, addDays(monday, 6)),
      isNew: current.assignedOn !== null && current.assignedOn >= addDays(today, -6),
    });
  }
  return { today, programs: out };
}

export type NudgeRow = { patientId: string; patientName: string; programTitle: string; lastLog: string | null; assignedOn: string };

/**
 * Patients with an active program who have logged nothing for `days` days (or since it was assigned,
 * when that is longer ago). `now` comes from lib/time.ts; the day is the clinic's.
 */
export async function listNeedsNudge(db: DbOrTx, now: Date, days = 5): Promise<NudgeRow[]> {
  const rows = await db.execute<NudgeRow>(sql`
    with cs as (select coalesce((select time_zone from clinic_settings where id = 1), 'America/New_York') as tz),
    today as (select (${now.toISOString()}::timestamptz at time zone (select tz from cs))::date as d),
    active as (
      select pr.id, pr.patient_id, pr.title,
        (select min(v.assigned_on) from hep_program_versions v where v.program_id = pr.id and v.status <> 'draft') as first_assigned,
        (select max(l.log_date) from hep_logs l where l.patient_id = pr.patient_id) as last_log
      from hep_programs pr
      where pr.status = 'active' and exists (select 1 from hep_program_versions v where v.program_id = pr.id and v.status = 'assigned')
    )
    select p.id as "patientId", p.legal_first_name || ' ' || p.legal_last_name as "patientName", a.title as "programTitle",
      to_char(a.last_log, 'YYYY-MM-DD') as "lastLog", to_char(a.first_assigned, 'YYYY-MM-DD') as "assignedOn"
    from active a join patients p on p.id = a.patient_id, today
    where p.status not in ('voided', 'merged') and greatest(a.last_log, a.first_assigned) <= today.d - ${days}::int
    order by greatest(a.last_log, a.first_assigned), p.legal_last_name limit 50`);
  return [...rows];
}

/**
 * The adherence line for the next visit's Subjective ("Home exercises: completed 9 of 12 sessions in
 * the last 7 days, pain 3/10 after exercises."), over every active program of the patient; null when
 * none was running. Staff callers only: it is read by the note action, which has its own permission.
 */
export async function hepSubjectiveLine(db: DbOrTx, caller: Caller, patientId: string, now: Date): Promise<string | null> {
  if (caller.kind !== "staff") return null;
  const { timeZone } = await getClinicSettings(db);
  const today = dateInZone(now, timeZone);
  const [programs, logs] = await Promise.all([
    loadPrograms(db, caller, [patientId], { assignedOnly: true, activeOnly: true }), loadLogs(db, caller, patientId, addDays(today, -14)),
  ]);
  const versions = programs.flatMap(adherenceVersions);
  return subjectiveSentence(versions, logs, today);
}

export type LibraryRow = {
  id: string; code: string; name: string; source: "reference" | "clinic"; status: "active" | "retired"; region: string; category: string;
  doseKind: "REPS" | "HOLD" | "DURATION"; paired: boolean; imageId: string | null; defaultSets: number; defaultReps: number | null;
  defaultHoldSeconds: number | null; defaultDurationSeconds: number | null; defaultTimesPerDay: number; defaultDaysPerWeek: number;
};

const LIBRARY_COLUMNS = sql`x.id, x.code, x.name, x.source, x.status, x.region, x.category, x.dose_kind as "doseKind", x.paired, x.image_id as "imageId",
  x.default_sets as "defaultSets", x.default_reps as "defaultReps", x.default_hold_seconds as "defaultHoldSeconds",
  x.default_duration_seconds as "defaultDurationSeconds", x.default_times_per_day as "defaultTimesPerDay", x.default_days_per_week as "defaultDaysPerWeek"`;

/** The library, filtered by name (or code), region and category. Clinic content: no patient data. */
export async function listLibrary(db: DbOrTx, filter: { q?: string; region?: string; category?: string; status?: "active" | "retired" | "all" }): Promise<LibraryRow[]> {
  const q = filter.q ? `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const rows = await db.execute<LibraryRow>(sql`
    select ${LIBRARY_COLUMNS} from exercises x
    where (${q}::text is null or x.name ilike ${q} or x.code ilike ${q})
      and (${filter.region ?? null}::text is null or x.region = ${filter.region ?? null})
      and (${filter.category ?? null}::text is null or x.category = ${filter.category ?? null})
      and (${filter.status ?? "active"} = 'all' or x.status = ${filter.status ?? "active"})
    order by x.source desc, x.code`);
  return [...rows];
}

export type ExerciseDetail = LibraryRow & { steps: string[]; cautions: string[]; painRule: string; videoUrl: string | null };

export async function getExercise(db: DbOrTx, exerciseId: string): Promise<ExerciseDetail | null> {
  const [row] = await db.execute<ExerciseDetail>(sql`
    select ${LIBRARY_COLUMNS}, x.steps, x.cautions, x.pain_rule as "painRule", x.video_url as "videoUrl" from exercises x where x.id = ${exerciseId}`);
  return row ?? null;
}

export type TemplateChoice = { id: string; code: string; name: string; protocolCode: string | null; exerciseCodes: string[] };

export async function listTemplates(db: DbOrTx): Promise<TemplateChoice[]> {
  const rows = await db.execute<TemplateChoice>(sql`
    select t.id, t.code, t.name, t.protocol_code as "protocolCode",
      coalesce((select array_agg(it->>'exerciseCode') from jsonb_array_elements(t.items) it), '{}') as "exerciseCodes"
    from hep_templates t where t.status = 'active' order by t.protocol_code nulls last, t.name`);
  return [...rows];
}

/** A clinic exercise's uploaded picture (any signed-in caller: clinic content, not PHI). */
export async function getExerciseImage(db: DbOrTx, imageId: string) {
  const [row] = await db.execute<{ content: Buffer; contentType: string; sizeBytes: number }>(sql`
    select content, content_type as "contentType", size_bytes as "sizeBytes" from exercise_images where id = ${imageId}`);
  return row ?? null;
}
