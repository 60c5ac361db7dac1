import type { Metadata } from "next";
import { getDb } from "@/db";
import { ActionButton } from "@/components/forms/action-button";
import { SimpleActionForm } from "@/components/forms/simple-action-form";
import { FeedControls } from "@/components/scheduling/feed-controls";
import { requirePermission } from "@/lib/auth/server";
import { writeAudit } from "@/lib/audit";
import { cancelMyAppointment, rotateMyCalendarFeed, setMyReminderPref } from "@/lib/actions/portal-appointments";
import { listPortalPatients } from "@/lib/data/portal";
import { getReminderOptOut, hasLiveFeed, listPatientAppointments, type ScheduledAppointment } from "@/lib/data/schedule";
import { getClinicSettings } from "@/lib/data/settings";
import { HOUR, now } from "@/lib/time";

export const metadata: Metadata = { title: "My appointments" };

function when(a: ScheduledAppointment, timeZone: string) {
  const f = (o: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat("en-US", { timeZone, ...o });
  return {
    day: f({ weekday: "long", month: "long", day: "numeric" }).format(new Date(a.startsAt)),
    time: `${f({ hour: "numeric", minute: "2-digit" }).format(new Date(a.startsAt))} – ${f({ hour: "numeric", minute: "2-digit" }).format(new Date(a.endsAt))}`,
  };
}

export default async function MyAppointmentsPage() {
  const caller = await requirePermission("portal.self");
  const db = getDb();
  const [people, settings] = await Promise.all([listPortalPatients(db, caller), getClinicSettings(db)]);
  const at = now();
  const data = await Promise.all(people.map(async (p) => ({
    person: p,
    appointments: await listPatientAppointments(db, caller, [p.id], at),
    optedOut: await getReminderOptOut(db, p.id),
    feed: await hasLiveFeed(db, { patientId: p.id }),
  })));
  await writeAudit(db, caller, { action: "portal.view", details: { view: "appointments" } });
  const cutoff = at.getTime() + settings.cancellationWindowHours * HOUR;
  const many = people.length > 1;
  return (
    <>
      <h1 className="text-2xl font-bold">My appointments</h1>
      {data.map(({ person, appointments, optedOut, feed }) => (
        <div key={person.id} className="mt-6 space-y-6">
          {many && <h2 className="text-xl font-semibold">{person.firstName}</h2>}
          <section aria-labelledby={`up-${person.id}`}>
            <h2 id={`up-${person.id}`} className="text-lg font-semibold">Upcoming</h2>
            {appointments.upcoming.length === 0 ? <p className="mt-2">No upcoming appointments.</p> : (
              <ul className="mt-2 space-y-3">
                {appointments.upcoming.map((a) => {
                  const w = when(a, settings.timeZone);
                  const canCancel = a.status === "booked" && new Date(a.startsAt).getTime() >= cutoff;
                  return (
                    <li key={a.id} className="rounded-lg border border-slate-200 bg-white p-4">
                      <p className="text-lg font-semibold">{w.day}</p>
                      <p>{w.time}</p>
                      <p className="mt-1">{a.typeName} with {a.clinicianName}</p>
                      <p className="text-slate-700">{a.locationName}</p>
                      {canCancel ? (
                        <details className="mt-3">
                          <summary className="min-h-11 cursor-pointer py-2 font-medium text-teal-800 underline">Cancel this appointment</summary>
                          <div className="mt-2">
                            <SimpleActionForm schema="portalCancelAppointment" action={cancelMyAppointment} hidden={{ appointmentId: a.id }} variant="danger"
                              fields={[{ name: "reason", label: "Reason (optional)" }]} submitLabel="Yes, cancel it" done="Your appointment is cancelled." />
                          </div>
                        </details>
                      ) : a.status === "booked" && (
                        <p className="mt-3 text-sm text-slate-700">It is less than {settings.cancellationWindowHours} hours away: please call the clinic to cancel.</p>
                      )}
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
          {appointments.past.length > 0 && (
            <section aria-labelledby={`past-${person.id}`}>
              <h2 id={`past-${person.id}`} className="text-lg font-semibold">Past and cancelled</h2>
              <ul className="mt-2 space-y-1">
                {appointments.past.slice(0, 10).map((a) => {
                  const w = when(a, settings.timeZone);
                  return <li key={a.id}>{w.day}, {w.time}: {a.typeName} with {a.clinicianName}{a.status === "cancelled" ? " (cancelled)" : a.status === "no_show" ? " (missed)" : ""}</li>;
                })}
              </ul>
            </section>
          )}
          <section aria-labelledby={`email-${person.id}`} className="rounded-lg border border-slate-200 bg-white p-4">
            <h2 id={`email-${person.id}`} className="text-lg font-semibold">Email reminders</h2>
            <p className="mt-1">{optedOut ? "You will not get appointment emails." : `We email you when an appointment is booked, moved or cancelled, and ${settings.reminderLeadHours} hours before it.`}</p>
            <div className="mt-3">
              <ActionButton action={setMyReminderPref} input={{ patientId: person.id, optOut: !optedOut }}
                label={optedOut ? "Turn appointment emails on" : "Stop appointment emails"} done={optedOut ? "Appointment emails are on." : "Appointment emails are off."} />
            </div>
          </section>
          <section aria-labelledby={`cal-${person.id}`} className="rounded-lg border border-slate-200 bg-white p-4">
            <h2 id={`cal-${person.id}`} className="text-lg font-semibold">Add to your calendar</h2>
            <p className="mt-1 text-sm text-slate-700">A private link your phone&apos;s calendar can subscribe to. Anyone with the link can see these appointments, so keep it to yourself.</p>
            <div className="mt-3">
              <FeedControls action={rotateMyCalendarFeed} owner="patient" patientId={person.id} live={feed} />
            </div>
          </section>
        </div>
      ))}
    </>
  );
}
