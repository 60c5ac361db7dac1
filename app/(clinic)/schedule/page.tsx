import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { ScheduleFilters } from "@/components/scheduling/schedule-filters";
import { ScheduleGrid, type GridColumn } from "@/components/scheduling/schedule-grid";
import { FeedControls } from "@/components/scheduling/feed-controls";
import { PageHeader } from "@/components/ui/page-header";
import { buttonClasses } from "@/components/ui/button";
import { auditPageView, requirePermission } from "@/lib/auth/server";
import { hasPermission } from "@/lib/auth/permissions";
import { rotateClinicianCalendarFeed } from "@/lib/actions/portal-appointments";
import { hasLiveFeed, getScheduleReference, listScheduledAppointments } from "@/lib/data/schedule";
import { loadScheduleInputs } from "@/lib/data/schedule-slots";
import { clockTime, longDate, shortDate } from "@/lib/domain/scheduling/format";
import { addDays, datesBetween, localDateOf, startOfWeek, wallClock } from "@/lib/domain/scheduling/zoned";
import { STATUS_LABELS } from "@/lib/validation/scheduling";
import { now } from "@/lib/time";
import { dateParam } from "@/lib/validation/paging";

export const metadata: Metadata = { title: "Schedule" };

const UUID = /^[0-9a-f-]{36}$/i;

export default async function SchedulePage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const caller = await requirePermission("schedule.read");
  const sp = await searchParams;
  const db = getDb();
  const ref = await getScheduleReference(db);
  const at = now();
  const today = localDateOf(at, ref.timeZone);
  const date = dateParam(sp.date) ?? today;
  const view = sp.view === "week" ? "week" : "day";
  const locationId = sp.location && ref.locations.some((l) => l.id === sp.location) ? sp.location : ref.locations[0]?.id ?? null;
  const chosen = sp.clinician && UUID.test(sp.clinician) ? ref.clinicians.find((c) => c.id === sp.clinician) : undefined;
  // week view is per clinician; "all clinicians" in week view shows the first (or the caller, if a clinician)
  const weekClinician = chosen ?? ref.clinicians.find((c) => c.id === caller.userId) ?? ref.clinicians[0];
  const from = view === "week" ? startOfWeek(date) : date;
  const to = view === "week" ? addDays(from, 6) : date;
  const clinicians = view === "week" ? (weekClinician ? [weekClinician] : []) : chosen ? [chosen] : ref.clinicians;
  const ids = clinicians.map((c) => c.id);
  const [inputs, appointments] = await Promise.all([
    loadScheduleInputs(db, { clinicianIds: ids, locationId: chosen || view === "week" ? null : locationId, from, to, timeZone: ref.timeZone }),
    listScheduledAppointments(db, { from, to, timeZone: ref.timeZone, clinicianIds: ids, locationId: chosen || view === "week" ? null : locationId }),
  ]);
  await auditPageView(caller, "schedule.view", { view, from, to, clinicianId: chosen?.id ?? null, locationId });

  // In the all-clinicians day view, show only clinicians who work or are booked at this location that day.
  const shown = view === "day" && !chosen
    ? clinicians.filter((c) => inputs.windows.some((w) => w.clinicianId === c.id) || appointments.some((a) => a.clinicianId === c.id))
    : clinicians;
  const columns: GridColumn[] = view === "week"
    ? datesBetween(from, to).map((d) => ({
      key: d, label: shortDate(d), clinicianId: weekClinician!.id, clinicianName: weekClinician!.name, date: d, locationId: null,
      windows: inputs.windows.filter((w) => w.date === d),
      appointments: appointments.filter((a) => localDateOf(new Date(a.startsAt), ref.timeZone) === d),
    }))
    : shown.map((c) => ({
      key: c.id, label: c.name, clinicianId: c.id, clinicianName: c.name, date, locationId,
      windows: inputs.windows.filter((w) => w.clinicianId === c.id),
      appointments: appointments.filter((a) => a.clinicianId === c.id),
    }));
  const minutes = [...inputs.windows.flatMap((w) => [wallClock(w.start, ref.timeZone).minutes, wallClock(w.end, ref.timeZone).minutes]),
    ...appointments.flatMap((a) => [wallClock(new Date(a.startsAt), ref.timeZone).minutes, wallClock(new Date(a.endsAt), ref.timeZone).minutes])];
  const startMinute = Math.floor(Math.min(8 * 60, ...minutes) / 30) * 30;
  const endMinute = Math.ceil(Math.max(18 * 60, ...minutes) / 30) * 30;
  const cancelled = appointments.filter((a) => a.status === "cancelled");
  const canBook = hasPermission(caller.roles, "schedule.write");
  const location = ref.locations.find((l) => l.id === locationId);
  const caption = view === "week"
    ? `Week of ${longDate(from)} for ${weekClinician?.name ?? "no clinician"}`
    : `${longDate(date)}, ${chosen ? chosen.name : `all clinicians${location ? ` at ${location.name}` : ""}`}`;
  const step = view === "week" ? 7 : 1;
  const link = (d: string) => `/schedule?${new URLSearchParams({ date: d, view, ...(chosen ? { clinician: chosen.id } : {}), ...(locationId ? { location: locationId } : {}) })}`;

  return (
    <>
      <PageHeader title="Schedule" description={caption}
        actions={canBook ? <Link href="/schedule/book" className={buttonClasses("primary")}>Book an appointment</Link> : undefined} />
      <ScheduleFilters date={date} view={view} clinicianId={chosen?.id ?? ""} locationId={locationId ?? ""} clinicians={ref.clinicians} locations={ref.locations} />
      <nav aria-label="Dates" className="my-4 flex flex-wrap gap-2">
        <Link href={link(addDays(date, -step))} className={buttonClasses("secondary")}>Previous {view}</Link>
        <Link href={link(today)} className={buttonClasses("secondary")}>Today</Link>
        <Link href={link(addDays(date, step))} className={buttonClasses("secondary")}>Next {view}</Link>
      </nav>
      {columns.length === 0 ? <p>No clinician works at this location on this day.</p> : (
        <ScheduleGrid caption={caption} columns={columns} timeZone={ref.timeZone} startMinute={startMinute} endMinute={endMinute} now={at} canBook={canBook} />
      )}
      {cancelled.length > 0 && (
        <section aria-labelledby="cancelled" className="mt-6">
          <h2 id="cancelled" className="text-lg font-semibold">Cancelled</h2>
          <ul className="mt-2 space-y-1 text-sm">
            {cancelled.map((a) => (
              <li key={a.id}>
                <Link href={`/schedule/appointments/${a.id}`} className="text-teal-800 underline">
                  {shortDate(localDateOf(new Date(a.startsAt), ref.timeZone))} {clockTime(a.startsAt, ref.timeZone)} {a.patientName} with {a.clinicianName}
                </Link> — {STATUS_LABELS[a.status]}: {a.cancelReason}
              </li>
            ))}
          </ul>
        </section>
      )}
      {caller.roles.includes("clinician") && (
        <section aria-labelledby="feed" className="mt-8 max-w-2xl rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="feed" className="text-lg font-semibold">My calendar feed</h2>
          <p className="mt-1 text-sm text-slate-700">Subscribe to your own schedule in a calendar app. Patients appear by first name and last initial only. Anyone with the link can read it: replace or turn it off if it leaks.</p>
          <div className="mt-3">
            <FeedControls action={rotateClinicianCalendarFeed} owner="clinician" patientId="" live={await hasLiveFeed(db, { clinicianId: caller.userId })} />
          </div>
        </section>
      )}
    </>
  );
}
