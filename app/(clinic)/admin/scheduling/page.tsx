import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { ActionButton } from "@/components/forms/action-button";
import { SimpleActionForm } from "@/components/forms/simple-action-form";
import { AppointmentTypeForm } from "@/components/scheduling/admin-forms";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/server";
import { addRoom, renameRoom, setAppointmentTypeActive } from "@/lib/actions/schedule-admin";
import { getScheduleReference } from "@/lib/data/schedule";
import { listAvailabilitySummary } from "@/lib/data/schedule-admin";
import { WEEKDAY_LABELS } from "@/lib/validation/scheduling";

export const metadata: Metadata = { title: "Scheduling setup" };

export default async function SchedulingAdminPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requirePermission("settings.manage");
  const sp = await searchParams;
  const db = getDb();
  const [ref, hours] = await Promise.all([getScheduleReference(db), listAvailabilitySummary(db)]);
  const editing = ref.types.find((t) => t.id === sp.edit);
  return (
    <>
      <PageHeader title="Scheduling setup" description={`Appointment types, clinicians' weekly hours and rooms. Hours are wall-clock times in ${ref.timeZone}.`} />
      <section aria-labelledby="types" className="space-y-4">
        <h2 id="types" className="text-xl font-semibold">Appointment types</h2>
        <Table caption="Appointment types" captionHidden>
          <THead><Tr><Th>Name</Th><Th>Duration</Th><Th>Usually provided by</Th><Th>Status</Th><Th>Actions</Th></Tr></THead>
          <TBody>
            {ref.types.map((t) => (
              <Tr key={t.id}>
                <Td>{t.name}</Td>
                <Td>{t.durationMinutes} min</Td>
                <Td>{t.defaultDisciplines.join(", ") || "Any"}</Td>
                <Td>{t.active ? "Active" : "Retired"}</Td>
                <Td>
                  <div className="flex flex-wrap items-start gap-3">
                    <Link href={`/admin/scheduling?edit=${t.id}#type-form`} className="min-h-11 py-2 text-teal-800 underline">Edit<span className="sr-only"> {t.name}</span></Link>
                    <ActionButton action={setAppointmentTypeActive} input={{ id: t.id, active: !t.active }} label={t.active ? `Retire ${t.name}` : `Restore ${t.name}`}
                      done={t.active ? "Retired: it can no longer be booked." : "Restored."} />
                  </div>
                </Td>
              </Tr>
            ))}
          </TBody>
        </Table>
        <div id="type-form" className="max-w-2xl rounded-lg border border-slate-200 bg-white p-4">
          <h3 className="text-lg font-semibold">{editing ? `Edit ${editing.name}` : "Add an appointment type"}</h3>
          <div className="mt-3">
            <AppointmentTypeForm key={editing?.id ?? "new"} initial={editing ? { id: editing.id, name: editing.name, durationMinutes: editing.durationMinutes, defaultDisciplines: editing.defaultDisciplines as never, active: editing.active } : undefined} />
          </div>
        </div>
      </section>

      <section aria-labelledby="clinicians" className="mt-10 space-y-4">
        <h2 id="clinicians" className="text-xl font-semibold">Clinicians&apos; weekly hours</h2>
        <Table caption="Clinicians' weekly hours" captionHidden>
          <THead><Tr><Th>Clinician</Th><Th>Hours</Th><Th>Actions</Th></Tr></THead>
          <TBody>
            {ref.clinicians.map((c) => (
              <Tr key={c.id}>
                <Td>{c.name}{c.discipline ? ` (${c.discipline})` : ""}</Td>
                <Td>{(hours[c.id] ?? []).map((h) => `${WEEKDAY_LABELS[h.weekday].slice(0, 3)} ${h.startTime}–${h.endTime}`).join("; ") || "No hours set"}</Td>
                <Td><Link href={`/admin/scheduling/clinicians/${c.id}`} className="text-teal-800 underline">Hours and time off<span className="sr-only"> for {c.name}</span></Link></Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      </section>

      <section aria-labelledby="rooms" className="mt-10 space-y-4">
        <h2 id="rooms" className="text-xl font-semibold">Rooms and tables</h2>
        {ref.locations.length === 0 && <p>No location yet.</p>}
        {ref.locations.map((l) => (
          <div key={l.id} className="rounded-lg border border-slate-200 bg-white p-4">
            <h3 className="text-lg font-semibold">{l.name}</h3>
            <ul className="mt-3 space-y-4">
              {ref.rooms.filter((r) => r.locationId === l.id).map((r) => (
                <li key={r.id} className="max-w-md">
                  <p className="font-medium">{r.name}</p>
                  <details className="mt-1">
                    <summary className="cursor-pointer text-sm text-teal-800 underline">Rename {r.name}</summary>
                    <div className="mt-2">
                      <SimpleActionForm schema="renameRoom" action={renameRoom} hidden={{ roomId: r.id }} defaults={{ name: r.name }} variant="secondary"
                        fields={[{ name: "name", label: `New name for ${r.name}`, required: true }]} submitLabel="Rename" done="Room renamed." />
                    </div>
                  </details>
                </li>
              ))}
            </ul>
            <div className="mt-4 max-w-md">
              <SimpleActionForm schema="addRoom" action={addRoom} hidden={{ locationId: l.id }} variant="secondary"
                fields={[{ name: "name", label: `New room at ${l.name}`, required: true, hint: "e.g. Table 3" }]} submitLabel="Add room" done="Room added." />
            </div>
          </div>
        ))}
      </section>
    </>
  );
}
