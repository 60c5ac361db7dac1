import "server-only";
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { expandAvailability, type AvailableWindow } from "@/lib/domain/scheduling/availability";
import type { Interval } from "@/lib/domain/scheduling/intervals";
import { localDayBounds } from "@/lib/domain/scheduling/zoned";

export interface BookingChoices {
  clinicians: { id: string; name: string; discipline: string | null }[];
  types: { id: string; name: string; durationMinutes: number }[];
  rooms: { id: string; name: string; locationId: string }[];
}

/** Who, what and where can be booked: active clinicians, active appointment types, rooms. */
export async function getBookingChoices(db: DbOrTx): Promise<BookingChoices> {
  const [row] = await db.execute<{ clinicians: BookingChoices["clinicians"] | null; types: BookingChoices["types"] | null; rooms: BookingChoices["rooms"] | null }>(sql`
    select
      (select json_agg(json_build_object('id', u.id, 'name', u.display_name, 'discipline', sp.discipline) order by u.display_name)
       from users u join user_roles r on r.user_id = u.id and r.role = 'clinician' left join staff_profiles sp on sp.user_id = u.id
       where u.active and u.kind = 'staff') as clinicians,
      (select json_agg(json_build_object('id', t.id, 'name', t.name, 'durationMinutes', t.duration_minutes) order by t.name)
       from appointment_types t where t.active) as types,
      (select json_agg(json_build_object('id', r.id, 'name', r.name, 'locationId', r.location_id) order by r.name) from rooms r) as rooms`);
  return { clinicians: row?.clinicians ?? [], types: row?.types ?? [], rooms: row?.rooms ?? [] };
}

/** A clinician's availability windows for local dates [from, to], exceptions applied, in the clinic zone. */
export async function getAvailabilityWindows(db: DbOrTx, input: { clinicianId: string; from: string; to: string; timeZone: string }): Promise<AvailableWindow[]> {
  const [row] = await db.execute<{ rules: { clinicianId: string; locationId: string; weekday: number; startTime: string; endTime: string }[] | null; exceptions: { clinicianId: string; date: string; allDay: boolean; startTime: string | null; endTime: string | null }[] | null }>(sql`
    select
      (select json_agg(json_build_object('clinicianId', a.clinician_id, 'locationId', a.location_id, 'weekday', a.weekday,
                'startTime', to_char(a.start_time, 'HH24:MI'), 'endTime', to_char(a.end_time, 'HH24:MI')))
       from clinician_availability a where a.clinician_id = ${input.clinicianId} and a.removed_at is null) as rules,
      (select json_agg(json_build_object('clinicianId', x.clinician_id, 'date', to_char(x.on_date, 'YYYY-MM-DD'), 'allDay', x.all_day,
                'startTime', to_char(x.start_time, 'HH24:MI'), 'endTime', to_char(x.end_time, 'HH24:MI')))
       from availability_exceptions x where x.clinician_id = ${input.clinicianId} and x.removed_at is null
         and x.on_date between ${input.from} and ${input.to}) as exceptions`);
  return expandAvailability({ rules: row?.rules ?? [], exceptions: row?.exceptions ?? [], from: input.from, to: input.to, timeZone: input.timeZone });
}

/**
 * Live appointments that block a new one: the clinician's, the room's and the patient's, over the
 * local dates [from, to]. Cancelled and no-show rows free their time.
 */
export async function getBusyIntervals(db: DbOrTx, input: { clinicianId: string; roomId?: string | null; patientId?: string | null; from: string; to: string; timeZone: string }): Promise<Interval[]> {
  const start = localDayBounds(input.from, input.timeZone).start;
  const end = localDayBounds(input.to, input.timeZone).end;
  const rows = await db.execute<{ starts_at: string; ends_at: string }>(sql`
    select a.starts_at, a.ends_at from appointments a
    where a.status in ('booked', 'arrived', 'completed') and a.starts_at < ${end.toISOString()} and a.ends_at > ${start.toISOString()}
      and a.starts_at > ${start.toISOString()}::timestamptz - interval '1 day'
      and (a.clinician_id = ${input.clinicianId}
           ${input.patientId ? sql`or a.patient_id = ${input.patientId}` : sql``}
           ${input.roomId ? sql`or a.room_id = ${input.roomId}` : sql``})`);
  return [...rows].map((r) => ({ start: new Date(r.starts_at), end: new Date(r.ends_at) }));
}
