import Link from "next/link";
import type { ScheduledAppointment } from "@/lib/data/schedule";
import { slotLabel } from "@/lib/domain/scheduling/format";
import { STATUS_LABELS } from "@/lib/validation/scheduling";

/** A patient's upcoming and past appointments (times, clinician, place, status: nothing clinical). */
export function PatientAppointments({ upcoming, past, timeZone, linkToSchedule, bookHref }: {
  upcoming: ScheduledAppointment[]; past: ScheduledAppointment[]; timeZone: string; linkToSchedule: boolean; bookHref?: string;
}) {
  const item = (a: ScheduledAppointment) => {
    const text = `${slotLabel(a.startsAt, a.endsAt, timeZone)} — ${a.typeName} with ${a.clinicianName}, ${a.locationName}`;
    return (
      <li key={a.id}>
        {linkToSchedule ? <Link href={`/schedule/appointments/${a.id}`} className="text-teal-800 underline">{text}</Link> : text}
        {" "}<span className="text-sm text-slate-700">({STATUS_LABELS[a.status] ?? a.status}{a.cancelReason ? `: ${a.cancelReason}` : ""})</span>
      </li>
    );
  };
  return (
    <div className="space-y-4">
      <div>
        <h3 className="font-semibold">Upcoming</h3>
        {upcoming.length === 0 ? <p className="mt-1">No upcoming appointments.</p> : <ul className="mt-1 space-y-1">{upcoming.map(item)}</ul>}
        {bookHref && <Link href={bookHref} className="mt-2 inline-block font-medium text-teal-800 underline">Book an appointment</Link>}
      </div>
      <div>
        <h3 className="font-semibold">Past and cancelled</h3>
        {past.length === 0 ? <p className="mt-1">None.</p> : <ul className="mt-1 space-y-1">{past.slice(0, 20).map(item)}</ul>}
      </div>
    </div>
  );
}
