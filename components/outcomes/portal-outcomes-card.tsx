import Link from "next/link";
import type { MyAssignedOutcome } from "@/lib/data/outcomes";

const linkClasses = "inline-flex min-h-11 items-center rounded-md bg-teal-700 px-4 py-2 font-semibold text-white hover:bg-teal-800 focus-visible:outline focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-teal-600";

/** The portal home's questionnaire card: one link per questionnaire waiting, and the way to past results. */
export function PortalOutcomesCard({ assigned, hasResults, showNames }: { assigned: MyAssignedOutcome[]; hasResults: boolean; showNames: boolean }) {
  if (assigned.length === 0 && !hasResults) return null;
  return (
    <section aria-labelledby="questionnaires" className={`mt-6 rounded-lg bg-white p-4 ${assigned.length > 0 ? "border-2 border-teal-700" : "border border-slate-200"}`}>
      <h2 id="questionnaires" className="text-lg font-semibold">{assigned.length > 0 ? "Questionnaires from your clinician" : "Your questionnaires"}</h2>
      {assigned.length > 0 && (
        <>
          <p className="mt-1">They help your clinician see how you are doing. Each takes about 5 minutes.</p>
          <ul className="mt-3 space-y-2">
            {assigned.map((a) => (
              <li key={a.id}>
                <Link href={`/portal/outcomes/${a.id}`} className={linkClasses}>
                  {a.name}{showNames ? ` (for ${a.patientFirstName})` : ""}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
      {hasResults && <p className="mt-3"><Link href="/portal/outcomes" className="inline-flex min-h-11 items-center font-medium text-teal-800 underline">See your questionnaire results</Link></p>}
    </section>
  );
}
