import { notFound } from "next/navigation";
import { getDb } from "@/db";
import type { Caller } from "@/lib/auth/caller";
import { hasPermission } from "@/lib/auth/permissions";
import { getChartHeader } from "@/lib/data/chart";
import { now } from "@/lib/time";
import { ChartHeader, type ChartTab } from "./chart-header";

/** Loads and renders the chart header for a page that has already checked access. */
export async function ChartFrame({ caller, patientId, current, children }: { caller: Caller; patientId: string; current: ChartTab; children: React.ReactNode }) {
  const header = await getChartHeader(getDb(), caller, patientId);
  if (!header) notFound();
  return (
    <>
      <ChartHeader data={header} current={current} today={now()} showClinicalTabs={hasPermission(caller.roles, "chart.clinical.read")} />
      {children}
    </>
  );
}
