import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { ConsentText } from "@/components/consents/consent-text";
import { PortalConsentForm } from "@/components/consents/consent-sign-form";
import { Alert } from "@/components/ui/alert";
import { requirePermission } from "@/lib/auth/server";
import { writeAudit } from "@/lib/audit";
import { getPortalConsent } from "@/lib/data/consents";
import { getClinicSettings } from "@/lib/data/settings";
import { now } from "@/lib/time";
import { todayIn } from "@/lib/validation/dates";

export const metadata: Metadata = { title: "Read and sign" };

/** One consent text, phone first: read it, type your name, tick, sign. ?patient= says for whom (a guardian may act for several). */
export default async function PortalConsentPage({ params, searchParams }: {
  params: Promise<{ consentTextId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { consentTextId } = await params;
  const caller = await requirePermission("portal.self");
  const requested = (await searchParams).patient;
  const patientId = typeof requested === "string" ? requested : caller.patientIds.length === 1 ? caller.patientIds[0] : "";
  const [consent, settings] = await Promise.all([getPortalConsent(getDb(), caller, consentTextId, patientId), getClinicSettings(getDb())]);
  if (!consent) notFound();
  await writeAudit(getDb(), caller, { action: "portal.view", patientId: consent.patient.id, entityType: "consent_text", entityId: consent.text.id, details: { view: "consent" } });
  const home = <p className="mt-6"><Link href="/portal" className="inline-flex min-h-11 items-center font-medium text-teal-800 underline">Back to home</Link></p>;
  if (consent.signature) {
    return (
      <>
        <h1 className="text-2xl font-bold">{consent.text.title}</h1>
        <div className="mt-4"><Alert tone="success">Signed by {consent.signature.signedName} on {consent.signature.signedOn}. Nothing more to do here.</Alert></div>
        {home}
      </>
    );
  }
  const guardian = consent.patient.relationship === "guardian";
  return (
    <>
      <h1 className="text-2xl font-bold">{consent.text.title}</h1>
      <p className="mt-2 text-slate-700">
        {guardian ? `You are signing for ${consent.patient.firstName}, as their parent or guardian. ` : ""}
        Please read the text below (it scrolls), then sign by typing your name.
      </p>
      <ConsentText title={consent.text.title} body={consent.text.body} version={consent.text.version} />
      <PortalConsentForm patientId={consent.patient.id} consentTextId={consent.text.id} today={todayIn(settings.timeZone, now())} defaultName={caller.displayName} />
      {home}
    </>
  );
}
