import "server-only";
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import type { CalendarEvent } from "@/lib/domain/scheduling/ical";

type FeedRow = { id: string; patientId: string | null; clinicianId: string | null; clinicName: string };
type EventRow = { id: string; startsAt: string; endsAt: string; status: string; version: number; updatedAt: string; typeName: string; locationName: string; address: string | null; other: string };

/**
 * The events of a live feed, found by the SHA-256 of its secret. A patient's feed shows the
 * clinician and place; a clinician's shows the patient's first name and last initial only.
 * Cancelled appointments stay in the feed as CANCELLED so subscribed calendars drop them.
 */
export async function loadFeed(db: DbOrTx, tokenHash: string, at: Date): Promise<{ name: string; events: CalendarEvent[]; patientId: string | null } | null> {
  const [feed] = await db.execute<FeedRow>(sql`
    select f.id, f.patient_id as "patientId", f.clinician_id as "clinicianId", coalesce(cs.name, 'Clinic') as "clinicName"
    from ical_feeds f
    left join patients p on p.id = f.patient_id
    left join users u on u.id = f.clinician_id
    left join clinic_settings cs on cs.id = 1
    where f.token_hash = ${tokenHash} and f.revoked_at is null
      and (f.patient_id is null or p.status = 'active') and (f.clinician_id is null or u.active)`);
  if (!feed) return null;
  const from = new Date(at.getTime() - 90 * 86_400_000).toISOString();
  const owner = feed.patientId ? sql`a.patient_id = ${feed.patientId}` : sql`a.clinician_id = ${feed.clinicianId}`;
  const other = feed.patientId
    ? sql`u.display_name`
    : sql`coalesce(nullif(p.preferred_name, ''), p.legal_first_name) || ' ' || left(p.legal_last_name, 1) || '.'`;
  const rows = await db.execute<EventRow>(sql`
    select a.id, a.starts_at as "startsAt", a.ends_at as "endsAt", a.status, a.version, a.updated_at as "updatedAt",
      t.name as "typeName", l.name as "locationName", l.address, ${other} as other
    from appointments a join appointment_types t on t.id = a.appointment_type_id join locations l on l.id = a.location_id
    join users u on u.id = a.clinician_id join patients p on p.id = a.patient_id
    where ${owner} and a.starts_at >= ${from}::timestamptz and a.status <> 'no_show'
    order by a.starts_at limit 1000`);
  await db.execute(sql`update ical_feeds set last_used_at = ${at.toISOString()}::timestamptz where id = ${feed.id}`);
  const events = rows.map((r) => ({
    uid: `${r.id}@kinetic-chart`,
    start: new Date(r.startsAt),
    end: new Date(r.endsAt),
    summary: feed.patientId ? `${r.typeName} with ${r.other}` : `${r.other} – ${r.typeName}`,
    location: [feed.clinicName, r.locationName, r.address].filter(Boolean).join(", "),
    cancelled: r.status === "cancelled",
    sequence: r.version,
    updatedAt: new Date(r.updatedAt),
  }));
  return { name: feed.patientId ? `${feed.clinicName} appointments` : `${feed.clinicName} – my schedule`, events, patientId: feed.patientId };
}
