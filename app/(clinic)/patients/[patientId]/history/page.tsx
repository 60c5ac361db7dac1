import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { ChartFrame } from "@/components/patients/chart-page";
import { HistoryForm } from "@/components/history/history-form";
import { requirePatientAccess } from "@/lib/auth/server";
import { getHistory } from "@/lib/data/history";

export const metadata: Metadata = { title: "History" };

export default async function HistoryPage({ params }: { params: Promise<{ patientId: string }> }) {
  const { patientId } = await params;
  const caller = await requirePatientAccess(patientId, "chart.clinical.read", "history");
  const history = await getHistory(getDb(), caller, patientId);
  if (!history) notFound();
  return (
    <ChartFrame caller={caller} patientId={patientId} current="history">
      <p className="mb-4 text-slate-700">
        Kept across episodes; alerts in the header come from here.
        {history.updatedAt ? ` Last updated ${new Date(history.updatedAt).toISOString().slice(0, 10)} by ${history.updatedByName}.` : " Nothing recorded yet."}
      </p>
      {/* Not keyed by version: the form keeps its own state (and its "saved" message) across the refresh after saving. */}
      <HistoryForm patientId={patientId} version={history.version} initial={history.data} />
    </ChartFrame>
  );
}
