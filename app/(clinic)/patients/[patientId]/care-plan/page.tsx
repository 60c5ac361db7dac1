import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { ChartFrame } from "@/components/patients/chart-page";
import { GoalTable, PlanClinicalDetails, PlanHistory } from "@/components/care-plans/plan-clinical";
import { PlanProgress } from "@/components/care-plans/plan-progress";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { requirePatientAccess } from "@/lib/auth/server";
import { hasPermission } from "@/lib/auth/permissions";
import { getCarePlanClinical, getCarePlanProgress } from "@/lib/data/care-plans";
import { listEpisodes } from "@/lib/data/chart";
import { getClinicSettings } from "@/lib/data/settings";
import { now } from "@/lib/time";

export const metadata: Metadata = { title: "Care plan" };

/**
 * The plan of care per episode. Every staff role sees progress (counts, due dates, frequency); only
 * clinical roles get goals, discharge criteria and the version history (the data function itself
 * returns nothing clinical to anyone else).
 */
export default async function CarePlanPage({ params, searchParams }: { params: Promise<{ patientId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { patientId } = await params;
  const sp = await searchParams;
  const caller = await requirePatientAccess(patientId, "schedule.read", "care_plan");
  const db = getDb();
  const settings = await getClinicSettings(db);
  const [progress, clinical, episodes] = await Promise.all([
    getCarePlanProgress(db, caller, patientId, { now: now(), timeZone: settings.timeZone }),
    getCarePlanClinical(db, caller, patientId),
    listEpisodes(db, caller, patientId),
  ]);
  const canWrite = hasPermission(caller.roles, "chart.clinical.write");
  const canBook = hasPermission(caller.roles, "schedule.write");
  const withoutPlan = episodes.filter((e) => e.status === "open" && !progress.some((p) => p.episodeId === e.id));
  return (
    <ChartFrame caller={caller} patientId={patientId} current="care-plan">
      <h2 className="mb-4 text-xl font-semibold">Care plan</h2>
      {sp.saved === "1" && <div className="mb-4"><Alert tone="success">Care plan saved.</Alert></div>}
      {typeof sp.booked === "string" && /^\d{1,3}$/.test(sp.booked) && (
        <div className="mb-4"><Alert tone="success">Booked {sp.booked} visit{sp.booked === "1" ? "" : "s"}.</Alert></div>
      )}
      {progress.length === 0 && <p className="mb-6">No care plan yet.</p>}
      {progress.map((p) => {
        const versions = clinical?.versions.filter((v) => v.episodeId === p.episodeId) ?? [];
        const current = versions.find((v) => v.isCurrent);
        return (
          <section key={p.planId} aria-labelledby={`plan-${p.planId}`} className="mb-8 space-y-6 rounded-lg border border-slate-200 bg-white p-4">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h3 id={`plan-${p.planId}`} className="text-lg font-semibold">Episode: {p.episodeTitle}</h3>
              {canWrite && <Link className={buttonClasses("secondary")} href={`/patients/${patientId}/care-plan/edit?episodeId=${p.episodeId}`}>Change the plan</Link>}
            </div>
            <PlanProgress p={p} patientId={patientId} timeZone={settings.timeZone} canBook={canBook} />
            {current && clinical && (
              <>
                <GoalTable goals={current.goals} progress={clinical.goalProgress[p.episodeId]} caption="Goals" />
                <PlanClinicalDetails plan={current} outcomesDue={clinical.outcomesDue[p.episodeId] ?? []} />
                <section aria-labelledby={`history-${p.planId}`}>
                  <h4 id={`history-${p.planId}`} className="mb-2 font-semibold">History of this plan</h4>
                  <PlanHistory versions={versions} timeZone={settings.timeZone} />
                </section>
              </>
            )}
          </section>
        );
      })}
      {canWrite && withoutPlan.length > 0 && (
        <section aria-labelledby="new-plan" className="rounded-lg border border-slate-200 bg-white p-4">
          <h3 id="new-plan" className="mb-2 text-lg font-semibold">Set a plan of care</h3>
          <ul className="space-y-2">
            {withoutPlan.map((e) => (
              <li key={e.id}>
                <Link className={buttonClasses("primary")} href={`/patients/${patientId}/care-plan/edit?episodeId=${e.id}`}>Set a care plan for {e.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {canWrite && episodes.every((e) => e.status !== "open") && (
        <p>Open an episode on the Intake tab first: every care plan belongs to an episode of care.</p>
      )}
    </ChartFrame>
  );
}
