import "server-only";
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { expandAvailability, type AvailabilityException, type AvailableWindow, type WeeklyRule } from "@/lib/domain/scheduling/availability";
import type { Interval } from "@/lib/domain/scheduling/intervals";
import { generateSlots, type Slot } from "@/lib/domain/scheduling/slots";
import { addDays, localDayBounds } from "@/lib/domain/scheduling/zoned";

export interface SlotQuery {
  clinicianIds: string[];
  /** only availability at this location */
  locationId?: string | null;
  /** the room must be free too */
  roomId?: string | null;
  /** the patient must be free too */
  patientId?: string | null;
  durationMinutes: number;
  from: string; // local date
  to: string; // local date
  timeZone: string;
  notBefore?: Date;
  /** the appointment being moved does not block itself */
  excludeAppointmentId?: string | null;
  stepMinutes?: number;
}

export interface ScheduleInputs {
  windows: AvailableWindow[];
  busy: (Interval & { clinicianId: string | null })[];
}

const LIVE = sql`('booked', 'arrived', 'completed')`;

/**
 * Availability rules, exceptions and busy time for the clinicians (and room, patient) over local
 * dates [from, to], in one round trip, expanded to windows in the clinic zone.
 */
export async function loadScheduleInputs(db: DbOrTx, q: Omit<SlotQuery, "durationMinutes">): Promise<ScheduleInputs> {
  const start = localDayBounds(q.from, q.timeZone).start.toISOString();
  const end = localDayBounds(addDays(q.to, 0), q.timeZone).end.toISOString();
  const ids = q.clinicianIds.length ? q.clinicianIds : ["00000000-0000-0000-0000-000000000000"];
  const idList = sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `);
  const [row] = await db.execute<{ rules: WeeklyRule[] | null; exceptions: AvailabilityException[] | null; busy: { start: string; end: string; clinicianId: string | null }[] | null }>(sql`
    select
      (select json_agg(json_build_object('clinicianId', a.clinician_id, 'locationId', a.location_id, 'weekday', a.weekday,
                 'startTime', to_char(a.start_time, 'HH24:MI'), 'endTime', to_char(a.end_time, 'HH24:MI')))
         from clinician_availability a join users u on u.id = a.clinician_id and u.active
        where a.removed_at is null and a.clinician_id in (${idList})
          and (${q.locationId ?? null}::uuid is null or a.location_id = ${q.locationId ?? null}::uuid)) as rules,
      (select json_agg(json_build_object('clinicianId', e.clinician_id, 'date', to_char(e.on_date, 'YYYY-MM-DD'), 'allDay', e.all_day,
                 'startTime', to_char(e.start_time, 'HH24:MI'), 'endTime', to_char(e.end_time, 'HH24:MI')))
         from availability_exceptions e
        where e.removed_at is null and e.clinician_id in (${idList}) and e.on_date between ${q.from}::date and ${q.to}::date) as exceptions,
      (select json_agg(json_build_object('start', ap.starts_at, 'end', ap.ends_at,
                 'clinicianId', case when ap.clinician_id in (${idList}) and ap.room_id is distinct from ${q.roomId ?? null}::uuid
                                      and ap.patient_id is distinct from ${q.patientId ?? null}::uuid then ap.clinician_id end))
         from appointments ap
        where ap.status in ${LIVE} and ap.starts_at < ${end}::timestamptz and ap.ends_at > ${start}::timestamptz
          and ap.starts_at > ${start}::timestamptz - interval '1 day'
          and (${q.excludeAppointmentId ?? null}::uuid is null or ap.id <> ${q.excludeAppointmentId ?? null}::uuid)
          and (ap.clinician_id in (${idList}) or ap.room_id = ${q.roomId ?? null}::uuid or ap.patient_id = ${q.patientId ?? null}::uuid)) as busy`);
  const windows = expandAvailability({ rules: row?.rules ?? [], exceptions: row?.exceptions ?? [], from: q.from, to: q.to, timeZone: q.timeZone });
  const busy = (row?.busy ?? []).map((b) => ({ start: new Date(b.start), end: new Date(b.end), clinicianId: b.clinicianId }));
  return { windows, busy };
}

/** Free, bookable slots: inside availability, clear of the clinician's, the room's and the patient's appointments. */
export async function findFreeSlots(db: DbOrTx, q: SlotQuery): Promise<Slot[]> {
  const { windows, busy } = await loadScheduleInputs(db, q);
  return generateSlots({ windows, busy, durationMinutes: q.durationMinutes, stepMinutes: q.stepMinutes ?? 15, notBefore: q.notBefore });
}
