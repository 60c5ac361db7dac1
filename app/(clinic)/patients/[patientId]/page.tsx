import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { PageHeader } from "@/components/ui/page-header";
import { PortalInviteForm } from "@/components/patients/portal-invite-form";
import { requirePatientAccess } from "@/lib/auth/server";
import { hasPermission } from "@/lib/auth/permissions";
import { getPatientSummary } from "@/lib/data/patients";
import { ageOn } from "@/lib/domain/patients/age";
import { now } from "@/lib/time";

export const metadata: Metadata = { title: "Patient" };

export default async function PatientPage({ params }: { params: Promise<{ patientId: string }> }) {
  const { patientId } = await params;
  const caller = await requirePatientAccess(patientId, "patient.demographics.read", "summary");
  const patient = await getPatientSummary(getDb(), caller, patientId);
  if (!patient) notFound();
  const name = `${patient.legalFirstName} ${patient.legalLastName}`;
  return (
    <>
      <PageHeader title={name} description={`${patient.mrn} · ${ageOn(patient.dateOfBirth, now())} years · ${patient.sex}`} />
      <section aria-labelledby="demographics" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="demographics" className="text-lg font-semibold">Demographics</h2>
        <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-2">
          <div><dt className="text-sm text-slate-700">Preferred name</dt><dd>{patient.preferredName ?? "—"}</dd></div>
          <div><dt className="text-sm text-slate-700">Date of birth</dt><dd>{patient.dateOfBirth}</dd></div>
          <div><dt className="text-sm text-slate-700">Phone</dt><dd>{patient.phone ?? "—"}</dd></div>
          <div><dt className="text-sm text-slate-700">Email</dt><dd>{patient.email ?? "—"}</dd></div>
        </dl>
      </section>
      <section aria-labelledby="portal" className="mt-6 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="portal" className="text-lg font-semibold">Portal access</h2>
        {patient.portalAccounts.length === 0 ? (
          <p className="mt-2">No portal account yet.</p>
        ) : (
          <ul className="mt-2 list-disc pl-5">
            {patient.portalAccounts.map((a) => (
              <li key={a.userId}>{a.email} — {a.relationship === "guardian" ? "guardian" : "patient"}, {a.hasPassword ? "active" : "invited, not yet accepted"}</li>
            ))}
          </ul>
        )}
        {hasPermission(caller.roles, "patient.portal.invite") && (
          <div className="mt-4">
            <PortalInviteForm patientId={patient.id} defaultEmail={patient.email ?? ""} defaultName={name} />
          </div>
        )}
      </section>
    </>
  );
}
