import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { ChartFrame } from "@/components/patients/chart-page";
import { ConsentText, SignatureLine } from "@/components/consents/consent-text";
import { DeskConsentForm } from "@/components/consents/consent-sign-form";
import { Alert } from "@/components/ui/alert";
import { TBody, THead, Table, Td, Th, Tr } from "@/components/ui/table";
import { requirePatientAccess } from "@/lib/auth/server";
import { hasPermission } from "@/lib/auth/permissions";
import { getPatientConsents } from "@/lib/data/consents";
import { getClinicSettings } from "@/lib/data/settings";
import { now } from "@/lib/time";
import { todayIn } from "@/lib/validation/dates";
import { isMinor } from "@/lib/validation/patients";

export const metadata: Metadata = { title: "Consents" };

/** Consent status is not clinical: the front desk sees it and records signatures at the desk. */
export default async function ConsentsPage({ params, searchParams }: {
  params: Promise<{ patientId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { patientId } = await params;
  const caller = await requirePatientAccess(patientId, "patient.demographics.read", "consents");
  const [data, settings] = await Promise.all([getPatientConsents(getDb(), caller, patientId), getClinicSettings(getDb())]);
  if (!data) notFound();
  const today = todayIn(settings.timeZone, now());
  const minor = isMinor(data.patient.dateOfBirth, today);
  const canRecord = hasPermission(caller.roles, "patient.demographics.write");
  const signedKind = (await searchParams).signed;
  const justSigned = data.current.find((c) => c.kind === signedKind && c.signature);
  return (
    <ChartFrame caller={caller} patientId={patientId} current="consents">
      {justSigned && <div className="mb-6"><Alert tone="success">Signature recorded: {justSigned.title}.</Alert></div>}
      <div className="space-y-6">
        {data.current.map((c) => (
          <section key={c.textId} aria-labelledby={`consent-${c.kind}`} className="rounded-lg border border-slate-200 bg-white p-4">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h2 id={`consent-${c.kind}`} className="text-lg font-semibold">{c.title}</h2>
              <span className="text-sm text-slate-700">Version {c.version}</span>
            </div>
            {c.signature ? (
              <>
                <div className="mt-2"><SignatureLine signature={c.signature} /></div>
                <details className="mt-2">
                  <summary className="inline-flex min-h-11 cursor-pointer items-center font-medium text-teal-800 underline">Read the text that was signed</summary>
                  <ConsentText title={c.title} body={c.body} version={c.version} />
                </details>
              </>
            ) : (
              <>
                <p className="mt-2"><span className="font-semibold">Not signed.</span> {canRecord ? "Let the patient read the text, then sign here; or they can sign in the portal." : "The patient can sign in the portal."}</p>
                <ConsentText title={c.title} body={c.body} version={c.version} />
                {canRecord && <DeskConsentForm patientId={patientId} consentTextId={c.textId} today={today} minor={minor} />}
              </>
            )}
          </section>
        ))}
      </div>
      {data.history.length > 0 && (
        <section aria-labelledby="consent-history" className="mt-8">
          <h2 id="consent-history" className="mb-2 text-lg font-semibold">Earlier versions signed</h2>
          <Table caption="Signatures on earlier versions of the consent texts" captionHidden>
            <THead><Tr><Th>Text</Th><Th>Version</Th><Th>Signed by</Th><Th>Date</Th><Th>Where</Th></Tr></THead>
            <TBody>
              {data.history.map((h) => (
                <Tr key={h.signature.id}>
                  <Td>{h.title}</Td>
                  <Td>{h.version}</Td>
                  <Td>{h.signature.signedName}{h.signature.signerRelationship === "guardian" ? " (parent or guardian)" : ""}</Td>
                  <Td>{h.signature.signedOn}</Td>
                  <Td>{h.signature.channel === "desk" ? `At the desk, recorded by ${h.signature.recordedByName}` : "In the portal"}</Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        </section>
      )}
    </ChartFrame>
  );
}
