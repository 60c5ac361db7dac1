import type { Metadata } from "next";
import { getDb } from "@/db";
import { requirePermission } from "@/lib/auth/server";
import { listPortalPatients } from "@/lib/data/portal";
import { listMyOpenIntakes } from "@/lib/data/intake";
import { listMyOutstandingConsents } from "@/lib/data/consents";
import { OutstandingConsents } from "@/components/consents/portal-consent-list";
import { PortalOutcomesCard } from "@/components/outcomes/portal-outcomes-card";
import { getMyOutcomeSummary } from "@/lib/data/outcomes";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { writeAudit } from "@/lib/audit";
import { PortalExercisesCard } from "@/components/hep/portal-home-card";
import { PlanProgressCard } from "@/components/portal/plan-progress-card";
import { getMyPlans } from "@/lib/data/portal-plan";
import { NextAppointmentCard } from "@/components/portal/next-appointment-card";
import { listPatientAppointments } from "@/lib/data/schedule";
import { getClinicSettings } from "@/lib/data/settings";
import { getMyPrograms } from "@/lib/data/hep";
import { now } from "@/lib/time";
import { PortalRecordDownload } from "@/components/fhir/record-download";

export const metadata: Metadata = { title: "My care" };

export default async function PortalHome({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const caller = await requirePermission("portal.self");
  const [people, intakes, consents, outcomes, exercises] = await Promise.all([
    listPortalPatients(getDb(), caller), listMyOpenIntakes(getDb(), caller), listMyOutstandingConsents(getDb(), caller), getMyOutcomeSummary(getDb(), caller),
    getMyPrograms(getDb(), caller, now()),
  ]);
  const settings = await getClinicSettings(getDb());
  const selfId = people.find((p) => p.relationship === "self")?.id;
  const [appointments, plans] = await Promise.all([
    listPatientAppointments(getDb(), caller, people.map((p) => p.id), now()),
    selfId ? getMyPlans(getDb(), caller, selfId, { now: now(), timeZone: settings.timeZone }) : Promise.resolve([]),
  ]);
  const query = await searchParams;
  const sent = query.intake === "sent";
  await writeAudit(getDb(), caller, { action: "portal.view", details: { view: "home" } });
  const self = people.find((p) => p.relationship === "self");
  const dependants = people.filter((p) => p.relationship === "guardian");
  return (
    <>
      <h1 className="text-2xl font-bold">Hello{self ? `, ${self.firstName}` : ""}</h1>
      <p className="mt-2 text-slate-700">This is your space at the clinic: your home exercises, questionnaires and appointments appear here as your clinician adds them.</p>
      {sent && <div className="mt-4"><Alert tone="success">Thank you: your answers have been sent to the clinic.</Alert></div>}
      {query.consent === "signed" && <div className="mt-4"><Alert tone="success">Thank you: your signature has been saved.</Alert></div>}
      {query.outcome === "sent" && <div className="mt-4"><Alert tone="success">Thank you: your questionnaire has been sent to your clinician.</Alert></div>}
      <NextAppointmentCard next={appointments.upcoming[0] ?? null} timeZone={settings.timeZone} showName={dependants.length > 0} />
      <PortalExercisesCard programs={exercises.programs} />
      <OutstandingConsents items={consents} showNames={dependants.length > 0} />
      <PortalOutcomesCard assigned={outcomes.assigned} hasResults={outcomes.hasResults} showNames={dependants.length > 0} />
      {intakes.filter((i) => i.status !== "submitted").map((i) => (
        <section key={i.id} aria-labelledby={`intake-${i.id}`} className="mt-6 rounded-lg border-2 border-teal-700 bg-white p-4">
          <h2 id={`intake-${i.id}`} className="text-lg font-semibold">Please answer a few questions before your visit</h2>
          <p className="mt-1">{dependants.length > 0 ? `For ${i.patientFirstName}. ` : ""}About 10 minutes; your answers save as you go.</p>
          <Link href={`/portal/intake/${i.id}`} className="mt-3 inline-flex min-h-11 items-center rounded-md bg-teal-700 px-4 font-semibold text-white">
            {i.status === "draft" ? "Continue the questions" : "Start the questions"}
          </Link>
        </section>
      ))}
      <PlanProgressCard plans={plans} />
      {dependants.length > 0 && (
        <section aria-labelledby="family" className="mt-6">
          <h2 id="family" className="text-lg font-semibold">You also manage care for</h2>
          <ul className="mt-2 space-y-2">{dependants.map((d) => <li key={d.id} className="rounded-lg border border-slate-200 bg-white p-4">{d.firstName}</li>)}</ul>
        </section>
      )}
      <PortalRecordDownload people={people} />
    </>
  );
}
