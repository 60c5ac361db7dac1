import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { Table, TBody, THead, Td, Th, Tr } from "@/components/ui/table";
import { requirePatientAccess } from "@/lib/auth/server";
import { findCpt } from "@/lib/domain/coding/cpt-codes";
import { findIcd } from "@/lib/domain/coding/icd10";
import { getChartHeader } from "@/lib/data/chart";
import { getVisitCoding } from "@/lib/data/coding";
import { getClinicSettings } from "@/lib/data/settings";
import { getVisit } from "@/lib/data/visits";
import { formatInZone } from "@/lib/time";

export const metadata: Metadata = { title: "Superbill" };

/** Print-friendly superbill of one visit (no claim submission): clinic, clinician, patient, diagnoses, codes, units. */
export default async function SuperbillPage({ params }: { params: Promise<{ patientId: string; visitId: string }> }) {
  const { patientId, visitId } = await params;
  const caller = await requirePatientAccess(patientId, "chart.clinical.read", "superbill");
  const db = getDb();
  const [visit, header, coding, settings] = await Promise.all([getVisit(db, caller, patientId, visitId), getChartHeader(db, caller, patientId), getVisitCoding(db, caller, patientId, visitId), getClinicSettings(db)]);
  if (!visit || !header) notFound();
  return (
    <article className="mx-auto max-w-3xl bg-white p-6 print:p-0">
      <h1 className="text-2xl font-bold">Superbill</h1>
      <p>{settings.name} · place of service 11 (office)</p>
      <dl className="mt-4 grid grid-cols-2 gap-2 text-sm">
        <div><dt className="font-semibold">Patient</dt><dd>{header.legalName}, born {header.dateOfBirth} ({header.mrn})</dd></div>
        <div><dt className="font-semibold">Date of service</dt><dd>{formatInZone(visit.startsAt, settings.timeZone)}</dd></div>
        <div><dt className="font-semibold">Rendering clinician</dt><dd>{visit.clinicianName}{visit.clinicianCredentials ? `, ${visit.clinicianCredentials}` : ""}</dd></div>
        <div><dt className="font-semibold">Complaint</dt><dd>{visit.episodeTitle}</dd></div>
      </dl>
      <h2 className="mt-6 text-lg font-semibold">Diagnoses</h2>
      <ol className="mt-1 list-[upper-alpha] pl-6 text-sm">
        {coding.diagnoses.map((d) => <li key={d.code}><span className="font-mono">{d.code}</span> {findIcd(d.code)?.label ?? ""}</li>)}
      </ol>
      <h2 className="mt-6 mb-2 text-lg font-semibold">Services</h2>
      <Table caption="Services billed">
        <THead><Tr><Th>Code</Th><Th>Description</Th><Th>Modifiers</Th><Th>Dx pointers</Th><Th>Units</Th></Tr></THead>
        <TBody>
          {coding.billing.map((l) => (
            <Tr key={l.id}>
              <Td className="font-mono">{l.code}</Td>
              <Td>{findCpt(l.code)?.label ?? ""}</Td>
              <Td>{l.modifiers.join(" ")}</Td>
              <Td>{l.diagnosisPointers.map((p) => "ABCDEFGHIJKL"[p - 1]).join("")}</Td>
              <Td>{l.units}</Td>
            </Tr>
          ))}
        </TBody>
      </Table>
    </article>
  );
}
