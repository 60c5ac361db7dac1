import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { PortalOutcomeForm } from "@/components/outcomes/portal-outcome-form";
import { Alert } from "@/components/ui/alert";
import { requirePermission } from "@/lib/auth/server";
import { writeAudit } from "@/lib/audit";
import { getMyOutcome } from "@/lib/data/outcomes";
import { measureByVersion } from "@/lib/validation/outcomes";

export const metadata: Metadata = { title: "Questionnaire" };

/** One assigned questionnaire, phone first. Another patient's id, or an unknown one, is a 404. */
export default async function PortalOutcomePage({ params }: { params: Promise<{ responseId: string }> }) {
  const { responseId } = await params;
  const caller = await requirePermission("portal.self");
  const outcome = await getMyOutcome(getDb(), caller, responseId);
  const def = outcome ? measureByVersion(outcome.version) : undefined;
  if (!outcome || !def) notFound();
  await writeAudit(getDb(), caller, { action: "portal.view", entityType: "outcome_response", entityId: outcome.id, details: { view: "outcome" } });
  const home = <p className="mt-6"><Link href="/portal" className="inline-flex min-h-11 items-center font-medium text-teal-800 underline">Back to home</Link></p>;
  if (outcome.status !== "assigned") {
    return (
      <>
        <h1 className="text-2xl font-bold">{def.name}</h1>
        <div className="mt-4">
          {outcome.status === "completed"
            ? <Alert tone="success">You have already sent this questionnaire. Thank you.</Alert>
            : <Alert tone="info">The clinic has withdrawn this questionnaire: there is nothing to fill in.</Alert>}
        </div>
        {home}
      </>
    );
  }
  return (
    <>
      <h1 className="text-2xl font-bold">{def.name}</h1>
      <p className="mt-2 mb-6 text-slate-700">
        {caller.patientIds.length > 1 ? `For ${outcome.patientFirstName}. ` : ""}{def.instructions}
      </p>
      <PortalOutcomeForm responseId={outcome.id} version={outcome.version} lockedActivities={outcome.lockedActivities} />
      {home}
    </>
  );
}
