import type { MyPlan } from "@/lib/data/portal-plan";

const STATUS: Readonly<Record<string, string>> = {
  NOT_STARTED: "not started yet", PROGRESSING: "on the way", MET: "reached", PARTIALLY_MET: "partly reached", NOT_MET: "not reached", DISCONTINUED: "set aside",
};

/** "Visit 4 of 14" and the goals, in plain words, for each active plan of care. */
export function PlanProgressCard({ plans }: { plans: MyPlan[] }) {
  if (plans.length === 0) return null;
  return (
    <section aria-labelledby="plan-progress" className="mt-6 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="plan-progress" className="text-lg font-semibold">Your plan of care</h2>
      {plans.map((p, i) => (
        <div key={i} className="mt-3">
          <p className="font-medium">{p.episodeTitle}</p>
          <p>{p.done} of {p.planned} visits done{p.booked ? `, ${p.booked} booked` : ""}.</p>
          <div aria-hidden="true" className="mt-2 h-3 w-full rounded-full bg-slate-200">
            <div className="h-3 rounded-full bg-teal-700" style={{ width: `${Math.min(100, Math.round((p.done / Math.max(1, p.planned)) * 100))}%` }} />
          </div>
          {p.goals.length > 0 && (
            <ul className="mt-3 list-disc space-y-1 pl-5">
              {p.goals.map((g, k) => <li key={k}>{g.description}: <span className="font-medium">{STATUS[g.status] ?? g.status}</span></li>)}
            </ul>
          )}
        </div>
      ))}
    </section>
  );
}
