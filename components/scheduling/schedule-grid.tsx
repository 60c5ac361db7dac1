import Link from "next/link";
import type { ScheduledAppointment } from "@/lib/data/schedule";
import type { Interval } from "@/lib/domain/scheduling/intervals";
import { shortDate } from "@/lib/domain/scheduling/format";
import { atLocal, hhmm, wallClock } from "@/lib/domain/scheduling/zoned";
import { STATUS_LABELS } from "@/lib/validation/scheduling";

export type GridColumn = {
  key: string;
  label: string;
  clinicianId: string;
  clinicianName: string;
  date: string;
  locationId: string | null;
  windows: Interval[];
  appointments: ScheduledAppointment[];
};

const STEP = 30;
const STATUS_STYLE: Record<string, string> = {
  booked: "border-teal-700 bg-teal-50",
  arrived: "border-green-700 bg-green-50",
  completed: "border-slate-500 bg-slate-100",
  no_show: "border-red-700 bg-red-50",
};

/**
 * The calendar as a real table: one row per half hour, one column per clinician (day view) or per
 * day (week view). Every appointment and every free half hour is a link, so the whole schedule is
 * usable with the keyboard and a screen reader announces time, column and content together.
 */
export function ScheduleGrid({ caption, columns, timeZone, startMinute, endMinute, now, canBook }: {
  caption: string; columns: GridColumn[]; timeZone: string; startMinute: number; endMinute: number; now: Date; canBook: boolean;
}) {
  const rows: number[] = [];
  for (let m = startMinute; m < endMinute; m += STEP) rows.push(m);
  return (
    <div role="region" aria-label={caption} tabIndex={0} className="overflow-x-auto rounded-lg border border-slate-200 bg-white focus-visible:outline focus-visible:outline-3 focus-visible:outline-teal-600">
      <table className="min-w-full border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="sticky top-0 bg-slate-100">
          <tr>
            <th scope="col" className="w-20 px-2 py-2 font-semibold">Time</th>
            {columns.map((c) => <th key={c.key} scope="col" className="min-w-44 px-2 py-2 font-semibold">{c.label}</th>)}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {rows.map((m) => (
            <tr key={m}>
              <th scope="row" className="px-2 py-1 align-top font-medium whitespace-nowrap text-slate-800">{hhmm(m)}</th>
              {columns.map((c) => <Cell key={c.key} column={c} minute={m} timeZone={timeZone} now={now} canBook={canBook} />)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Cell({ column, minute, timeZone, now, canBook }: { column: GridColumn; minute: number; timeZone: string; now: Date; canBook: boolean }) {
  const start = atLocal(column.date, hhmm(minute), timeZone);
  const end = new Date(start.getTime() + STEP * 60_000);
  const live = column.appointments.filter((a) => a.status !== "cancelled");
  const starting = live.filter((a) => new Date(a.startsAt) >= start && new Date(a.startsAt) < end);
  const covering = live.some((a) => new Date(a.startsAt) < start && new Date(a.endsAt) > start && a.status !== "no_show");
  const available = column.windows.some((w) => w.start <= start && w.end > start);
  const cls = available ? "bg-white" : "bg-slate-100";
  if (starting.length) {
    return (
      <td className={`px-1 py-1 align-top ${cls}`}>
        <ul className="space-y-1">
          {starting.map((a) => (
            <li key={a.id}>
              <Link href={`/schedule/appointments/${a.id}`} className={`block rounded border-l-4 px-2 py-1 text-slate-900 hover:underline focus-visible:outline focus-visible:outline-3 focus-visible:outline-teal-600 ${STATUS_STYLE[a.status] ?? ""}`}>
                <span className="font-semibold">{wallClock(new Date(a.startsAt), timeZone).time}–{wallClock(new Date(a.endsAt), timeZone).time}</span>{" "}
                {a.patientName}
                <span className="block text-xs text-slate-700">{a.typeName}{a.roomName ? ` · ${a.roomName}` : ""} · {STATUS_LABELS[a.status] ?? a.status}</span>
              </Link>
            </li>
          ))}
        </ul>
      </td>
    );
  }
  if (covering) return <td className={`px-2 py-1 align-top text-xs text-slate-700 ${cls}`}>(continued)</td>;
  if (!available) return <td className={`px-2 py-1 ${cls}`}><span className="sr-only">Not available</span></td>;
  if (!canBook || start < now) return <td className="px-2 py-1 text-xs text-slate-700">Free</td>;
  const q = new URLSearchParams({ clinician: column.clinicianId, date: column.date, time: hhmm(minute) });
  return (
    <td className="px-2 py-1">
      <Link href={`/schedule/book?${q}`} className="text-xs font-medium text-teal-800 underline">
        Book<span className="sr-only"> {column.clinicianName}, {shortDate(column.date)} at {hhmm(minute)}</span>
      </Link>
    </td>
  );
}
