import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { ChartFrame } from "@/components/patients/chart-page";
import { SimpleActionForm } from "@/components/forms/simple-action-form";
import { requirePatientAccess } from "@/lib/auth/server";
import { hasPermission } from "@/lib/auth/permissions";
import { cancelVisit } from "@/lib/actions/visits";
import { sql } from "drizzle-orm";
import { selectSets } from "@/lib/data/batch";
import { visitSql, type VisitRow } from "@/lib/data/visits";
import { episodeTrendsSql, examFromRows, examWithPreviousSql, trendsFromRows } from "@/lib/data/exams";
import { ExamSummary } from "@/components/exams/exam-summary";
import { ExamTrends } from "@/components/exams/exam-trends";
import Link from "next/link";
import { visitNoteSql, type VisitNote } from "@/lib/data/notes";
import { visitCodingSql, type VisitCoding } from "@/lib/data/coding";
import { DiagnosesEditor } from "@/components/coding/diagnoses-editor";
import { BillingPanel } from "@/components/coding/billing-panel";
import { treatmentFromRow, visitTreatmentSql } from "@/lib/data/treatment";
import { TreatmentSection } from "@/components/treatment/treatment-section";
import { NoteEditor } from "@/components/notes/note-editor";
import { NoteView } from "@/components/notes/note-view";
import { AddendumForm } from "@/components/notes/addendum-form";
import { ActionButton } from "@/components/forms/action-button";
import { cosignNote, startNote, voidNote } from "@/lib/actions/notes";

import { formatInZone } from "@/lib/time";
import { VISIT_TYPE_LABELS } from "@/lib/validation/visits";
import { NOTE_FOR_VISIT } from "@/lib/validation/notes";

export const metadata: Metadata = { title: "Visit" };

export default async function VisitPage({ params }: { params: Promise<{ patientId: string; visitId: string }> }) {
  const { patientId, visitId } = await params;
  const caller = await requirePatientAccess(patientId, "chart.clinical.read", "visit");
  if (!/^[0-9a-f-]{36}$/i.test(visitId)) notFound();
  // the visit, its exam beside the previous one, note, treatment, coding and the episode's trends: one statement
  const sets = await selectSets(getDb(), {
    visit: visitSql(caller, patientId, visitId),
    settings: sql`select time_zone as "timeZone" from clinic_settings where id = 1`,
    exam: examWithPreviousSql(caller, patientId, visitId),
    note: visitNoteSql(caller, patientId, visitId),
    treatment: visitTreatmentSql(caller, patientId, visitId),
    trends: episodeTrendsSql(caller, patientId, sql`select episode_id from visits where id = ${visitId}`),
    coding: visitCodingSql(caller, patientId, visitId),
  });
  const visit = sets.visit[0] as VisitRow | undefined;
  if (!visit) notFound();
  const settings = { timeZone: (sets.settings[0]?.timeZone as string | undefined) ?? "America/New_York" };
  const exam = examFromRows(sets.exam as Parameters<typeof examFromRows>[0]);
  const note = (sets.note[0] as VisitNote | undefined) ?? null;
  const treatment = treatmentFromRow(sets.treatment[0] as Parameters<typeof treatmentFromRow>[0]);
  const trends = trendsFromRows(sets.trends as Parameters<typeof trendsFromRows>[0]);
  const coding = (sets.coding[0] as VisitCoding | undefined) ?? { diagnoses: [], billing: [] };
  const locked = note?.status === "signed" || note?.status === "voided" || visit.status === "cancelled";
  const canWrite = hasPermission(caller.roles, "chart.clinical.write");
  return (
    <ChartFrame caller={caller} patientId={patientId} current="visits">
      <h2 className="text-xl font-semibold">{VISIT_TYPE_LABELS[visit.visitType as keyof typeof VISIT_TYPE_LABELS] ?? visit.visitType}</h2>
      <dl className="mt-3 grid max-w-2xl gap-x-6 gap-y-2 sm:grid-cols-2">
        <div><dt className="text-sm text-slate-700">When</dt><dd>{formatInZone(visit.startsAt, settings.timeZone)}</dd></div>
        <div><dt className="text-sm text-slate-700">Clinician</dt><dd>{visit.clinicianName}{visit.clinicianCredentials ? `, ${visit.clinicianCredentials}` : ""}</dd></div>
        <div><dt className="text-sm text-slate-700">Episode</dt><dd>{visit.episodeTitle}</dd></div>
        <div><dt className="text-sm text-slate-700">Status</dt><dd>{visit.status.replace("_", " ")}{visit.cancelReason ? `: ${visit.cancelReason}` : ""}</dd></div>
      </dl>
      <section aria-labelledby="exam-h" className="mt-8 space-y-3">
        <div className="flex flex-wrap items-center gap-4">
          <h2 id="exam-h" className="text-xl font-semibold">Examination</h2>
          {visit.status === "in_progress" && canWrite && <Link href={`/patients/${patientId}/visits/${visitId}/exam`} className="font-medium text-teal-800 underline">{exam.current.length ? "Edit the exam" : "Record the exam"}</Link>}
          {exam.current.length > 0 && <Link href={`/patients/${patientId}/visits/${visitId}/summary`} className="font-medium text-teal-800 underline">Printable summary</Link>}
        </div>
        <ExamSummary current={exam.current} previous={exam.previous} previousLabel={exam.previousAt ? formatInZone(exam.previousAt, settings.timeZone) : null} />
      </section>
      {visit.status !== "cancelled" && <TreatmentSection visitId={visitId} treatment={treatment} editable={canWrite && visit.status === "in_progress" && note?.status !== "signed" && note?.status !== "voided"} />}
      <section aria-labelledby="coding-h" className="mt-8 grid gap-6 lg:grid-cols-2">
        <h2 id="coding-h" className="sr-only">Coding</h2>
        <div className="rounded-lg border border-slate-200 bg-white p-4">
          <h3 className="mb-2 text-lg font-semibold">Diagnoses (ICD-10-CM)</h3>
          <DiagnosesEditor visitId={visitId} initial={coding.diagnoses.map((d) => d.code)} readOnly={locked || !canWrite} />
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-4">
          <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
            <h3 className="text-lg font-semibold">Billing</h3>
            {coding.billing.length > 0 && <Link href={`/patients/${patientId}/visits/${visitId}/superbill`} className="text-sm font-medium text-teal-800 underline">Printable superbill</Link>}
          </div>
          <BillingPanel visitId={visitId} lines={coding.billing} readOnly={locked || !canWrite} />
        </div>
      </section>
      <section aria-labelledby="note-h" className="mt-8 space-y-4">
        <h2 id="note-h" className="text-xl font-semibold">Note</h2>
        {!note && visit.status !== "cancelled" && canWrite && (
          <ActionButton action={startNote} input={{ visitId, noteType: NOTE_FOR_VISIT[visit.visitType] ?? "DAILY" }} label="Start the note" done="Note started." variant="primary" />
        )}
        {!note && visit.status === "cancelled" && <p>No note: the visit was cancelled.</p>}
        {note?.status === "draft" && (canWrite
          ? <NoteEditor key={note.id} noteId={note.id} version={note.version} initial={note} noteType={note.noteType} authorDiscipline={note.authorDiscipline} openRedFlags={note.openRedFlags} previousNprs={note.previousNprs} canSign={note.authorId === caller.userId} findingsSummary={exam.current.length ? `${exam.current.length} recorded (see Examination above)` : "none recorded yet"} />
          : <p>A draft note is in progress.</p>)}
        {note && note.status !== "draft" && <NoteView note={note} />}
        {note?.status === "signed" && note.requiresCosign && note.authorSupervisorId === caller.userId && !note.signatures.some((s) => s.role === "cosigner") && (
          <ActionButton action={cosignNote} input={{ noteId: note.id }} label="Co-sign this note" done="Co-signed." variant="primary" />
        )}
        {note?.status === "signed" && canWrite && (
          <details className="rounded-lg border border-slate-200 bg-white p-4">
            <summary className="cursor-pointer font-medium text-teal-800 underline">Add an addendum, correction or late entry</summary>
            <div className="mt-3"><AddendumForm noteId={note.id} /></div>
          </details>
        )}
        {note?.status === "signed" && canWrite && (
          <details className="max-w-md">
            <summary className="cursor-pointer text-sm font-medium text-red-800 underline">Written on the wrong patient? Void this note</summary>
            <div className="mt-3">
              <SimpleActionForm schema="voidNote" action={voidNote} hidden={{ noteId: note.id }} variant="danger" fields={[{ name: "reason", label: "Reason", required: true }]} submitLabel="Void note" done="Note voided." />
            </div>
          </details>
        )}
      </section>
      <section aria-labelledby="trends-h" className="mt-8">
        <h2 id="trends-h" className="mb-3 text-xl font-semibold">Trends over this episode</h2>
        <ExamTrends trends={trends} timeZone={settings.timeZone} />
      </section>
      {visit.status === "in_progress" && canWrite && (
        <details className="mt-8 max-w-md">
          <summary className="cursor-pointer font-medium text-teal-800 underline">Cancel this visit</summary>
          <div className="mt-3">
            <SimpleActionForm schema="cancelVisit" action={cancelVisit} hidden={{ visitId }} variant="danger"
              fields={[{ name: "reason", label: "Reason", required: true, hint: "e.g. started by mistake, patient left" }]} submitLabel="Cancel visit" done="Visit cancelled." />
          </div>
        </details>
      )}
    </ChartFrame>
  );
}
