import Link from "next/link";
import { TabNav } from "@/components/ui/tabs";
import { describePainLocation } from "@/lib/domain/intake/body-regions";
import { ACTION_LABELS, RED_FLAG_BY_ID, type RedFlagAction } from "@/lib/domain/intake/red-flags";
import { ACUITY_LABELS, acuityFrom } from "@/lib/domain/intake/evaluate-intake";
import { ageOn } from "@/lib/domain/patients/age";
import type { ChartHeader as ChartHeaderData } from "@/lib/data/chart";

export type ChartTab = "summary" | "demographics" | "history" | "intake" | "visits" | "outcomes" | "documents" | "exercises" | "consents" | "care-plan";

const INTAKE_STATUS: Record<string, string> = { requested: "Intake requested", draft: "Intake in progress", submitted: "Intake received", accepted: "Intake accepted" };

/**
 * The chart's header (who, active episode, alerts, red-flag banner) and its tabs. Rendered by each
 * chart page after its own permission check; clinical parts arrive only for clinical roles.
 */
export function ChartHeader({ data, current, today, showClinicalTabs }: { data: ChartHeaderData; current: ChartTab; today: Date; showClinicalTabs: boolean }) {
  const base = `/patients/${data.id}`;
  const tabs = [
    { href: base, label: "Summary", current: current === "summary" },
    { href: `${base}/demographics`, label: "Demographics", current: current === "demographics" },
    ...(showClinicalTabs
      ? [
          { href: `${base}/history`, label: "History", current: current === "history" },
          { href: `${base}/intake`, label: "Intake", current: current === "intake" },
          { href: `${base}/visits`, label: "Visits", current: current === "visits" },
          { href: `${base}/outcomes`, label: "Outcomes", current: current === "outcomes" },
          { href: `${base}/documents`, label: "Documents", current: current === "documents" },
        ]
      : []),
    // Every staff member sees whether a home-exercise program exists; the page decides how much of it.
    { href: `${base}/exercises`, label: "Exercises", current: current === "exercises" },
    { href: `${base}/care-plan`, label: "Care plan", current: current === "care-plan" },
    { href: `${base}/consents`, label: "Consents", current: current === "consents" },
  ];
  const ep = data.activeEpisode;
  return (
    <header className="mb-6 space-y-4">
      {data.clinical && data.clinical.openRedFlags.length > 0 && (
        <div role="alert" className="rounded-lg border-2 border-red-700 bg-red-50 p-4 text-red-950">
          <h2 className="text-lg font-bold">Red flag: action needed before treatment</h2>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {data.clinical.openRedFlags.map((f) => (
              <li key={f.id}>
                <strong>{ACTION_LABELS[f.action as RedFlagAction] ?? f.action}</strong> — {RED_FLAG_BY_ID.get(f.flagId)?.suspected ?? f.flagId} ({f.flagId})
                {f.needsClarification ? "; the answer needs clarifying in person" : ""}
              </li>
            ))}
          </ul>
          {ep && <Link href={`${base}/intake#red-flags`} className="mt-2 inline-block font-semibold underline">Record what was done</Link>}
        </div>
      )}
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <div>
          <h1 className="text-2xl font-bold">{data.legalName}{data.preferredName ? <span className="font-normal"> ({data.preferredName})</span> : null}</h1>
          <p className="text-slate-700">{data.mrn} · {ageOn(data.dateOfBirth, today)} years · born {data.dateOfBirth} · {data.sex}</p>
        </div>
        {ep && (
          <div className="text-right text-sm">
            <p><span className="font-semibold">Active episode:</span> {ep.title}</p>
            <p className="text-slate-700">
              Opened {ep.openedOn}
              {ep.onsetDate ? ` · ${ACUITY_LABELS[acuityFrom(ep.onsetDate, today.toISOString().slice(0, 10))]}` : ""}
              {ep.intakeStatus ? ` · ${INTAKE_STATUS[ep.intakeStatus] ?? ep.intakeStatus}` : ""}
            </p>
          </div>
        )}
      </div>
      {data.missingConsents.length > 0 && (
        <p className="rounded-md border border-amber-600 bg-amber-50 px-3 py-2 text-sm text-amber-950">
          <span className="font-semibold">Missing: </span>{data.missingConsents.join(", ")}.{" "}
          <Link href={`${base}/consents`} className="font-medium underline">Record a signature</Link>
        </p>
      )}
      {data.clinical && data.clinical.alerts.length > 0 && (
        <ul aria-label="Alerts" className="flex flex-wrap gap-2">
          {data.clinical.alerts.map((a) => (
            <li key={a.code} className="rounded-md border border-amber-700 bg-amber-50 px-2 py-1 text-sm text-amber-950">{a.text}</li>
          ))}
        </ul>
      )}
      {data.clinical && (data.clinical.allergies.length > 0 || data.clinical.painLocations.length > 0) && (
        <dl className="flex flex-wrap gap-x-8 gap-y-1 text-sm">
          {data.clinical.allergies.length > 0 && (
            <div><dt className="inline font-semibold">Allergies: </dt><dd className="inline">{data.clinical.allergies.join(", ")}</dd></div>
          )}
          {data.clinical.painLocations.length > 0 && (
            <div><dt className="inline font-semibold">Pain: </dt><dd className="inline">{data.clinical.painLocations.map((l) => describePainLocation(l, "staff")).join("; ")}</dd></div>
          )}
        </dl>
      )}
      <TabNav label="Chart sections" tabs={tabs} />
    </header>
  );
}
