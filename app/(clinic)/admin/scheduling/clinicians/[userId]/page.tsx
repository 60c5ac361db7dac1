import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { ActionButton } from "@/components/forms/action-button";
import { AvailabilityExceptionForm, AvailabilityRuleForm } from "@/components/scheduling/admin-forms";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/server";
import { removeAvailability } from "@/lib/actions/schedule-admin";
import { getScheduleReference } from "@/lib/data/schedule";
import { getClinicianAvailability } from "@/lib/data/schedule-admin";
import { longDate } from "@/lib/domain/scheduling/format";
import { localDateOf } from "@/lib/domain/scheduling/zoned";
import { WEEKDAY_LABELS } from "@/lib/validation/scheduling";
import { now } from "@/lib/time";

export const metadata: Metadata = { title: "Clinician hours" };

export default async function ClinicianHoursPage({ params }: { params: Promise<{ userId: string }> }) {
  await requirePermission("settings.manage");
  const { userId } = await params;
  const db = getDb();
  const ref = await getScheduleReference(db);
  const clinician = ref.clinicians.find((c) => c.id === userId);
  if (!clinician) notFound();
  const today = localDateOf(now(), ref.timeZone);
  const { rules, exceptions } = await getClinicianAvailability(db, userId, today);
  return (
    <>
      <PageHeader title={`Hours for ${clinician.name}`} description={`Wall-clock times in ${ref.timeZone}; a 9:00 start stays 9:00 when the clocks change.`}
        actions={<Link href="/admin/scheduling" className="text-teal-800 underline">Back to scheduling setup</Link>} />
      <section aria-labelledby="weekly" className="space-y-4">
        <h2 id="weekly" className="text-xl font-semibold">Weekly hours</h2>
        {rules.length === 0 ? <p>No weekly hours yet: this clinician cannot be booked.</p> : (
          <Table caption="Weekly hours" captionHidden>
            <THead><Tr><Th>Day</Th><Th>Hours</Th><Th>Location</Th><Th>Actions</Th></Tr></THead>
            <TBody>
              {rules.map((r) => (
                <Tr key={r.id}>
                  <Td>{WEEKDAY_LABELS[r.weekday]}</Td>
                  <Td>{r.startTime}–{r.endTime}</Td>
                  <Td>{r.locationName}</Td>
                  <Td><ActionButton action={removeAvailability} input={{ id: r.id, kind: "rule" }} label={`Remove ${WEEKDAY_LABELS[r.weekday]} ${r.startTime}–${r.endTime}`} done="Removed." /></Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        )}
        <div className="max-w-3xl rounded-lg border border-slate-200 bg-white p-4">
          <h3 className="text-lg font-semibold">Add weekly hours</h3>
          <div className="mt-3"><AvailabilityRuleForm clinicianId={userId} locations={ref.locations} /></div>
        </div>
      </section>
      <section aria-labelledby="off" className="mt-10 space-y-4">
        <h2 id="off" className="text-xl font-semibold">Time off (holidays, half days)</h2>
        {exceptions.length === 0 ? <p>No time off from today on.</p> : (
          <Table caption="Time off" captionHidden>
            <THead><Tr><Th>Date</Th><Th>Hours off</Th><Th>Reason</Th><Th>Actions</Th></Tr></THead>
            <TBody>
              {exceptions.map((e) => (
                <Tr key={e.id}>
                  <Td>{longDate(e.date)}</Td>
                  <Td>{e.allDay ? "All day" : `${e.startTime}–${e.endTime}`}</Td>
                  <Td>{e.reason}</Td>
                  <Td><ActionButton action={removeAvailability} input={{ id: e.id, kind: "exception" }} label={`Remove time off on ${e.date}`} done="Removed." /></Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        )}
        <div className="max-w-3xl rounded-lg border border-slate-200 bg-white p-4">
          <h3 className="text-lg font-semibold">Add time off</h3>
          <p className="mt-1 text-sm text-slate-700">Appointments already booked in that time stay booked: move them from the schedule.</p>
          <div className="mt-3"><AvailabilityExceptionForm clinicianId={userId} today={today} /></div>
        </div>
      </section>
    </>
  );
}
