import "server-only";
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import type { Caller } from "@/lib/auth/caller";
import { rankWaitlist } from "@/lib/domain/care-plans/waitlist-match";
import { getClinicSettings } from "./settings";
import { patientScope } from "./patients";

export type WaitlistRow = {
  id: string;
  patientId: string;
  patientName: string;
  mrn: string;
  phone: string | null;
  clinicianIds: string[];
  clinicianNames: string[];
  weekdays: number[];
  timeWindows: { start: string; end: string }[];
  appointmentTypeId: string | null;
  appointmentTypeName: string | null;
  note: string;
  status: "waiting" | "offered";
  createdAt: string;
};

const ENTRY_COLUMNS = sql`
  w.id, w.patient_id as "patientId", p.legal_last_name || ', ' || p.legal_first_name as "patientName", p.mrn, p.phone,
  w.clinician_ids::text[] as "clinicianIds",
  coalesce((select array_agg(u.display_name order by u.display_name) from users u where u.id = any(w.clinician_ids)), '{}') as "clinicianNames",
  w.weekdays, w.time_windows as "timeWindows", w.appointment_type_id as "appointmentTypeId", t.name as "appointmentTypeName",
  w.note, w.status, w.created_at as "createdAt"`;

/** Open waitlist entries (waiting or offered), longest waiting first. Demographics and preferences only. */
export async function listWaitlist(db: DbOrTx, caller: Caller): Promise<WaitlistRow[]> {
  const rows = await db.execute<WaitlistRow>(sql`
    select ${ENTRY_COLUMNS}
    from waitlist_entries w join patients p on p.id = w.patient_id left join appointment_types t on t.id = w.appointment_type_id
    where w.status in ('waiting', 'offered') and ${patientScope(caller)}
    order by w.created_at, w.id`);
  return [...rows];
}

export type WaitlistMatch = WaitlistRow & { score: number };

/**
 * Waitlisted patients who fit a free slot, best first (DESIGN.md issue: after a cancellation they
 * are shown first). A patient who already has a live appointment overlapping the slot is left out.
 */
export async function waitlistMatchesForSlot(
  db: DbOrTx,
  slot: { clinicianId: string; startsAt: Date; endsAt: Date; appointmentTypeId: string | null },
): Promise<WaitlistMatch[]> {
  const { timeZone } = await getClinicSettings(db);
  const rows = await db.execute<WaitlistRow>(sql`
    select ${ENTRY_COLUMNS}
    from waitlist_entries w join patients p on p.id = w.patient_id left join appointment_types t on t.id = w.appointment_type_id
    where w.status in ('waiting', 'offered') and p.status not in ('voided', 'merged')
      and (cardinality(w.clinician_ids) = 0 or ${slot.clinicianId}::uuid = any(w.clinician_ids))
      and not exists (select 1 from appointments a where a.patient_id = w.patient_id and a.status in ('booked', 'arrived', 'completed')
                      and a.starts_at < ${slot.endsAt.toISOString()} and a.ends_at > ${slot.startsAt.toISOString()}
                      and a.starts_at > ${slot.startsAt.toISOString()}::timestamptz - interval '1 day')`);
  const entries = [...rows].map((r) => ({ ...r, entryId: r.id, createdAt: new Date(r.createdAt) }));
  return rankWaitlist(entries, slot, timeZone).map((m) => ({
    id: m.id, patientId: m.patientId, patientName: m.patientName, mrn: m.mrn, phone: m.phone, clinicianIds: m.clinicianIds,
    clinicianNames: m.clinicianNames, weekdays: m.weekdays, timeWindows: m.timeWindows, appointmentTypeId: m.appointmentTypeId,
    appointmentTypeName: m.appointmentTypeName, note: m.note, status: m.status, createdAt: m.createdAt.toISOString(), score: m.score,
  }));
}

/** Whether the clinician has no live appointment overlapping [startsAt, endsAt) — a freed slot not yet refilled. */
export async function clinicianFreeAt(db: DbOrTx, clinicianId: string, startsAt: string, endsAt: string): Promise<boolean> {
  const [row] = await db.execute<{ busy: boolean }>(sql`
    select exists (select 1 from appointments a where a.clinician_id = ${clinicianId} and a.status in ('booked', 'arrived', 'completed')
      and tstzrange(a.starts_at, a.ends_at) && tstzrange(${startsAt}::timestamptz, ${endsAt}::timestamptz)) as busy`);
  return !row?.busy;
}
