import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import type { CarePlanProgress } from "@/lib/data/care-plans";
import { formatInZone } from "@/lib/time";
import { WEEKDAY_LABELS } from "@/lib/validation/care-plans";

const STATUS = { active: "Active", completed: "Completed", discontinued: "Discontinued" };

export function phaseSummary(phases: readonly { visitsPerWeek: number; weeks: number }[]): string {
  return phases.map((p) => `${p.visitsPerWeek}×/week for ${p.weeks} week${p.weeks === 1 ? "" : "s"}`).join(", then ");
}

/**
 * Plan progress: counts, due dates, phase frequency. This is all the front desk ever sees of a plan
 * (the props carry nothing clinical), and it heads the clinician's view too.
 */
export function PlanProgress({ p, patientId, timeZone, canBook }: { p: CarePlanProgress; patientId: string; timeZone: string; canBook: boolean }) {
  const phase = p.phaseIndex !== null ? p.phases[p.phaseIndex] : null;
  const reexam = [p.reexam.atVisit !== null ? `at visit ${p.reexam.atVisit}` : null, p.reexam.byDate ? `by ${p.reexam.byDate}` : null].filter(Boolean).join(" or ");
  const stats: [string, number][] = [["Planned", p.planned], ["Done", p.done], ["Booked", p.booked], ["Remaining", p.remaining]];
  return (
    <div className="space-y-4">
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4" aria-label="Visits">
        {stats.map(([label, n]) => (
          <div key={label} className="rounded-md border border-slate-200 bg-slate-50 p-3 text-center">
            <dt className="text-sm text-slate-700">{label}</dt>
            <dd className="text-2xl font-bold" data-testid={`visits-${label.toLowerCase()}`}>{n}</dd>
          </div>
        ))}
      </dl>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-2">
        <div><dt className="text-sm text-slate-700">Status</dt><dd>{STATUS[p.status]} · version {p.version} · from {p.startDate}</dd></div>
        <div><dt className="text-sm text-slate-700">Phases</dt><dd>{phaseSummary(p.phases)}</dd></div>
        <div><dt className="text-sm text-slate-700">Now</dt><dd>{phase ? `Phase ${p.phaseIndex! + 1} of ${p.phases.length}: ${phase.visitsPerWeek}×/week` : "—"}</dd></div>
        <div>
          <dt className="text-sm text-slate-700">Next re-exam due</dt>
          <dd>{reexam || "—"}{p.reexam.due && <strong className="ml-2 rounded bg-amber-100 px-1 text-amber-950">due now</strong>}</dd>
        </div>
        <div><dt className="text-sm text-slate-700">Next appointment</dt><dd>{p.nextAppointmentAt ? formatInZone(p.nextAppointmentAt, timeZone) : "None booked"}</dd></div>
        <div>
          <dt className="text-sm text-slate-700">Preferred times</dt>
          <dd>{p.preferredTimes.length ? p.preferredTimes.map((t) => `${WEEKDAY_LABELS[t.weekday - 1]} ${t.time}`).join(", ") : "None given"}</dd>
        </div>
      </dl>
      {canBook && p.status === "active" && (
        <div className="flex flex-wrap gap-2">
          {p.remaining > 0 && (
            <Link className={buttonClasses("primary")} href={`/patients/${patientId}/care-plan/book?episodeId=${p.episodeId}`}>Book the plan ({p.remaining} visits)</Link>
          )}
          <Link className={buttonClasses("secondary")} href={`/schedule/waitlist?patientId=${patientId}`}>Add to the waitlist</Link>
        </div>
      )}
    </div>
  );
}
