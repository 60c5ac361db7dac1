import type { Metadata } from "next";
import { getDb } from "@/db";
import { ChartFrame } from "@/components/patients/chart-page";
import { ActionButton } from "@/components/forms/action-button";
import { AssignOutcomeForm } from "@/components/outcomes/assign-outcome-form";
import { formatDay } from "@/components/outcomes/format";
import { OutcomeSeriesView } from "@/components/outcomes/outcome-series";
import { RecordOutcomeForm } from "@/components/outcomes/record-outcome-form";
import { requirePatientAccess } from "@/lib/auth/server";
import { hasPermission } from "@/lib/auth/permissions";
import { cancelOutcome } from "@/lib/actions/outcomes";
import { listEpisodes } from "@/lib/data/chart";
import { getPatientOutcomes, type OutcomeSeries } from "@/lib/data/outcomes";
import { getClinicSettings } from "@/lib/data/settings";
import { listVisits } from "@/lib/data/visits";
import { VISIT_TYPE_LABELS } from "@/lib/validation/visits";

export const metadata: Metadata = { title: "Outcomes" };

export default async function OutcomesPage({ params }: { params: Promise<{ patientId: string }> }) {
  const { patientId } = await params;
  const caller = await requirePatientAccess(patientId, "chart.clinical.read", "outcomes");
  const db = getDb();
  const [outcomes, episodes, visits, settings] = await Promise.all([
    getPatientOutcomes(db, caller, patientId), listEpisodes(db, caller, patientId), listVisits(db, caller, patientId), getClinicSettings(db),
  ]);
  const tz = settings.timeZone;
  const canWrite = hasPermission(caller.roles, "chart.clinical.write");
  const open = episodes.filter((e) => e.status === "open").map((e) => ({ id: e.id, title: e.title }));
  const byEpisode = new Map<string, OutcomeSeries[]>();
  for (const s of outcomes.series) byEpisode.set(s.episodeId, [...(byEpisode.get(s.episodeId) ?? []), s]);
  const visitChoices = visits.filter((v) => v.status !== "cancelled")
    .map((v) => ({ id: v.id, episodeId: v.episodeId, label: `${VISIT_TYPE_LABELS[v.visitType as keyof typeof VISIT_TYPE_LABELS] ?? v.visitType}, ${formatDay(v.startsAt, tz)}` }));
  return (
    <ChartFrame caller={caller} patientId={patientId} current="outcomes">
      <h2 className="mb-4 text-xl font-semibold">Outcome measures</h2>
      {byEpisode.size === 0 && <p className="mb-6">No outcome measures recorded yet. Record one in the clinic or send one to the patient&apos;s portal below.</p>}
      {[...byEpisode].map(([episodeId, series]) => (
        <section key={episodeId} aria-labelledby={`ep-${episodeId}`} className="mb-8 space-y-4">
          <h3 id={`ep-${episodeId}`} className="text-lg font-semibold">Episode: {series[0].episodeTitle}</h3>
          {series.map((s) => (
            <OutcomeSeriesView key={s.version} series={s} timeZone={tz} activities={s.measureId === "PSFS" ? outcomes.lockedPsfs[episodeId] : undefined} />
          ))}
        </section>
      ))}

      <section aria-labelledby="waiting" className="mb-8">
        <h2 id="waiting" className="mb-2 text-lg font-semibold">Waiting for the patient</h2>
        {outcomes.assigned.length === 0 ? <p>Nothing is waiting in the patient&apos;s portal.</p> : (
          <ul className="space-y-3">
            {outcomes.assigned.map((a) => (
              <li key={a.id} className="rounded-lg border border-slate-200 bg-white p-4">
                <p className="font-semibold">{a.name}</p>
                <p className="mb-2 text-sm text-slate-700">Episode: {a.episodeTitle} · sent {formatDay(a.assignedAt, tz)}{a.assignedByName ? ` by ${a.assignedByName}` : ""}</p>
                {canWrite && <ActionButton action={cancelOutcome} input={{ responseId: a.id }} label={`Cancel ${a.name}`} done="Cancelled: it no longer shows in the portal." variant="danger" />}
              </li>
            ))}
          </ul>
        )}
      </section>

      {canWrite && (open.length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white p-4">Open an episode on the Intake tab first: every outcome measure belongs to an episode of care.</p>
      ) : (
        <div className="grid gap-8">
          <section aria-labelledby="assign" className="rounded-lg border border-slate-200 bg-white p-4">
            <h2 id="assign" className="mb-3 text-lg font-semibold">Send to the patient&apos;s portal</h2>
            <AssignOutcomeForm patientId={patientId} episodes={open} />
          </section>
          <section aria-labelledby="record" className="rounded-lg border border-slate-200 bg-white p-4">
            <h2 id="record" className="mb-3 text-lg font-semibold">Record in the clinic</h2>
            <RecordOutcomeForm patientId={patientId} episodes={open} visits={visitChoices} lockedPsfs={outcomes.lockedPsfs} />
          </section>
        </div>
      ))}
    </ChartFrame>
  );
}
