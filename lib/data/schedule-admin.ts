import "server-only";
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";

export type AvailabilityRow = { id: string; clinicianId: string; locationId: string; locationName: string; weekday: number; startTime: string; endTime: string };
export type ExceptionRow = { id: string; clinicianId: string; date: string; allDay: boolean; startTime: string | null; endTime: string | null; reason: string };

/** A clinician's current weekly hours and exceptions from `fromDate` on. */
export async function getClinicianAvailability(db: DbOrTx, clinicianId: string, fromDate: string): Promise<{ rules: AvailabilityRow[]; exceptions: ExceptionRow[] }> {
  const [r] = await db.execute<{ rules: AvailabilityRow[]; exceptions: ExceptionRow[] }>(sql`
    select
      coalesce((select json_agg(json_build_object('id', a.id, 'clinicianId', a.clinician_id, 'locationId', a.location_id, 'locationName', l.name,
                 'weekday', a.weekday, 'startTime', to_char(a.start_time, 'HH24:MI'), 'endTime', to_char(a.end_time, 'HH24:MI'))
                 order by a.weekday, a.start_time)
         from clinician_availability a join locations l on l.id = a.location_id
         where a.clinician_id = ${clinicianId} and a.removed_at is null), '[]') as rules,
      coalesce((select json_agg(json_build_object('id', e.id, 'clinicianId', e.clinician_id, 'date', to_char(e.on_date, 'YYYY-MM-DD'), 'allDay', e.all_day,
                 'startTime', to_char(e.start_time, 'HH24:MI'), 'endTime', to_char(e.end_time, 'HH24:MI'), 'reason', e.reason) order by e.on_date, e.start_time)
         from availability_exceptions e where e.clinician_id = ${clinicianId} and e.removed_at is null and e.on_date >= ${fromDate}::date), '[]') as exceptions`);
  return r;
}

/** Weekly hours of every clinician (summary for the admin list). */
export async function listAvailabilitySummary(db: DbOrTx): Promise<Record<string, AvailabilityRow[]>> {
  const rows = await db.execute<AvailabilityRow>(sql`
    select a.id, a.clinician_id as "clinicianId", a.location_id as "locationId", l.name as "locationName", a.weekday,
      to_char(a.start_time, 'HH24:MI') as "startTime", to_char(a.end_time, 'HH24:MI') as "endTime"
    from clinician_availability a join locations l on l.id = a.location_id where a.removed_at is null order by a.weekday, a.start_time`);
  const out: Record<string, AvailabilityRow[]> = {};
  for (const r of rows) (out[r.clinicianId] ??= []).push(r);
  return out;
}
