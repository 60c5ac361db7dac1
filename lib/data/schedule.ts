import "server-only";
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import type { Caller } from "@/lib/auth/caller";
import { addDays, localDayBounds } from "@/lib/domain/scheduling/zoned";
import { patientScope } from "./patients";

export type Clinician = { id: string; name: string; discipline: string | null };
export type Location = { id: string; name: string };
export type Room = { id: string; name: string; locationId: string };
export type AppointmentTypeRow = { id: string; name: string; durationMinutes: number; defaultDisciplines: string[]; active: boolean };

export type ScheduleReference = {
  timeZone: string;
  clinicians: Clinician[];
  locations: Location[];
  rooms: Room[];
  types: AppointmentTypeRow[];
};

/** Everything a scheduling form chooses from, in one query. */
export async function getScheduleReference(db: DbOrTx): Promise<ScheduleReference> {
  const [r] = await db.execute<ScheduleReference>(sql`
    select coalesce((select time_zone from clinic_settings where id = 1), 'America/New_York') as "timeZone",
      coalesce((select json_agg(json_build_object('id', u.id, 'name', u.display_name, 'discipline', sp.discipline) order by u.display_name)
         from users u join user_roles ur on ur.user_id = u.id and ur.role = 'clinician' left join staff_profiles sp on sp.user_id = u.id
         where u.active and u.kind = 'staff'), '[]') as clinicians,
      coalesce((select json_agg(json_build_object('id', l.id, 'name', l.name) order by l.name) from locations l), '[]') as locations,
      coalesce((select json_agg(json_build_object('id', r.id, 'name', r.name, 'locationId', r.location_id) order by r.name) from rooms r), '[]') as rooms,
      coalesce((select json_agg(json_build_object('id', t.id, 'name', t.name, 'durationMinutes', t.duration_minutes,
                 'defaultDisciplines', t.default_disciplines, 'active', t.active) order by t.active desc, t.name) from appointment_types t), '[]') as types`);
  return r;
}

export type ScheduledAppointment = {
  id: string;
  patientId: string;
  patientName: string;
  clinicianId: string;
  clinicianName: string;
  roomId: string | null;
  roomName: string | null;
  locationId: string;
  locationName: string;
  typeName: string;
  startsAt: string;
  endsAt: string;
  status: string;
  version: number;
  cancelReason: string | null;
};

// Names and times only: the schedule never shows clinical content.
const APPOINTMENT_COLUMNS = sql`
  a.id, a.patient_id as "patientId",
  coalesce(nullif(p.preferred_name, ''), p.legal_first_name) || ' ' || p.legal_last_name as "patientName",
  a.clinician_id as "clinicianId", u.display_name as "clinicianName", a.room_id as "roomId", r.name as "roomName",
  a.location_id as "locationId", l.name as "locationName", t.name as "typeName",
  to_char(a.starts_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "startsAt",
  to_char(a.ends_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "endsAt",
  a.status, a.version, a.cancel_reason as "cancelReason"`;
const APPOINTMENT_JOINS = sql`
  from appointments a join patients p on p.id = a.patient_id join users u on u.id = a.clinician_id
  join locations l on l.id = a.location_id join appointment_types t on t.id = a.appointment_type_id left join rooms r on r.id = a.room_id`;

/** Appointments of some clinicians (or a whole location) over local dates [from, to]; cancelled ones included for the record. */
export async function listScheduledAppointments(db: DbOrTx, q: { from: string; to: string; timeZone: string; clinicianIds?: string[]; locationId?: string | null }): Promise<ScheduledAppointment[]> {
  const start = localDayBounds(q.from, q.timeZone).start.toISOString();
  const end = localDayBounds(addDays(q.to, 0), q.timeZone).end.toISOString();
  const byClinician = q.clinicianIds?.length ? sql`and a.clinician_id in (${sql.join(q.clinicianIds.map((id) => sql`${id}::uuid`), sql`, `)})` : sql``;
  const byLocation = q.locationId ? sql`and a.location_id = ${q.locationId}::uuid` : sql``;
  const rows = await db.execute<ScheduledAppointment>(sql`
    select ${APPOINTMENT_COLUMNS} ${APPOINTMENT_JOINS}
    where a.starts_at < ${end}::timestamptz and a.ends_at > ${start}::timestamptz and a.starts_at > ${start}::timestamptz - interval '1 day'
      ${byClinician} ${byLocation}
    order by a.starts_at, u.display_name`);
  return [...rows];
}

export async function getAppointment(db: DbOrTx, appointmentId: string): Promise<(ScheduledAppointment & { appointmentTypeId: string; durationMinutes: number }) | null> {
  const rows = await db.execute<ScheduledAppointment & { appointmentTypeId: string; durationMinutes: number }>(sql`
    select ${APPOINTMENT_COLUMNS}, a.appointment_type_id as "appointmentTypeId", t.duration_minutes as "durationMinutes" ${APPOINTMENT_JOINS}
    where a.id = ${appointmentId}`);
  return rows[0] ?? null;
}

/** A patient's upcoming and past appointments (chart summary, portal). Scope is in the SQL. */
export async function listPatientAppointments(db: DbOrTx, caller: Caller, patientIds: string[], at: Date): Promise<{ upcoming: ScheduledAppointment[]; past: ScheduledAppointment[] }> {
  if (patientIds.length === 0) return { upcoming: [], past: [] };
  return splitAppointments([...(await db.execute<ScheduledAppointment>(patientAppointmentsSql(caller, patientIds)))], at);
}

/** The query of listPatientAppointments (the latest 200), for pages that load several sets in one statement. */
export function patientAppointmentsSql(caller: Caller, patientIds: string[]) {
  if (patientIds.length === 0) return sql`select 1 where false`;
  return sql`
    select ${APPOINTMENT_COLUMNS} ${APPOINTMENT_JOINS}
    where a.patient_id in (${sql.join(patientIds.map((id) => sql`${id}::uuid`), sql`, `)}) and ${patientScope(caller)}
    order by a.starts_at desc limit 200`;
}

/** Upcoming (live, not yet over; soonest first) and past appointments. */
export function splitAppointments(rows: ScheduledAppointment[], at: Date): { upcoming: ScheduledAppointment[]; past: ScheduledAppointment[] } {
  const nowIso = at.toISOString();
  const upcoming = rows.filter((r) => new Date(r.endsAt).toISOString() > nowIso && (r.status === "booked" || r.status === "arrived")).reverse();
  const past = rows.filter((r) => !upcoming.includes(r));
  return { upcoming, past };
}

export async function getReminderOptOut(db: DbOrTx, patientId: string): Promise<boolean> {
  const [r] = await db.execute<{ opt: boolean }>(sql`select coalesce((select reminders_opt_out from patient_reminder_prefs where patient_id = ${patientId}), false) as opt`);
  return r.opt;
}

/** Does the owner have a live calendar feed (the secret itself is never stored or shown again). */
export async function hasLiveFeed(db: DbOrTx, owner: { patientId: string } | { clinicianId: string }): Promise<boolean> {
  const cond = "patientId" in owner ? sql`patient_id = ${owner.patientId}` : sql`clinician_id = ${owner.clinicianId}`;
  const [r] = await db.execute<{ live: boolean }>(sql`select exists(select 1 from ical_feeds where ${cond} and revoked_at is null) as live`);
  return r.live;
}
