import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { ChartFrame } from "@/components/patients/chart-page";
import { StartVisitForm } from "@/components/visits/start-visit-form";
import { Table, TBody, THead, Td, Th, Tr } from "@/components/ui/table";
import { requirePatientAccess } from "@/lib/auth/server";
import { listEpisodes } from "@/lib/data/chart";
import { getClinicSettings } from "@/lib/data/settings";
import { listVisits } from "@/lib/data/visits";
import { formatInZone } from "@/lib/time";
import { VISIT_TYPE_LABELS } from "@/lib/validation/visits";

export const metadata: Metadata = { title: "Visits" };

export default async function VisitsPage({ params }: { params: Promise<{ patientId: string }> }) {
  const { patientId } = await params;
  const caller = await requirePatientAccess(patientId, "chart.clinical.read", "visits");
  const db = getDb();
  const [visits, episodes, settings] = await Promise.all([listVisits(db, caller, patientId), listEpisodes(db, caller, patientId), getClinicSettings(db)]);
  const open = episodes.filter((e) => e.status === "open");
  return (
    <ChartFrame caller={caller} patientId={patientId} current="visits">
      <section aria-labelledby="start" className="mb-8 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="start" className="mb-3 text-lg font-semibold">Start a visit</h2>
        {open.length === 0
          ? <p>Open an episode on the Intake tab first: every visit belongs to an episode of care.</p>
          : <StartVisitForm patientId={patientId} episodes={open} suggestedType={visits.length === 0 ? "INITIAL_EXAM" : "TREATMENT"} />}
      </section>
      <h2 className="mb-2 text-lg font-semibold">Visits</h2>
      {visits.length === 0 ? <p>No visits yet.</p> : (
        <Table caption="Visits, newest first" captionHidden>
          <THead><Tr><Th>When</Th><Th>Type</Th><Th>Clinician</Th><Th>Episode</Th><Th>Note</Th><Th>Summary</Th></Tr></THead>
          <TBody>
            {visits.map((v) => (
              <Tr key={v.id}>
                <Td><Link href={`/patients/${patientId}/visits/${v.id}`} className="font-medium text-teal-800 underline">{formatInZone(v.startsAt, settings.timeZone)}</Link></Td>
                <Td>{VISIT_TYPE_LABELS[v.visitType as keyof typeof VISIT_TYPE_LABELS] ?? v.visitType}</Td>
                <Td>{v.clinicianName}{v.clinicianCredentials ? `, ${v.clinicianCredentials}` : ""}</Td>
                <Td>{v.episodeTitle}</Td>
                <Td>{v.status === "cancelled" ? "visit cancelled" : v.noteStatus === null ? "no note yet" : v.noteStatus === "signed" && v.addendaCount > 0 ? "signed, addended" : v.noteStatus}</Td>
                <Td>{v.noteSummary ?? ""}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
    </ChartFrame>
  );
}
