import type { Metadata } from "next";
import { getDb } from "@/db";
import { ChartFrame } from "@/components/patients/chart-page";
import { PortalInviteForm } from "@/components/patients/portal-invite-form";
import { ActionButton } from "@/components/forms/action-button";
import { requirePatientAccess } from "@/lib/auth/server";
import { hasPermission } from "@/lib/auth/permissions";
import { requestIntake } from "@/lib/actions/intake";
import { sql } from "drizzle-orm";
import { selectSets } from "@/lib/data/batch";
import { episodesSql, type EpisodeRow } from "@/lib/data/chart";
import { patientSummarySql, type PatientSummary } from "@/lib/data/patients";
import { patientAppointmentsSql, splitAppointments, type ScheduledAppointment } from "@/lib/data/schedule";
import { PatientAppointments } from "@/components/scheduling/patient-appointments";
import { now } from "@/lib/time";
import { RecordDownloadLink } from "@/components/fhir/record-download";

export const metadata: Metadata = { title: "Patient chart" };

const INTAKE_STATUS: Record<string, string> = { requested: "requested, not started", draft: "being filled in", submitted: "received, awaiting review", accepted: "complete (accepted)" };

export default async function PatientSummaryPage({ params }: { params: Promise<{ patientId: string }> }) {
  const { patientId } = await params;
  const caller = await requirePatientAccess(patientId, "patient.demographics.read", "summary");
  const canSchedule = hasPermission(caller.roles, "schedule.read");
  // the summary, episodes, appointments and the clinic's zone in one statement
  const sets = await selectSets(getDb(), {
    patient: patientSummarySql(caller, patientId),
    episodes: episodesSql(caller, patientId),
    appointments: canSchedule ? patientAppointmentsSql(caller, [patientId]) : sql`select 1 where false`,
    settings: sql`select time_zone as "timeZone" from clinic_settings where id = 1`,
  });
  const patient = sets.patient[0] as PatientSummary | undefined;
  const episodes = sets.episodes as EpisodeRow[];
  const appointments = canSchedule ? splitAppointments(sets.appointments as ScheduledAppointment[], now()) : null;
  const ref = canSchedule ? { timeZone: (sets.settings[0]?.timeZone as string | undefined) ?? "America/New_York" } : null;
  if (!patient) return null;
  const canInvite = hasPermission(caller.roles, "patient.portal.invite");
  const hasPortal = patient.portalAccounts.some((a) => a.active);
  return (
    <ChartFrame caller={caller} patientId={patientId} current="summary">
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="contact" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="contact" className="text-lg font-semibold">Contact</h2>
          <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-2">
            <div><dt className="text-sm text-slate-700">Phone</dt><dd>{patient.phone ?? "—"}</dd></div>
            <div><dt className="text-sm text-slate-700">Email</dt><dd>{patient.email ?? "—"}</dd></div>
          </dl>
        </section>
        <section aria-labelledby="episodes" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="episodes" className="text-lg font-semibold">Episodes of care</h2>
          {episodes.length === 0 ? <p className="mt-2">No episodes yet.</p> : (
            <ul className="mt-2 space-y-2">
              {episodes.map((e) => (
                <li key={e.id}>
                  <span className="font-medium">{e.title}</span> — {e.status === "open" ? `open since ${e.openedOn}` : `closed ${e.closedOn}`}
                  {e.intakeStatus && <>; intake {INTAKE_STATUS[e.intakeStatus] ?? e.intakeStatus}</>}
                </li>
              ))}
            </ul>
          )}
          {canInvite && hasPortal && (
            <div className="mt-4">
              <ActionButton action={requestIntake} input={{ patientId }} label="Send intake questionnaire" done="The intake link is in the outbox." showLink="link" />
            </div>
          )}
        </section>
        {appointments && ref && (
          <section aria-labelledby="appointments" className="rounded-lg border border-slate-200 bg-white p-4 lg:col-span-2">
            <h2 id="appointments" className="text-lg font-semibold">Appointments</h2>
            <div className="mt-2">
              <PatientAppointments upcoming={appointments.upcoming} past={appointments.past} timeZone={ref.timeZone} linkToSchedule
                bookHref={hasPermission(caller.roles, "schedule.write") ? `/schedule/book?patient=${patientId}` : undefined} />
            </div>
          </section>
        )}
        <section aria-labelledby="portal" className="rounded-lg border border-slate-200 bg-white p-4 lg:col-span-2">
          <h2 id="portal" className="text-lg font-semibold">Portal access</h2>
          {patient.portalAccounts.length === 0 ? <p className="mt-2">No portal account yet.</p> : (
            <ul className="mt-2 list-disc pl-5">
              {patient.portalAccounts.map((a) => (
                <li key={a.userId}>{a.email} — {a.relationship === "guardian" ? "guardian" : "patient"}, {a.hasPassword ? "active" : "invited, not yet accepted"}</li>
              ))}
            </ul>
          )}
          {canInvite && (
            <div className="mt-4 max-w-xl">
              <PortalInviteForm patientId={patient.id} defaultEmail={patient.email ?? ""} defaultName={`${patient.legalFirstName} ${patient.legalLastName}`} />
            </div>
          )}
        </section>
        {hasPermission(caller.roles, "chart.clinical.read") && (
          <section aria-labelledby="record-export" className="rounded-lg border border-slate-200 bg-white p-4 lg:col-span-2">
            <h2 id="record-export" className="text-lg font-semibold">Export</h2>
            <p className="mt-1 text-slate-700">The whole record as a FHIR R4 bundle, for a referral or a transfer of care. The download is audited.</p>
            <div className="mt-3"><RecordDownloadLink patientId={patientId} label="Download record (FHIR)" /></div>
          </section>
        )}
      </div>
    </ChartFrame>
  );
}
