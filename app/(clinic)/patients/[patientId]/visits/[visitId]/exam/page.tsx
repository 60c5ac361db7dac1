import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { ChartFrame } from "@/components/patients/chart-page";
import { ExamEditor } from "@/components/exams/exam-editor";
import { requirePatientAccess } from "@/lib/auth/server";
import { EXAM_REGION_FOR_BODY_REGION } from "@/lib/domain/exams/catalogue/common-for-region";
import type { ExamRegion } from "@/lib/domain/exams/catalogue/types";
import type { RegionId } from "@/lib/domain/intake/body-regions";
import { getEpisodePainRegions, getExamWithPrevious } from "@/lib/data/exams";
import { getVisit } from "@/lib/data/visits";

export const metadata: Metadata = { title: "Examination" };

export default async function ExamPage({ params }: { params: Promise<{ patientId: string; visitId: string }> }) {
  const { patientId, visitId } = await params;
  const caller = await requirePatientAccess(patientId, "chart.clinical.write", "exam");
  const db = getDb();
  const visit = await getVisit(db, caller, patientId, visitId);
  if (!visit) notFound();
  const [exam, painRegions] = await Promise.all([getExamWithPrevious(db, caller, patientId, visitId), getEpisodePainRegions(db, visit.episodeId)]);
  const regions = [...new Set(painRegions.map((r) => EXAM_REGION_FOR_BODY_REGION[r as RegionId]).filter(Boolean))] as ExamRegion[];
  return (
    <ChartFrame caller={caller} patientId={patientId} current="visits">
      <p className="mb-4"><Link href={`/patients/${patientId}/visits/${visitId}`} className="font-medium text-teal-800 underline">Back to the visit</Link></p>
      <h2 className="mb-1 text-xl font-semibold">Examination</h2>
      <p className="mb-4 text-sm text-slate-700">Only what you fill in is stored: a test left blank is &ldquo;not tested&rdquo;, never negative.</p>
      {visit.status !== "in_progress"
        ? <p>This visit is {visit.status}; its exam can no longer change.</p>
        : <ExamEditor visitId={visitId} initial={exam.current} previous={exam.previous.length ? exam.previous : null} regions={regions} />}
    </ChartFrame>
  );
}
