import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { ActionButton } from "@/components/forms/action-button";
import { SimpleActionForm } from "@/components/forms/simple-action-form";
import { MoveSlotForm } from "@/components/scheduling/slot-picker";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { SelectField } from "@/components/ui/select";
import { auditPageView, requirePermission } from "@/lib/auth/server";
import { hasPermission } from "@/lib/auth/permissions";
import { cancelAppointmentAction, markAppointmentAction } from "@/lib/actions/scheduling";
import { startVisitFromAppointment } from "@/lib/actions/visit-from-appointment";
import { getAppointment, getScheduleReference } from "@/lib/data/schedule";
import { findFreeSlots } from "@/lib/data/schedule-slots";
import { clinicianFreeAt, waitlistMatchesForSlot } from "@/lib/data/waitlist";
import { SlotOffers } from "@/components/waitlist/slot-offers";
import { clockTime, longDate, slotLabel } from "@/lib/domain/scheduling/format";
import { localDateOf } from "@/lib/domain/scheduling/zoned";
import { STATUS_LABELS } from "@/lib/validation/scheduling";
import { now } from "@/lib/time";
import { dateParam } from "@/lib/validation/paging";

export const metadata: Metadata = { title: "Appointment" };

const DONE: Record<string, string> = { booked: "Appointment booked.", moved: "Appointment moved." };

export default async function AppointmentPage({ params, searchParams }: { params: Promise<{ appointmentId: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const caller = await requirePermission("schedule.read");
  const { appointmentId } = await params;
  const sp = await searchParams;
  if (!/^[0-9a-f-]{36}$/i.test(appointmentId)) notFound();
  const db = getDb();
  const [a, ref] = await Promise.all([getAppointment(db, appointmentId), getScheduleReference(db)]);
  if (!a) notFound();
  await auditPageView(caller, "appointment.view", { appointmentId });
  const at = now();
  const canWrite = hasPermission(caller.roles, "schedule.write");
  const canChart = hasPermission(caller.roles, "chart.clinical.write");
  const tz = ref.timeZone;
  const day = localDateOf(new Date(a.startsAt), tz);
  const booked = a.status === "booked";
  const moveDate = dateParam(sp.date) ?? day;
  const moveClinician = ref.clinicians.find((c) => c.id === sp.clinician) ?? ref.clinicians.find((c) => c.id === a.clinicianId);
  const moveRoom = sp.room === undefined ? a.roomId ?? "" : ref.rooms.some((r) => r.id === sp.room) ? sp.room : "";
  const slots = canWrite && booked && moveClinician
    ? await findFreeSlots(db, { clinicianIds: [moveClinician.id], roomId: moveRoom || null, patientId: a.patientId, durationMinutes: a.durationMinutes, from: moveDate, to: moveDate, timeZone: tz, notBefore: at, excludeAppointmentId: a.id })
    : [];
  // A cancelled future slot: the waitlisted patients who fit it come first (issue #6), unless it was filled meanwhile.
  const freed = canWrite && a.status === "cancelled" && new Date(a.startsAt) > at;
  const [offers, stillFree] = freed
    ? await Promise.all([
        waitlistMatchesForSlot(db, { clinicianId: a.clinicianId, startsAt: new Date(a.startsAt), endsAt: new Date(a.endsAt), appointmentTypeId: a.appointmentTypeId }),
        clinicianFreeAt(db, a.clinicianId, a.startsAt, a.endsAt),
      ])
    : [[], false];
  const mark = (status: "arrived" | "no_show" | "booked", label: string, done: string) => (
    <ActionButton action={markAppointmentAction} input={{ appointmentId: a.id, version: a.version, status }} label={label} done={done} />
  );
  return (
    <>
      <PageHeader title={`${a.patientName} — ${a.typeName}`} description={slotLabel(a.startsAt, a.endsAt, tz)}
        actions={<Link href={`/schedule?date=${day}`} className="text-teal-800 underline">Back to the schedule</Link>} />
      {sp.done && DONE[sp.done] && <div className="mb-4"><Alert tone="success">{DONE[sp.done]}</Alert></div>}
      {canChart && (a.status === "booked" || a.status === "arrived") && new Date(a.startsAt).getTime() <= at.getTime() + 12 * 3_600_000 && (
        <div className="mb-4">
          <ActionButton action={startVisitFromAppointment} input={{ appointmentId: a.id }} label="Open the visit" done="Opening the visit…" variant="primary" />
        </div>
      )}
      <section aria-labelledby="details" className="max-w-3xl rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="details" className="text-lg font-semibold">Details</h2>
        <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-2">
          <div><dt className="text-sm text-slate-700">Status</dt><dd className="font-semibold">{STATUS_LABELS[a.status] ?? a.status}{a.cancelReason ? ` — ${a.cancelReason}` : ""}</dd></div>
          <div><dt className="text-sm text-slate-700">When</dt><dd>{longDate(day)}, {clockTime(a.startsAt, tz)}–{clockTime(a.endsAt, tz)}</dd></div>
          <div><dt className="text-sm text-slate-700">Clinician</dt><dd>{a.clinicianName}</dd></div>
          <div><dt className="text-sm text-slate-700">Location and room</dt><dd>{a.locationName}{a.roomName ? `, ${a.roomName}` : ", no room"}</dd></div>
          <div><dt className="text-sm text-slate-700">Patient</dt><dd><Link href={`/patients/${a.patientId}`} className="text-teal-800 underline">{a.patientName}</Link></dd></div>
        </dl>
      </section>
      {canWrite && (
        <div className="mt-6 grid max-w-5xl gap-6 lg:grid-cols-2">
          <section aria-labelledby="status-h" className="rounded-lg border border-slate-200 bg-white p-4">
            <h2 id="status-h" className="text-lg font-semibold">Check-in</h2>
            <div className="mt-3 flex flex-wrap gap-3">
              {booked && day === localDateOf(at, tz) && mark("arrived", "Mark arrived", "Marked as arrived.")}
              {booked && new Date(a.startsAt) <= at && mark("no_show", "Mark no-show", "Marked as a no-show.")}
              {a.status === "no_show" && mark("booked", "Undo no-show", "Back to booked.")}
              {booked && new Date(a.startsAt) > at && day !== localDateOf(at, tz) && <p className="text-sm">Check-in opens on the day of the appointment.</p>}
              {!booked && a.status !== "no_show" && <p className="text-sm">Nothing to do: this appointment is {STATUS_LABELS[a.status]?.toLowerCase()}.</p>}
            </div>
          </section>
          {booked && (
            <section aria-labelledby="cancel-h" className="rounded-lg border border-red-200 bg-white p-4">
              <h2 id="cancel-h" className="text-lg font-semibold">Cancel</h2>
              <p className="mt-1 text-sm text-slate-700">The appointment stays in the history as cancelled; the slot becomes free.</p>
              <div className="mt-3">
                <SimpleActionForm schema="cancelAppointment" action={cancelAppointmentAction} hidden={{ appointmentId: a.id, version: String(a.version) }} variant="danger"
                  fields={[{ name: "reason", label: "Reason for cancelling", required: true, hint: "e.g. patient unwell, clinician away" }]} submitLabel="Cancel appointment" done="Appointment cancelled." />
              </div>
            </section>
          )}
        </div>
      )}
      {freed && (
        <section aria-labelledby="offer-h" className="mt-6 max-w-3xl rounded-lg border-2 border-teal-700 bg-white p-4">
          <h2 id="offer-h" className="text-lg font-semibold">Offer the freed slot</h2>
          <SlotOffers
            slot={{ clinicianId: a.clinicianId, startsAt: a.startsAt, appointmentTypeId: a.appointmentTypeId, roomId: a.roomId, label: slotLabel(a.startsAt, a.endsAt, tz) }}
            matches={offers.map((m) => ({ id: m.id, patientName: m.patientName, mrn: m.mrn, phone: m.phone, note: m.note, clinicianNames: m.clinicianNames }))}
            canBook={canWrite} filled={!stillFree} />
        </section>
      )}
      {canWrite && booked && (
        <section aria-labelledby="move-h" className="mt-6 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="move-h" className="text-lg font-semibold">Move to another time</h2>
          <form method="get" className="mt-2 grid gap-3 sm:grid-cols-2 lg:grid-cols-4 lg:items-end">
            <TextField label="New day" name="date" type="date" defaultValue={moveDate} />
            <SelectField label="Clinician" name="clinician" defaultValue={moveClinician?.id ?? ""} options={ref.clinicians.map((c) => ({ value: c.id, label: c.name }))} />
            <SelectField label="Room" name="room" defaultValue={moveRoom} placeholder="No room" options={ref.rooms.map((r) => ({ value: r.id, label: r.name }))} />
            <Button type="submit" variant="secondary">Show free slots</Button>
          </form>
          <div className="mt-4">
            <MoveSlotForm key={`${moveDate}-${moveClinician?.id}-${moveRoom}-${a.version}`}
              fixed={{ appointmentId: a.id, version: a.version, clinicianId: moveClinician?.id ?? a.clinicianId, roomId: moveRoom }}
              slots={slots.map((s) => ({ startsAt: s.start.toISOString(), label: `${clockTime(s.start, tz)}–${clockTime(s.end, tz)}` }))} timeZone={tz} />
          </div>
        </section>
      )}
    </>
  );
}
