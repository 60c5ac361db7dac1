import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { formatDay } from "@/components/outcomes/format";
import { requirePermission } from "@/lib/auth/server";
import { writeAudit } from "@/lib/audit";
import { listMyOutcomeScores } from "@/lib/data/outcomes";
import { getClinicSettings } from "@/lib/data/settings";

export const metadata: Metadata = { title: "Your questionnaire results" };

/** The patient's own results as the clinic shares them: score and band only, newest first. */
export default async function PortalOutcomeResults() {
  const caller = await requirePermission("portal.self");
  const [scores, settings] = await Promise.all([listMyOutcomeScores(getDb(), caller), getClinicSettings(getDb())]);
  await writeAudit(getDb(), caller, { action: "portal.view", details: { view: "outcome_results" } });
  const showNames = caller.patientIds.length > 1;
  return (
    <>
      <h1 className="text-2xl font-bold">Your questionnaire results</h1>
      <p className="mt-2 text-slate-700">Your clinician will talk you through what they mean for your care.</p>
      {scores.length === 0 ? <p className="mt-4">No results yet.</p> : (
        <ul className="mt-4 space-y-3">
          {scores.map((s) => (
            <li key={s.id} className="rounded-lg border border-slate-200 bg-white p-4">
              <p className="font-semibold">{s.name}{showNames ? ` (${s.patientFirstName})` : ""}</p>
              <p className="text-sm text-slate-700">{formatDay(s.completedAt, settings.timeZone)}</p>
              <p className="mt-1">Score: <span className="font-semibold">{s.score}</span> out of {s.scoreMax}{s.bandLabel ? ` · ${s.bandLabel}` : ""}</p>
            </li>
          ))}
        </ul>
      )}
      <p className="mt-6"><Link href="/portal" className="inline-flex min-h-11 items-center font-medium text-teal-800 underline">Back to home</Link></p>
    </>
  );
}
