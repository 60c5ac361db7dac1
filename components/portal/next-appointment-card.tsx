import Link from "next/link";
import type { ScheduledAppointment } from "@/lib/data/schedule";
import { formatInZone } from "@/lib/time";

/** The patient's next visit, first thing on the portal home: when, with whom, where. */
export function NextAppointmentCard({ next, timeZone, showName }: { next: ScheduledAppointment | null; timeZone: string; showName: boolean }) {
  return (
    <section aria-labelledby="next-visit" className="mt-6 rounded-lg border-2 border-teal-700 bg-white p-4">
      <h2 id="next-visit" className="text-lg font-semibold">Your next visit</h2>
      {next ? (
        <p className="mt-2 text-lg">
          <strong>{formatInZone(new Date(next.startsAt), timeZone)}</strong>
          <span className="block">{next.typeName} with {next.clinicianName}{showName ? ` (for ${next.patientName.split(" ")[0]})` : ""}</span>
          <span className="block text-slate-700">{next.locationName}{next.roomName ? `, ${next.roomName}` : ""}</span>
        </p>
      ) : <p className="mt-2">No visit booked. Call the clinic to book one.</p>}
      <p className="mt-3"><Link href="/portal/appointments" className="inline-flex min-h-11 items-center font-medium text-teal-800 underline">All appointments, cancel, add to your calendar</Link></p>
    </section>
  );
}
