import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { ChartFrame } from "@/components/patients/chart-page";
import { ActionButton } from "@/components/forms/action-button";
import { SimpleActionForm } from "@/components/forms/simple-action-form";
import { RedFlagList } from "@/components/intake/red-flag-list";
import { requirePatientAccess } from "@/lib/auth/server";
import { closeEpisode, openEpisode } from "@/lib/actions/episodes";
import { startIntake } from "@/lib/actions/intake";
import { listEpisodes } from "@/lib/data/chart";
import { listRedFlagFindings } from "@/lib/data/red-flags";

export const metadata: Metadata = { title: "Intake" };

const STATUS: Record<string, string> = { requested: "Sent to the patient, not started", draft: "In progress", submitted: "Received from the patient: review it", accepted: "Accepted into the chart" };

export default async function IntakeTab({ params }: { params: Promise<{ patientId: string }> }) {
  const { patientId } = await params;
  const caller = await requirePatientAccess(patientId, "chart.clinical.read", "intake");
  const [episodes, findings] = await Promise.all([listEpisodes(getDb(), caller, patientId), listRedFlagFindings(getDb(), caller, patientId)]);
  return (
    <ChartFrame caller={caller} patientId={patientId} current="intake">
      <div className="grid gap-8 lg:grid-cols-[2fr_1fr]">
        <section aria-labelledby="episodes-h" className="space-y-4">
          <h2 id="episodes-h" className="text-xl font-semibold">Episodes of care</h2>
          {episodes.length === 0 && <p>No episodes yet. Open one for the complaint the patient came with.</p>}
          {episodes.map((e) => (
            <article key={e.id} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
              <h3 className="text-lg font-semibold">{e.title}</h3>
              <p className="text-sm text-slate-700">
                {e.status === "open" ? `Open since ${e.openedOn}` : `Closed ${e.closedOn}: ${e.closeReason}`}
                {" · "}Intake: {e.intakeStatus ? STATUS[e.intakeStatus] : "none yet"}
              </p>
              {e.intakeId
                ? <Link href={`/patients/${patientId}/intake/${e.intakeId}`} className="inline-block font-medium text-teal-800 underline">{e.intakeStatus === "submitted" ? "Review the intake" : "Open the intake"}</Link>
                : e.status === "open" && <ActionButton action={startIntake} input={{ episodeId: e.id }} label="Start intake here" done="Intake started." />}
              {e.status === "open" && (
                <details className="text-sm">
                  <summary className="cursor-pointer font-medium text-teal-800 underline">Close this episode</summary>
                  <div className="mt-3 max-w-md">
                    <SimpleActionForm schema="closeEpisode" action={closeEpisode} hidden={{ episodeId: e.id }} variant="secondary"
                      fields={[{ name: "closedOn", label: "Closing date", type: "date", required: true }, { name: "reason", label: "Reason", required: true, hint: "e.g. goals met, discharged to self-management" }]}
                      submitLabel="Close episode" done="Episode closed." />
                  </div>
                </details>
              )}
            </article>
          ))}
          <div className="max-w-md rounded-lg border border-slate-200 bg-white p-4">
            <h3 className="mb-3 font-semibold">Open a new episode</h3>
            <SimpleActionForm schema="openEpisode" action={openEpisode} hidden={{ patientId }}
              fields={[{ name: "title", label: "Complaint", required: true, hint: "e.g. R low back / buttock pain when running" }]}
              submitLabel="Open episode" done="Episode opened." />
          </div>
        </section>
        <section aria-labelledby="red-flags-h" id="red-flags" className="space-y-4">
          <h2 id="red-flags-h" className="text-xl font-semibold">Red flags</h2>
          <RedFlagList findings={findings} canAcknowledge />
        </section>
      </div>
    </ChartFrame>
  );
}
