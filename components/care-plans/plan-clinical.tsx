import type { StoredGoal } from "@/db/schema";
import { Table, TBody, THead, Tr } from "@/components/ui/table";
import { formatPercent, type GoalProgress } from "@/lib/domain/care-plans/goals";
import type { PlanVersion } from "@/lib/data/care-plans";
import { formatInZone } from "@/lib/time";
import { GOAL_STATUS_LABELS, WEEKDAY_LABELS } from "@/lib/validation/care-plans";
import { GOAL_DOMAIN_LABELS, GOAL_TYPE_LABELS } from "./options";
import { phaseSummary } from "./plan-progress";

const cell = "px-3 py-2 align-top";

function goalTarget(g: StoredGoal): string {
  return `${g.baselineValue} → ${g.comparator === "<=" ? "≤" : "≥"} ${g.targetValue} ${g.unit} by ${g.targetDate}`;
}

/** Goals with progress (clinical roles only). */
export function GoalTable({ goals, progress, caption }: { goals: StoredGoal[]; progress?: GoalProgress[]; caption: string }) {
  return (
    <Table caption={caption}>
      <THead>
        <tr>
          <th scope="col" className={cell}>Goal</th>
          <th scope="col" className={cell}>Measure</th>
          <th scope="col" className={cell}>Baseline → target</th>
          {progress && <th scope="col" className={cell}>Latest</th>}
          {progress && <th scope="col" className={cell}>Progress</th>}
          <th scope="col" className={cell}>Status</th>
        </tr>
      </THead>
      <TBody>
        {goals.map((g, i) => {
          const p = progress?.[i];
          return (
            <Tr key={i}>
              <td className={cell}>{g.description}<br /><span className="text-sm text-slate-700">{GOAL_TYPE_LABELS[g.type]} · {GOAL_DOMAIN_LABELS[g.domain]}</span></td>
              <td className={cell}>{g.measure === "OTHER" ? g.unit : g.measure}</td>
              <td className={cell}>{goalTarget(g)}</td>
              {progress && <td className={cell}>{p?.latest ?? "—"}</td>}
              {progress && (
                <td className={cell}>
                  {p?.fraction !== null && p?.fraction !== undefined ? (
                    <><progress max={100} value={Math.round(p.fraction * 100)} aria-label={`Goal ${i + 1} progress`} className="mr-2 align-middle" />{formatPercent(p.fraction)}{p.met ? " (target reached)" : ""}</>
                  ) : "no value yet"}
                </td>
              )}
              <td className={cell}>{GOAL_STATUS_LABELS[g.status]}{g.statusReason ? `: ${g.statusReason}` : ""}</td>
            </Tr>
          );
        })}
      </TBody>
    </Table>
  );
}

/** Discharge criteria, outcome measures and cadence of the current version (clinical roles only). */
export function PlanClinicalDetails({ plan, outcomesDue }: { plan: PlanVersion; outcomesDue: string[] }) {
  return (
    <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-2">
      <div><dt className="text-sm text-slate-700">Planned discharge criteria</dt><dd className="whitespace-pre-line">{plan.dischargeCriteria}</dd></div>
      <div>
        <dt className="text-sm text-slate-700">Outcome measures</dt>
        <dd>
          {plan.outcomeMeasures.length ? plan.outcomeMeasures.map((m) => `${m.measure} every ${m.everyVisits} visits`).join(", ") : "None scheduled"}
          {outcomesDue.length > 0 && <strong className="ml-2 rounded bg-amber-100 px-1 text-amber-950">due: {outcomesDue.join(", ")}</strong>}
        </dd>
      </div>
    </dl>
  );
}

/** Every version, newest first: who changed what and why. */
export function PlanHistory({ versions, timeZone }: { versions: PlanVersion[]; timeZone: string }) {
  return (
    <ol className="space-y-2" aria-label="Plan versions">
      {versions.map((v) => (
        <li key={v.id} className="rounded-md border border-slate-200 bg-white p-3">
          <details>
            <summary className="cursor-pointer font-medium">
              Version {v.version}{v.isCurrent ? " (current)" : ""} — {formatInZone(v.createdAt, timeZone)} by {v.createdByName}{v.changeReason ? `: ${v.changeReason}` : ""}
            </summary>
            <div className="mt-3 space-y-3 text-sm">
              <p><span className="font-semibold">Status:</span> {v.status} · <span className="font-semibold">Start:</span> {v.startDate} · <span className="font-semibold">Phases:</span> {phaseSummary(v.phases)}</p>
              <p><span className="font-semibold">Re-exam:</span> {[v.reexamEveryVisits ? `every ${v.reexamEveryVisits} visits` : null, v.reexamEveryDays ? `every ${v.reexamEveryDays} days` : null].filter(Boolean).join(" or ")}
                {v.preferredTimes.length > 0 && <> · <span className="font-semibold">Preferred:</span> {v.preferredTimes.map((t) => `${WEEKDAY_LABELS[t.weekday - 1]} ${t.time}`).join(", ")}</>}</p>
              <GoalTable goals={v.goals} caption={`Goals in version ${v.version}`} />
              <p><span className="font-semibold">Discharge criteria:</span> {v.dischargeCriteria}</p>
            </div>
          </details>
        </li>
      ))}
    </ol>
  );
}
