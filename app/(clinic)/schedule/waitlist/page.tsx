import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { ActionButton } from "@/components/forms/action-button";
import { SlotOffers } from "@/components/waitlist/slot-offers";
import { WaitlistAddForm } from "@/components/waitlist/waitlist-add-form";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClasses } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { SelectField } from "@/components/ui/select";
import { Table, TBody, THead, Tr } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/server";
import { hasPermission } from "@/lib/auth/permissions";
import { removeFromWaitlist } from "@/lib/actions/waitlist";
import { getBookingChoices } from "@/lib/data/booking-inputs";
import { searchPatients } from "@/lib/data/patient-search";
import { getPatientSummary } from "@/lib/data/patients";
import { getClinicSettings } from "@/lib/data/settings";
import { clinicianFreeAt, listWaitlist, waitlistMatchesForSlot } from "@/lib/data/waitlist";
import { formatInZone, zonedTimeToUtc } from "@/lib/time";
import { isoDate } from "@/lib/validation/dates";
import { stringParam } from "@/lib/validation/paging";
import { WEEKDAY_LABELS } from "@/lib/validation/care-plans";

export const metadata: Metadata = { title: "Waitlist" };

const cell = "px-3 py-2 align-top";
const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

export default async function WaitlistPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const caller = await requirePermission("schedule.read");
  const sp = await searchParams;
  const db = getDb();
  const canWrite = hasPermission(caller.roles, "schedule.write");
  const [entries, choices, settings] = await Promise.all([listWaitlist(db, caller), getBookingChoices(db), getClinicSettings(db)]);
  const tz = settings.timeZone;

  const q = stringParam(sp.q, 80) ?? "";
  const found = canWrite && q ? (await searchPatients(db, caller, q, 1)).rows.slice(0, 10) : [];
  const addId = stringParam(sp.patientId, 40);
  const adding = canWrite && addId && /^[0-9a-f-]{36}$/i.test(addId) ? await getPatientSummary(db, caller, addId) : null;

  // a chosen slot: clinician + type + local date and time → who on the waitlist fits it
  const clinician = choices.clinicians.find((c) => c.id === stringParam(sp.clinicianId));
  const type = choices.types.find((t) => t.id === stringParam(sp.typeId));
  const date = stringParam(sp.date, 10);
  const time = stringParam(sp.time, 5);
  let slot: { clinicianId: string; startsAt: Date; endsAt: Date; appointmentTypeId: string; label: string } | null = null;
  let slotTaken = false;
  if (clinician && type && date && time && isoDate("Date").safeParse(date).success && HHMM.test(time)) {
    const startsAt = zonedTimeToUtc(`${date}T${time}`, tz);
    slot = { clinicianId: clinician.id, startsAt, endsAt: new Date(startsAt.getTime() + type.durationMinutes * 60_000), appointmentTypeId: type.id, label: `${formatInZone(startsAt, tz)} with ${clinician.name}` };
    slotTaken = !(await clinicianFreeAt(db, clinician.id, slot.startsAt.toISOString(), slot.endsAt.toISOString()));
  }
  const matches = slot && !slotTaken ? await waitlistMatchesForSlot(db, slot) : [];

  return (
    <>
      <PageHeader title="Waitlist" description="Patients who want an earlier or better slot. Matching patients are offered freed slots first." actions={<Link className={buttonClasses("secondary")} href="/schedule/queue">Work queue</Link>} />
      {sp.added === "1" && <div className="mb-4"><Alert tone="success">Added to the waitlist.</Alert></div>}

      <section aria-labelledby="waiting" className="mb-8">
        <h2 id="waiting" className="mb-2 text-lg font-semibold">Waiting ({entries.length})</h2>
        {entries.length === 0 ? <p>Nobody is on the waitlist.</p> : (
          <Table caption="Waitlist" captionHidden>
            <THead>
              <tr>
                <th scope="col" className={cell}>Patient</th>
                <th scope="col" className={cell}>Clinicians</th>
                <th scope="col" className={cell}>Days and times</th>
                <th scope="col" className={cell}>Type · note</th>
                <th scope="col" className={cell}>Since</th>
                {canWrite && <th scope="col" className={cell}>Action</th>}
              </tr>
            </THead>
            <TBody>
              {entries.map((w) => (
                <Tr key={w.id}>
                  <td className={cell}><Link className="font-medium underline" href={`/patients/${w.patientId}`}>{w.patientName}</Link><br /><span className="text-sm text-slate-700">{w.phone ?? ""}</span></td>
                  <td className={cell}>{w.clinicianNames.length ? w.clinicianNames.join(", ") : "Any"}</td>
                  <td className={cell}>{w.weekdays.length ? w.weekdays.map((d) => WEEKDAY_LABELS[d - 1].slice(0, 3)).join(", ") : "Any day"}{" · "}{w.timeWindows.length ? w.timeWindows.map((t) => `${t.start}–${t.end}`).join(", ") : "any time"}</td>
                  <td className={cell}>{w.appointmentTypeName ?? "Any type"}{w.note ? ` · ${w.note}` : ""}</td>
                  <td className={cell}>{formatInZone(w.createdAt, tz)}</td>
                  {canWrite && <td className={cell}><ActionButton action={removeFromWaitlist} input={{ entryId: w.id }} label={`Remove ${w.patientName}`} done="Removed from the waitlist." variant="danger" /></td>}
                </Tr>
              ))}
            </TBody>
          </Table>
        )}
      </section>

      <section aria-labelledby="offer" className="mb-8 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="offer" className="mb-3 text-lg font-semibold">Offer a free slot</h2>
        <form method="get" className="mb-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-5 lg:items-end">
          <SelectField label="Slot clinician" name="clinicianId" defaultValue={clinician?.id ?? ""} placeholder="Choose" options={choices.clinicians.map((c) => ({ value: c.id, label: c.name }))} />
          <SelectField label="Slot appointment type" name="typeId" defaultValue={type?.id ?? ""} placeholder="Choose" options={choices.types.map((t) => ({ value: t.id, label: `${t.name} (${t.durationMinutes} min)` }))} />
          <TextField label="Slot date" name="date" type="date" defaultValue={date ?? ""} />
          <TextField label="Slot time" name="time" type="time" defaultValue={time ?? ""} />
          <Button type="submit" variant="secondary">Find waitlisted patients</Button>
        </form>
        {slot && slotTaken && <Alert tone="warning">That time is already booked for {clinician!.name}. Choose a free slot.</Alert>}
        {/* Stays mounted once the slot is taken, so the "Booked …" confirmation survives the refresh after booking. */}
        {slot && (
          <SlotOffers
            slot={{ clinicianId: slot.clinicianId, startsAt: slot.startsAt.toISOString(), appointmentTypeId: slot.appointmentTypeId, label: slot.label }}
            matches={matches.map((m) => ({ id: m.id, patientName: m.patientName, mrn: m.mrn, phone: m.phone, note: m.note, clinicianNames: m.clinicianNames }))}
            canBook={canWrite} filled={slotTaken}
          />
        )}
      </section>

      {canWrite && (
        <section aria-labelledby="add" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="add" className="mb-3 text-lg font-semibold">Add a patient</h2>
          {adding ? (
            <>
              <p className="mb-3">Patient: <strong>{adding.legalLastName}, {adding.legalFirstName}</strong> ({adding.mrn}) · <Link className="underline" href="/schedule/waitlist">choose someone else</Link></p>
              <WaitlistAddForm patientId={adding.id} patientName={`${adding.legalFirstName} ${adding.legalLastName}`} clinicians={choices.clinicians} types={choices.types} />
            </>
          ) : (
            <>
              <form method="get" role="search" className="mb-3 flex max-w-xl flex-wrap items-end gap-3">
                <div className="grow"><TextField label="Find a patient to add" name="q" type="search" defaultValue={q} hint="Part of a name, a date of birth or a phone number." /></div>
                <Button type="submit" variant="secondary">Search</Button>
              </form>
              {q && found.length === 0 && <p>No patients match “{q}”.</p>}
              {found.length > 0 && (
                <ul className="space-y-1">
                  {found.map((p) => (
                    <li key={p.id}><Link className="underline" href={`/schedule/waitlist?patientId=${p.id}`}>Add {p.name} ({p.mrn}, born {p.dateOfBirth})</Link></li>
                  ))}
                </ul>
              )}
            </>
          )}
        </section>
      )}
    </>
  );
}
