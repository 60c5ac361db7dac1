import { ActionButton } from "@/components/forms/action-button";
import { removeTreatmentLine } from "@/lib/actions/treatment";
import type { getVisitTreatment } from "@/lib/data/treatment";
import { CONSENT_KIND_LABELS } from "@/lib/validation/treatment";
import { BulkActions } from "./bulk-actions";
import { ConsentForm } from "./consent-form";
import { LineForm } from "./line-form";
import { paramSummary, positionLabel, responseLabel } from "./line-summary";

type Treatment = Awaited<ReturnType<typeof getVisitTreatment>>;

/** The treatment of one visit: its lines, and while the note is unsigned the ways to change them. */
export function TreatmentSection({ visitId, treatment, editable }: { visitId: string; treatment: Treatment; editable: boolean }) {
  const { lines, consents } = treatment;
  return (
    <section aria-labelledby="treatment-h" className="mt-8 space-y-4">
      <h2 id="treatment-h" className="text-xl font-semibold">Treatment given</h2>
      {lines.length === 0 ? <p>No treatment recorded for this visit yet.</p> : (
        <ol className="space-y-3">
          {lines.map((l) => (
            <li key={l.id} aria-label={`${l.position}. ${l.label}`} className="rounded-lg border border-slate-200 bg-white p-4">
              <p className="font-medium">{l.position}. {l.label}{l.side ? ` — ${l.side}` : ""}{l.minutes !== null ? `, ${l.minutes} min` : ""}{l.protocolCode ? ` (from ${l.protocolCode})` : ""}</p>
              <p className="text-sm text-slate-700">{paramSummary(l) || "No parameters recorded"}</p>
              {(l.patientPosition || l.response || l.preNprs !== null || l.postNprs !== null) && (
                <p className="text-sm text-slate-700">{[
                  l.patientPosition && `Position: ${positionLabel(l.patientPosition).toLowerCase()}`,
                  l.response && `Response: ${responseLabel(l.response).toLowerCase()}`,
                  (l.preNprs !== null || l.postNprs !== null) && `Pain ${l.preNprs ?? "?"} → ${l.postNprs ?? "?"}/10`,
                ].filter(Boolean).join(" · ")}</p>
              )}
              {l.overrideReason && <p className="text-sm text-slate-900">Override: {l.overrideReason}</p>}
              {l.consentMissing && <p className="mt-1 text-sm font-semibold text-red-800">Consent needed before signing: {l.consentMissing}</p>}
              {editable && (
                <div className="mt-3 flex flex-wrap items-start gap-4">
                  <details className="grow">
                    <summary className="cursor-pointer font-medium text-teal-800 underline">Edit {l.label}</summary>
                    <div className="mt-3">
                      <LineForm visitId={visitId} initial={{ lineId: l.id, componentCode: l.componentCode, side: l.side, params: l.params, minutes: l.minutes, overrideReason: l.overrideReason, position: l.patientPosition, response: l.response, preNprs: l.preNprs, postNprs: l.postNprs }} />
                    </div>
                  </details>
                  <ActionButton action={removeTreatmentLine} input={{ lineId: l.id }} label={`Remove ${l.label}`} done="Line removed." variant="danger" />
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
      {consents.length > 0 && (
        <p className="text-sm text-slate-700">Procedure consents this episode: {consents.map((c) => `${CONSENT_KIND_LABELS[c.kind]} (${c.consentType.toLowerCase()}, ${c.recordedByName})`).join("; ")}</p>
      )}
      {editable && (
        <>
          <div className="rounded-lg border border-slate-200 bg-white p-4">
            <h3 className="mb-3 text-lg font-semibold">Protocols</h3>
            <BulkActions visitId={visitId} protocols={treatment.protocols} affectedSide={treatment.affectedSide} hasPrevious={treatment.hasPrevious} />
          </div>
          <details className="rounded-lg border border-slate-200 bg-white p-4">
            <summary className="cursor-pointer font-medium text-teal-800 underline">Add a treatment line</summary>
            <div className="mt-3"><LineForm visitId={visitId} /></div>
          </details>
          <details className="rounded-lg border border-slate-200 bg-white p-4">
            <summary className="cursor-pointer font-medium text-teal-800 underline">Record procedure consent</summary>
            <div className="mt-3"><ConsentForm visitId={visitId} /></div>
          </details>
        </>
      )}
    </section>
  );
}
