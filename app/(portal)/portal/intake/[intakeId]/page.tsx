import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { Alert } from "@/components/ui/alert";
import { IntakeForm } from "@/components/intake/intake-form";
import { requirePermission } from "@/lib/auth/server";
import { writeAudit } from "@/lib/audit";
import { saveMyIntakeDraft, submitMyIntake } from "@/lib/actions/portal-intake";
import { getPortalIntake } from "@/lib/data/intake";

export const metadata: Metadata = { title: "Before your visit" };

export default async function PortalIntakePage({ params }: { params: Promise<{ intakeId: string }> }) {
  const { intakeId } = await params;
  const caller = await requirePermission("portal.self");
  const intake = await getPortalIntake(getDb(), caller, intakeId);
  if (!intake) notFound();
  await writeAudit(getDb(), caller, { action: "portal.view", entityType: "intake", entityId: intake.id, details: { view: "intake" } });
  if (intake.status === "submitted" || intake.status === "accepted") {
    return (
      <>
        <h1 className="text-2xl font-bold">Thank you</h1>
        <div className="mt-4"><Alert tone="success">Your answers have been sent to the clinic. If something changes before your visit, tell your clinician.</Alert></div>
        <p className="mt-4"><Link href="/portal" className="font-medium text-teal-800 underline">Back to home</Link></p>
      </>
    );
  }
  return (
    <>
      <h1 className="text-2xl font-bold">Before your visit</h1>
      <p className="mt-2 mb-6 text-slate-700">
        {intake.patientFirstName ? `${intake.patientFirstName}, t` : "T"}hese questions help your clinician prepare. They take about 10 minutes.
        Your answers save as you go: you can close this page and come back.
      </p>
      <IntakeForm
        audience="patient" intakeId={intake.id} version={intake.version} initial={intake.answers}
        saveDraft={saveMyIntakeDraft} finish={submitMyIntake} finishKind="submit"
        finishLabel="Send to the clinic" autosave
      />
    </>
  );
}
