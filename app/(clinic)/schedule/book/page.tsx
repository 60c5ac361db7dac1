import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { BookSlotForm } from "@/components/scheduling/slot-picker";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { SelectField } from "@/components/ui/select";
import { requirePermission } from "@/lib/auth/server";
import { getPatientSummary } from "@/lib/data/patients";
import { searchPatients } from "@/lib/data/patient-search";
import { getScheduleReference } from "@/lib/data/schedule";
import { findFreeSlots } from "@/lib/data/schedule-slots";
import { clockTime, longDate } from "@/lib/domain/scheduling/format";
import { atLocal, localDateOf } from "@/lib/domain/scheduling/zoned";
import { now } from "@/lib/time";
import { dateParam, stringParam } from "@/lib/validation/paging";

export const metadata: Metadata = { title: "Book an appointment" };

const UUID = /^[0-9a-f-]{36}$/i;
const TIME = /^\d{2}:\d{2}$/;

export default async function BookPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const caller = await requirePermission("schedule.write");
  const sp = await searchParams;
  const db = getDb();
  const ref = await getScheduleReference(db);
  const at = now();
  const patient = sp.patient && UUID.test(sp.patient) ? await getPatientSummary(db, caller, sp.patient) : null;
  const q = (stringParam(sp.q, 80) ?? "").trim();
  const found = !patient && q ? (await searchPatients(db, caller, q)).rows : [];
  const types = ref.types.filter((t) => t.active);
  const type = types.find((t) => t.id === sp.type);
  const clinician = ref.clinicians.find((c) => c.id === sp.clinician);
  const room = ref.rooms.find((r) => r.id === sp.room);
  const date = dateParam(sp.date) ?? localDateOf(at, ref.timeZone);
  const preferredAt = sp.time && TIME.test(sp.time) ? atLocal(date, sp.time, ref.timeZone).toISOString() : undefined;
  const slots = patient && type && clinician
    ? await findFreeSlots(db, { clinicianIds: [clinician.id], roomId: room?.id, patientId: patient.id, durationMinutes: type.durationMinutes, from: date, to: date, timeZone: ref.timeZone, notBefore: at })
    : null;
  const keep = { type: sp.type, clinician: sp.clinician, room: sp.room, date: sp.date, time: sp.time };
  const hidden = (values: Record<string, string | undefined>) => Object.entries(values).filter(([, v]) => v).map(([k, v]) => <input key={k} type="hidden" name={k} value={v} />);
  const withParams = (extra: Record<string, string>) => `/schedule/book?${new URLSearchParams({ ...Object.fromEntries(Object.entries(keep).filter(([, v]) => v)) as Record<string, string>, ...extra })}`;

  return (
    <>
      <PageHeader title="Book an appointment" description={`Times are in the clinic's time zone (${ref.timeZone}).`} />
      <div className="space-y-6">
        <section aria-labelledby="patient-h" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="patient-h" className="text-lg font-semibold">1. Patient</h2>
          {patient ? (
            <p className="mt-2">
              <span className="font-semibold">{patient.legalFirstName} {patient.legalLastName}</span> — born {patient.dateOfBirth}, {patient.mrn}.{" "}
              <Link href={withParams({})} className="text-teal-800 underline">Choose another patient</Link>
            </p>
          ) : (
            <>
              <form method="get" action="/schedule/book" className="mt-2 flex flex-wrap items-end gap-3">
                {hidden(keep)}
                <div className="min-w-64 flex-1"><TextField label="Find patient" name="q" defaultValue={q} hint="Name, phone or date of birth" /></div>
                <Button type="submit" variant="secondary">Search</Button>
              </form>
              {q && (found.length === 0 ? <p className="mt-3">No patient matches “{q}”.</p> : (
                <ul className="mt-3 space-y-1">
                  {found.map((p) => (
                    <li key={p.id}>
                      <Link href={withParams({ patient: p.id })} className="text-teal-800 underline">Choose {p.name}</Link>
                      <span className="text-sm text-slate-700"> — born {p.dateOfBirth}, {p.mrn}</span>
                    </li>
                  ))}
                </ul>
              ))}
            </>
          )}
        </section>

        <section aria-labelledby="details-h" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="details-h" className="text-lg font-semibold">2. Type, clinician, room and day</h2>
          <form method="get" action="/schedule/book" className="mt-2 grid gap-3 sm:grid-cols-2 lg:grid-cols-5 lg:items-end">
            {hidden({ patient: patient?.id, time: sp.time })}
            <SelectField label="Appointment type" name="type" required defaultValue={type?.id ?? ""} placeholder="Choose…" options={types.map((t) => ({ value: t.id, label: `${t.name} (${t.durationMinutes} min)` }))} />
            <SelectField label="Clinician" name="clinician" required defaultValue={clinician?.id ?? ""} placeholder="Choose…" options={ref.clinicians.map((c) => ({ value: c.id, label: c.discipline ? `${c.name} (${c.discipline})` : c.name }))} />
            <SelectField label="Room" name="room" defaultValue={room?.id ?? ""} placeholder="No room" options={ref.rooms.map((r) => ({ value: r.id, label: `${r.name} — ${ref.locations.find((l) => l.id === r.locationId)?.name ?? ""}` }))} />
            <TextField label="Day" name="date" type="date" required defaultValue={date} />
            <Button type="submit" variant="secondary">Show free slots</Button>
          </form>
        </section>

        <section aria-labelledby="slots-h" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="slots-h" className="text-lg font-semibold">3. Free slot on {longDate(date)}</h2>
          {!patient || !type || !clinician ? <p className="mt-2">Choose a patient, a type and a clinician to see free slots.</p> : (
            <div className="mt-2">
              <BookSlotForm
                key={`${patient.id}-${type.id}-${clinician.id}-${room?.id}-${date}`}
                fixed={{ patientId: patient.id, clinicianId: clinician.id, appointmentTypeId: type.id, roomId: room?.id ?? "" }}
                slots={(slots ?? []).map((s) => ({ startsAt: s.start.toISOString(), label: `${clockTime(s.start, ref.timeZone)}–${clockTime(s.end, ref.timeZone)}` }))}
                preferred={slots?.some((s) => s.start.toISOString() === preferredAt) ? preferredAt : undefined}
                timeZone={ref.timeZone} />
            </div>
          )}
        </section>
      </div>
    </>
  );
}
