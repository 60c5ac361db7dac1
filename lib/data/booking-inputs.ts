import "server-only";
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";

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
