import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { ExamSummary } from "@/components/exams/exam-summary";
import { requirePatientAccess } from "@/lib/auth/server";
import { getChartHeader } from "@/lib/data/chart";
import { getExamWithPrevious } from "@/lib/data/exams";
import { getClinicSettings } from "@/lib/data/settings";
import { getVisit } from "@/lib/data/visits";
import { formatInZone } from "@/lib/time";
import { VISIT_TYPE_LABELS } from "@/lib/validation/visits";

export const metadata: Metadata = { title: "Exam summary" };

/** Print-friendly exam summary for a referral letter: no navigation, plain layout, print with Ctrl-P. */
export default async function ExamSummaryPage({ params }: { params: Promise<{ patientId: string; visitId: string }> }) {
  const { patientId, visitId } = await params;
  const caller = await requirePatientAccess(patientId, "chart.clinical.read", "exam_summary");
  const db = getDb();
  const [visit, header, exam, settings] = await Promise.all([getVisit(db, caller, patientId, visitId), getChartHeader(db, caller, patientId), getExamWithPrevious(db, caller, patientId, visitId), getClinicSettings(db)]);
  if (!visit || !header) notFound();
  return (
    <article className="mx-auto max-w-3xl bg-white p-6 print:p-0">
      <h1 className="text-2xl font-bold">Examination summary</h1>
      <p className="mt-1">{settings.name}</p>
      <dl className="mt-4 grid grid-cols-2 gap-2 text-sm">
        <div><dt className="font-semibold">Patient</dt><dd>{header.legalName}, born {header.dateOfBirth} ({header.mrn})</dd></div>
        <div><dt className="font-semibold">Visit</dt><dd>{VISIT_TYPE_LABELS[visit.visitType as keyof typeof VISIT_TYPE_LABELS]}, {formatInZone(visit.startsAt, settings.timeZone)}</dd></div>
        <div><dt className="font-semibold">Clinician</dt><dd>{visit.clinicianName}{visit.clinicianCredentials ? `, ${visit.clinicianCredentials}` : ""}</dd></div>
        <div><dt className="font-semibold">Complaint</dt><dd>{visit.episodeTitle}</dd></div>
      </dl>
      <div className="mt-6"><ExamSummary current={exam.current} previous={[]} previousLabel={null} /></div>
    </article>
  );
}
