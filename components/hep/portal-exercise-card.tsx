import { describeFrequency, describeSets } from "@/lib/domain/hep/format";
import type { HepItem } from "@/lib/data/hep";
import { ExercisePicture } from "./exercise-picture";

/** One exercise as the patient reads it: picture, dosing in words, the steps, when to stop. */
export function PortalExerciseCard({ item, index, children }: { item: HepItem; index: number; children?: React.ReactNode }) {
  const ex = item.exercise;
  return (
    <article aria-labelledby={`ex-${item.id}`} className="print-avoid-break rounded-lg border border-slate-300 bg-white p-4 print:border-slate-400">
      <h3 id={`ex-${item.id}`} className="text-lg font-bold">{index}. {ex.name}</h3>
      <div className="mt-2 flex flex-col gap-3 sm:flex-row print:flex-row">
        <ExercisePicture exercise={ex} size={160} className="w-40 shrink-0" />
        <div>
          <p className="text-base font-semibold">{describeSets(item)}</p>
          <p>{describeFrequency(item)}</p>
          {item.notes && <p className="mt-1 font-medium text-teal-900">From your clinician: {item.notes}</p>}
        </div>
      </div>
      <h4 className="mt-3 font-semibold">How to do it</h4>
      <ol className="mt-1 list-decimal space-y-1 pl-6">{ex.steps.map((s, i) => <li key={i}>{s}</li>)}</ol>
      {ex.cautions.length > 0 && (
        <>
          <h4 className="mt-3 font-semibold">Stop and tell us if</h4>
          <ul className="mt-1 list-disc space-y-1 pl-6">{ex.cautions.map((c, i) => <li key={i}>{c.replace(/^Stop and tell us if /, "")}</li>)}</ul>
        </>
      )}
      {ex.videoUrl && <p className="mt-2 print:hidden"><a href={ex.videoUrl} className="font-medium text-teal-800 underline" rel="noopener noreferrer" target="_blank">Watch the video<span className="sr-only"> for {ex.name} (opens a new tab)</span></a></p>}
      <p className="mt-3 text-sm text-slate-700"><span className="font-semibold">Pain rule:</span> {item.painRule}</p>
      {children}
    </article>
  );
}
