import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { ChartFrame } from "@/components/patients/chart-page";
import { CarePlanForm } from "@/components/care-plans/care-plan-form";
import { requirePatientAccess } from "@/lib/auth/server";
import { getCarePlanClinical } from "@/lib/data/care-plans";
import { listEpisodes } from "@/lib/data/chart";
import { getClinicSettings } from "@/lib/data/settings";
import { now } from "@/lib/time";
import type { CarePlanInput } from "@/lib/validation/care-plans";
import { todayIn } from "@/lib/validation/dates";
import { stringParam } from "@/lib/validation/paging";

export const metadata: Metadata = { title: "Edit care plan" };

const s = (v: number | null | undefined) => (v === null || v === undefined ? "" : String(v));

export default async function EditCarePlanPage({ params, searchParams }: { params: Promise<{ patientId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { patientId } = await params;
  const episodeId = stringParam((await searchParams).episodeId, 40) ?? "";
  const caller = await requirePatientAccess(patientId, "chart.clinical.write", "care_plan.edit");
  const db = getDb();
  const [episodes, clinical, settings] = await Promise.all([listEpisodes(db, caller, patientId), getCarePlanClinical(db, caller, patientId), getClinicSettings(db)]);
  const episode = episodes.find((e) => e.id === episodeId && e.status === "open");
  if (!episode) notFound();
  const current = clinical?.versions.find((v) => v.episodeId === episodeId && v.isCurrent);
  const initial: CarePlanInput = current
    ? {
        patientId, episodeId, baseVersion: current.version, status: current.status, startDate: current.startDate,
        phases: current.phases.map((p) => ({ visitsPerWeek: String(p.visitsPerWeek), weeks: String(p.weeks) })),
        goals: current.goals.map((g) => ({ ...g, measure: g.measure as "OTHER", baselineValue: String(g.baselineValue), targetValue: String(g.targetValue), currentValue: s(g.currentValue), statusReason: g.statusReason ?? "" })),
        reexamEveryVisits: s(current.reexamEveryVisits), reexamEveryDays: s(current.reexamEveryDays),
        outcomeMeasures: current.outcomeMeasures.map((m) => ({ measure: m.measure as "ODI", everyVisits: String(m.everyVisits) })),
        dischargeCriteria: current.dischargeCriteria,
        preferredTimes: current.preferredTimes.map((t) => ({ weekday: String(t.weekday), time: t.time })),
        changeReason: "",
      }
    : {
        patientId, episodeId, baseVersion: 0, status: "active", startDate: todayIn(settings.timeZone, now()),
        phases: [{ visitsPerWeek: "2", weeks: "3" }],
        goals: [{ type: "SHORT_TERM", domain: "FUNCTION", description: "", measure: "" as "OTHER", baselineValue: "", targetValue: "", currentValue: "", unit: "", comparator: "<=", targetDate: "", status: "NOT_STARTED", statusReason: "" }],
        reexamEveryVisits: "12", reexamEveryDays: "30", outcomeMeasures: [], dischargeCriteria: "", preferredTimes: [], changeReason: "",
      };
  return (
    <ChartFrame caller={caller} patientId={patientId} current="care-plan">
      <h2 className="mb-1 text-xl font-semibold">{current ? `Change the care plan (now version ${current.version})` : "Set a care plan"}</h2>
      <p className="mb-6 text-slate-700">Episode: {episode.title}</p>
      <CarePlanForm initial={initial} />
    </ChartFrame>
  );
}
