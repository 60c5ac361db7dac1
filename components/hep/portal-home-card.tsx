import Link from "next/link";
import type { PortalProgram } from "@/lib/data/hep";

/** The home page's "today's exercises": names in order, the week so far, and a note when the program is new. */
export function PortalExercisesCard({ programs }: { programs: PortalProgram[] }) {
  if (programs.length === 0) return null;
  return (
    <section aria-labelledby="today-ex" className="mt-6 rounded-lg border-2 border-teal-700 bg-white p-4">
      <h2 id="today-ex" className="text-lg font-semibold">Today&apos;s exercises</h2>
      {programs.map((p) => (
        <div key={p.program.id} className="mt-2">
          {p.isNew && <p className="mb-2 rounded-md bg-teal-50 px-3 py-2 font-medium text-teal-900">New from your clinician on {p.current.assignedOn}: {p.current.version > 1 ? "your exercises were updated" : "your home exercises"}.</p>}
          {programs.length > 1 && <p className="font-semibold">{p.firstName}</p>}
          <ol className="list-decimal space-y-1 pl-6">
            {p.current.items.map((i) => (
              <li key={i.id}>{i.exercise.name}{p.todayLogs.some((l) => l.itemId === i.id) ? " ✓ done" : ""}</li>
            ))}
          </ol>
          <p className="mt-2 text-sm text-slate-700">This week: {p.week.done} of {p.week.planned} sessions done.</p>
        </div>
      ))}
      <Link href="/portal/exercises" className="mt-3 inline-flex min-h-11 items-center rounded-md bg-teal-700 px-4 font-semibold text-white">Open today&apos;s exercises</Link>
    </section>
  );
}
