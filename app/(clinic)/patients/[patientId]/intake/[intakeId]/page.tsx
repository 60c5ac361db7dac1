import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { ChartFrame } from "@/components/patients/chart-page";
import { IntakeForm } from "@/components/intake/intake-form";
import { requirePatientAccess } from "@/lib/auth/server";
import { acceptIntake, saveIntakeAsClinician } from "@/lib/actions/intake";
import { getIntakeForReview } from "@/lib/data/intake";

export const metadata: Metadata = { title: "Intake review" };

const STATUS: Record<string, string> = { requested: "Not started by the patient", draft: "Draft", submitted: "Submitted by the patient: review and accept", accepted: "Accepted into the chart" };

export default async function IntakeReviewPage({ params }: { params: Promise<{ patientId: string; intakeId: string }> }) {
  const { patientId, intakeId } = await params;
  const caller = await requirePatientAccess(patientId, "chart.clinical.read", "intake");
  const intake = await getIntakeForReview(getDb(), caller, patientId, intakeId);
  if (!intake) notFound();
  return (
    <ChartFrame caller={caller} patientId={patientId} current="intake">
      <h2 className="text-xl font-semibold">Intake: {intake.episodeTitle}</h2>
      <p className="mb-4 text-slate-700">
        {STATUS[intake.status] ?? intake.status}
        {intake.acceptedByName ? ` by ${intake.acceptedByName}` : ""}. Every change is recorded with who made it.
      </p>
      <IntakeForm
        key={intake.version}
        audience="staff" intakeId={intake.id} version={intake.version} initial={intake.answers}
        saveDraft={saveIntakeAsClinician} finish={acceptIntake} finishKind="accept"
        finishLabel={intake.status === "accepted" ? "Save and keep accepted" : "Accept into the chart"} autosave={false}
      />
      <section aria-labelledby="revisions" className="mt-8">
        <h2 id="revisions" className="text-lg font-semibold">Change history</h2>
        {intake.revisions.length === 0 ? <p>No changes yet.</p> : (
          <ul className="mt-2 space-y-1 text-sm">
            {intake.revisions.map((r) => (
              <li key={r.version}>{new Date(r.changedAt).toISOString().slice(0, 16).replace("T", " ")} UTC — {r.changedByName}: {r.fields.join(", ")}</li>
            ))}
          </ul>
        )}
      </section>
    </ChartFrame>
  );
}
