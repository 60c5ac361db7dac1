import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { ActionButton } from "@/components/forms/action-button";
import { ExerciseForm } from "@/components/hep/exercise-form";
import { ExercisePicture } from "@/components/hep/exercise-picture";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { retireExercise } from "@/lib/actions/hep-library";
import { requirePermission } from "@/lib/auth/server";
import { hasPermission } from "@/lib/auth/permissions";
import { getExercise } from "@/lib/data/hep";
import { CATEGORY_LABELS, REGION_LABELS, describeDose } from "@/lib/domain/hep/format";
import type { HepCategory, HepRegion } from "@/lib/domain/hep/library/types";

export const metadata: Metadata = { title: "Exercise" };

const s = (v: number | null) => (v === null ? "" : String(v));

export default async function ExercisePage({ params, searchParams }: { params: Promise<{ exerciseId: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const caller = await requirePermission("chart.clinical.read");
  const { exerciseId } = await params;
  const x = /^[0-9a-f-]{36}$/i.test(exerciseId) ? await getExercise(getDb(), exerciseId) : null;
  if (!x) notFound();
  const canWrite = hasPermission(caller.roles, "chart.clinical.write");
  const justSaved = (await searchParams).saved === "1";
  return (
    <>
      <PageHeader title={x.name} description={`${x.code} · ${REGION_LABELS[x.region as HepRegion] ?? x.region} · ${CATEGORY_LABELS[x.category as HepCategory] ?? x.category}${x.source === "clinic" ? " · clinic exercise" : ""}${x.status === "retired" ? " · retired" : ""}`} />
      <p className="mb-4"><Link href="/exercises" className="font-medium text-teal-800 underline">Back to the library</Link></p>
      {justSaved && <div className="mb-4"><Alert tone="success">Exercise added to the library.</Alert></div>}
      <div className="grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="about" className="space-y-3">
          <h2 id="about" className="text-xl font-semibold">What the patient sees</h2>
          <ExercisePicture exercise={x} size={240} />
          <p className="font-semibold">Default: {describeDose({ side: x.paired ? "BIL" : "NA", sets: x.defaultSets, reps: x.defaultReps, holdSeconds: x.defaultHoldSeconds, durationSeconds: x.defaultDurationSeconds, timesPerDay: x.defaultTimesPerDay, daysPerWeek: x.defaultDaysPerWeek })}</p>
          <ol className="list-decimal space-y-1 pl-6">{x.steps.map((step, i) => <li key={i}>{step}</li>)}</ol>
          {x.cautions.length > 0 && <ul className="list-disc space-y-1 pl-6">{x.cautions.map((c, i) => <li key={i}>{c}</li>)}</ul>}
          {x.videoUrl && <p><a href={x.videoUrl} className="font-medium text-teal-800 underline" rel="noopener noreferrer">Video</a></p>}
          <p className="text-sm text-slate-700">Pain rule: {x.painRule}</p>
          {canWrite && (
            <ActionButton action={retireExercise} input={{ exerciseId: x.id, retire: x.status === "active" }}
              label={x.status === "active" ? "Retire this exercise" : "Bring this exercise back"}
              done={x.status === "active" ? "Retired: it stays readable in programs that have it." : "It can be prescribed again."}
              variant={x.status === "active" ? "danger" : "secondary"} />
          )}
        </section>
        {canWrite && x.source === "clinic" && (
          <section aria-labelledby="edit" className="space-y-3">
            <h2 id="edit" className="text-xl font-semibold">Edit</h2>
            <ExerciseForm exerciseId={x.id} initial={{
              name: x.name, region: x.region, category: x.category, doseKind: x.doseKind, paired: x.paired, defaultSets: String(x.defaultSets),
              defaultReps: s(x.defaultReps), defaultHoldSeconds: s(x.defaultHoldSeconds), defaultDurationSeconds: s(x.defaultDurationSeconds),
              defaultTimesPerDay: String(x.defaultTimesPerDay), defaultDaysPerWeek: String(x.defaultDaysPerWeek), steps: x.steps.join("\n"),
              cautions: x.cautions.join("\n"), videoUrl: x.videoUrl ?? "", imageId: "",
            }} />
          </section>
        )}
      </div>
    </>
  );
}
