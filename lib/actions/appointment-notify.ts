import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { appointmentNotifications } from "@/db/schema";
import { enqueueJob } from "@/lib/jobs/queue";
import { queueMessage } from "@/lib/outbox";
import { HOUR } from "@/lib/time";

export const REMINDER_JOB = "appointment.reminder";

type NoticeKind = "booked" | "moved" | "cancelled" | "reminder";

type AppointmentFacts = {
  id: string;
  status: string;
  version: number;
  startsAt: string;
  endsAt: string;
  email: string | null;
  firstName: string;
  optedOut: boolean;
  clinicianName: string;
  locationName: string;
  typeName: string;
  clinicName: string;
  timeZone: string;
  leadHours: number;
};

/** What an appointment email needs, in one query (locks the appointment so concurrent jobs serialise). */
export async function appointmentFacts(tx: DbOrTx, appointmentId: string, lock = false): Promise<AppointmentFacts | null> {
  const rows = await tx.execute<AppointmentFacts>(sql`
    select a.id, a.status, a.version, a.starts_at as "startsAt", a.ends_at as "endsAt",
      coalesce(nullif(p.email, ''), nullif(p.guardian_email, '')) as email,
      coalesce(nullif(p.preferred_name, ''), p.legal_first_name) as "firstName",
      coalesce(rp.reminders_opt_out, false) as "optedOut",
      u.display_name as "clinicianName", l.name as "locationName", t.name as "typeName",
      coalesce(cs.name, 'Kinetic Chart clinic') as "clinicName", coalesce(cs.time_zone, 'America/New_York') as "timeZone",
      coalesce(cs.reminder_lead_hours, 24) as "leadHours"
    from appointments a
    join patients p on p.id = a.patient_id
    join users u on u.id = a.clinician_id
    join locations l on l.id = a.location_id
    join appointment_types t on t.id = a.appointment_type_id
    left join patient_reminder_prefs rp on rp.patient_id = a.patient_id
    left join clinic_settings cs on cs.id = 1
    where a.id = ${appointmentId}
    ${lock ? sql`for update of a` : sql``}`);
  return rows[0] ?? null;
}

function when(at: string, timeZone: string): string {
  return new Intl.DateTimeFormat("en-US", { timeZone, weekday: "long", month: "long", day: "numeric", year: "numeric", hour: "numeric", minute: "2-digit", timeZoneName: "short" }).format(new Date(at));
}

// Emails carry the time, place and clinician only: no reason for the visit, no clinical content.
function compose(kind: NoticeKind, f: AppointmentFacts): { subject: string; body: string } {
  const time = when(f.startsAt, f.timeZone);
  const what = `${f.typeName} with ${f.clinicianName} at ${f.clinicName}, ${f.locationName}`;
  const sign = `\n\n${f.clinicName}\nTo stop appointment emails, change your preferences in the patient portal or ask the front desk.`;
  switch (kind) {
    case "booked":
      return { subject: `Appointment booked: ${time}`, body: `Hello ${f.firstName},\n\nYour appointment is booked for ${time}: ${what}.${sign}` };
    case "moved":
      return { subject: `Appointment moved: ${time}`, body: `Hello ${f.firstName},\n\nYour appointment has moved to ${time}: ${what}.${sign}` };
    case "cancelled":
      return { subject: `Appointment cancelled: ${time}`, body: `Hello ${f.firstName},\n\nYour appointment on ${time} (${what}) is cancelled. Contact us to book another time.${sign}` };
    case "reminder":
      return { subject: `Reminder: appointment ${time}`, body: `Hello ${f.firstName},\n\nA reminder of your appointment on ${time}: ${what}.${sign}` };
  }
}

/**
 * Decide one email for the appointment's current version, once: record the decision (queued with
 * its outbox message, or skipped and why). Returns false when this notice was already decided.
 */
export async function notifyOnce(tx: DbOrTx, f: AppointmentFacts, kind: NoticeKind, at: Date, createdBy: string | null): Promise<boolean> {
  const [already] = await tx.execute<{ n: number }>(sql`
    select count(*)::int as n from appointment_notifications where appointment_id = ${f.id} and kind = ${kind} and appointment_version = ${f.version}`);
  if (already.n > 0) return false;
  const skip = f.optedOut ? "opted_out" : !f.email ? "no_email" : null;
  let outboxMessageId: string | null = null;
  if (!skip) {
    const { subject, body } = compose(kind, f);
    outboxMessageId = await queueMessage(tx, { kind: `appointment_${kind}`, to: f.email!, subject, body, createdBy }, at);
  }
  await tx.insert(appointmentNotifications).values({
    appointmentId: f.id, kind, appointmentVersion: f.version, outcome: skip ? "skipped" : "queued", skipReason: skip, outboxMessageId, createdAt: at,
  });
  return true;
}

/**
 * After a booking or a move: the confirmation now, and a reminder job for this version at the
 * clinic's lead time. The job checks the version when it runs, so an older reminder never sends.
 */
export async function afterScheduled(tx: DbOrTx, appointmentId: string, kind: "booked" | "moved", at: Date, createdBy: string | null): Promise<void> {
  const f = await appointmentFacts(tx, appointmentId);
  if (!f) return;
  await notifyOnce(tx, f, kind, at, createdBy);
  await scheduleReminder(tx, f, at);
}

async function scheduleReminder(tx: DbOrTx, f: AppointmentFacts, at: Date) {
  const runAt = new Date(new Date(f.startsAt).getTime() - f.leadHours * HOUR);
  // booked inside the lead time: the confirmation just sent is the reminder
  if (runAt.getTime() > at.getTime()) {
    await enqueueJob(tx, REMINDER_JOB, { appointmentId: f.id, version: f.version, startsAt: new Date(f.startsAt).toISOString() }, runAt);
  }
}

/**
 * A whole series booked at once (a care plan's visits): ONE confirmation listing every visit, and a
 * reminder job per visit. Each visit's "booked" notice is recorded against that one message.
 */
export async function afterSeriesBooked(tx: DbOrTx, appointmentIds: readonly string[], at: Date, createdBy: string | null): Promise<void> {
  const facts = (await Promise.all(appointmentIds.map((id) => appointmentFacts(tx, id)))).filter((f): f is AppointmentFacts => f !== null);
  if (facts.length === 0) return;
  const first = facts[0];
  const skip = first.optedOut ? "opted_out" : !first.email ? "no_email" : null;
  let outboxMessageId: string | null = null;
  if (!skip) {
    const list = facts.map((f) => `- ${when(f.startsAt, f.timeZone)}: ${f.typeName} with ${f.clinicianName}, ${f.locationName}`).join("\n");
    outboxMessageId = await queueMessage(tx, {
      kind: "appointment_booked", to: first.email!, createdBy,
      subject: `${facts.length} appointment${facts.length === 1 ? "" : "s"} booked`,
      body: `Hello ${first.firstName},\n\nYour visits are booked:\n${list}\n\n${first.clinicName}\nTo stop appointment emails, change your preferences in the patient portal or ask the front desk.`,
    }, at);
  }
  await tx.insert(appointmentNotifications).values(facts.map((f) => ({
    appointmentId: f.id, kind: "booked" as const, appointmentVersion: f.version, outcome: skip ? ("skipped" as const) : ("queued" as const), skipReason: skip, outboxMessageId, createdAt: at,
  })));
  for (const f of facts) await scheduleReminder(tx, f, at);
}

export async function afterCancelled(tx: DbOrTx, appointmentId: string, at: Date, createdBy: string | null): Promise<void> {
  const f = await appointmentFacts(tx, appointmentId);
  if (f) await notifyOnce(tx, f, "cancelled", at, createdBy);
}
