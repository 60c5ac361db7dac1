import { describeDose } from "@/lib/domain/hep/format";
import type { HepItem } from "@/lib/data/hep";
import { ExercisePicture } from "./exercise-picture";

/** The lines of one version, read-only, grouped by phase (clinician view). */
export function ProgramItems({ items, showPictures = false }: { items: HepItem[]; showPictures?: boolean }) {
  const phases = [...new Set(items.map((i) => i.phase))].sort();
  return (
    <div className="space-y-3">
      {phases.map((phase) => (
        <div key={phase}>
          {phases.length > 1 && <h4 className="font-semibold">Phase {phase}</h4>}
          <ol className="space-y-2">
            {items.filter((i) => i.phase === phase).map((i) => (
              <li key={i.id} className="flex gap-3 rounded-md border border-slate-200 bg-white p-3">
                {showPictures && <ExercisePicture exercise={i.exercise} size={64} />}
                <div>
                  <p className="font-semibold">{i.exercise.name} <span className="font-normal text-slate-700">({i.exercise.code}{i.exercise.status === "retired" ? ", retired" : ""})</span></p>
                  <p>{describeDose(i)}</p>
                  {i.notes && <p className="text-sm text-slate-700">Note: {i.notes}</p>}
                </div>
              </li>
            ))}
          </ol>
        </div>
      ))}
    </div>
  );
}
