import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { ChartFrame } from "@/components/patients/chart-page";
import { EditPatientForm } from "@/components/patients/edit-patient-form";
import { SimpleActionForm } from "@/components/forms/simple-action-form";
import { requirePatientAccess } from "@/lib/auth/server";
import { hasPermission } from "@/lib/auth/permissions";
import { voidPatient } from "@/lib/actions/patients";
import { mergePatients } from "@/lib/actions/patient-merge";
import { getPatientForEdit } from "@/lib/data/patients";
import { getReminderOptOut } from "@/lib/data/schedule";
import { ActionButton } from "@/components/forms/action-button";
import { setReminderPrefAction } from "@/lib/actions/scheduling";
import type { UpdatePatientInput } from "@/lib/validation/patients";

export const metadata: Metadata = { title: "Demographics" };

export default async function DemographicsPage({ params }: { params: Promise<{ patientId: string }> }) {
  const { patientId } = await params;
  const caller = await requirePatientAccess(patientId, "patient.demographics.read", "demographics");
  const initial = await getPatientForEdit(getDb(), caller, patientId);
  if (!initial) notFound();
  const canEdit = hasPermission(caller.roles, "patient.demographics.write");
  const optedOut = await getReminderOptOut(getDb(), patientId);
  return (
    <ChartFrame caller={caller} patientId={patientId} current="demographics">
      {canEdit ? <EditPatientForm initial={initial as unknown as UpdatePatientInput} /> : <p>You can view but not change demographics.</p>}
      <section aria-labelledby="reminders" className="mt-10 max-w-xl rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="reminders" className="text-lg font-semibold">Appointment emails</h2>
        <p className="mt-1">{optedOut ? "This patient has opted out: no booking confirmations or reminders are emailed." : "Booking confirmations and reminders are emailed to this patient."}</p>
        {canEdit && (
          <div className="mt-3">
            <ActionButton action={setReminderPrefAction} input={{ patientId, optOut: !optedOut }}
              label={optedOut ? "Resume appointment emails" : "Stop appointment emails"} done={optedOut ? "Appointment emails resumed." : "Appointment emails stopped."} />
          </div>
        )}
      </section>
      {canEdit && (
        <section aria-labelledby="merge" className="mt-10 max-w-xl rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="merge" className="text-lg font-semibold">Merge a duplicate into this record</h2>
          <p className="mt-1 text-sm text-slate-700">Episodes, intakes, red flags, consents, documents, portal access and history move here. The duplicate is kept, marked merged, and points to this record.</p>
          <div className="mt-3">
            <SimpleActionForm schema="mergePatients" action={mergePatients} hidden={{ survivorId: patientId }} variant="secondary"
              fields={[{ name: "duplicateMrn", label: "Record number of the duplicate", required: true, hint: "e.g. KC-001234 (on the duplicate's chart)" }, { name: "reason", label: "Reason", required: true }]}
              submitLabel="Merge into this record" done="Records merged." />
          </div>
        </section>
      )}
      {canEdit && (
        <section aria-labelledby="void" className="mt-10 max-w-xl rounded-lg border border-red-200 bg-white p-4">
          <h2 id="void" className="text-lg font-semibold">Entered in error?</h2>
          <p className="mt-1 text-sm text-slate-700">Voiding hides this record from lists and search. Nothing is deleted, and the action is audited.</p>
          <div className="mt-3">
            <SimpleActionForm schema="voidPatient" action={voidPatient} hidden={{ patientId }} variant="danger"
              fields={[{ name: "reason", label: "Reason", required: true, hint: "e.g. duplicate of KC-001234" }]}
              submitLabel="Void this record" done="Record voided." />
          </div>
        </section>
      )}
    </ChartFrame>
  );
}
