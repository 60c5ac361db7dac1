import { SimpleActionForm } from "@/components/forms/simple-action-form";
import { acknowledgeRedFlag } from "@/lib/actions/intake";
import { ACTION_LABELS, RED_FLAG_BY_ID, RESTRICTIONS, type RedFlagAction, type RestrictionCode } from "@/lib/domain/intake/red-flags";
import type { RedFlagFindingRow } from "@/lib/data/red-flags";

const NEEDS_ACK = ["EMERGENCY", "URGENT_REFERRAL"];

/** Red-flag findings with their restrictions; open emergency/urgent ones carry the acknowledgement form. */
export function RedFlagList({ findings, canAcknowledge }: { findings: RedFlagFindingRow[]; canAcknowledge: boolean }) {
  if (findings.length === 0) return <p>No red flags raised.</p>;
  return (
    <ul className="space-y-4">
      {findings.map((f) => {
        const def = RED_FLAG_BY_ID.get(f.flagId);
        const open = !f.acknowledgedAt && NEEDS_ACK.includes(f.action);
        return (
          <li key={f.id} className={`rounded-lg border p-4 ${open ? "border-red-700 bg-red-50" : "border-slate-200 bg-white"}`}>
            <h3 className="font-semibold">{ACTION_LABELS[f.action as RedFlagAction] ?? f.action}: {def?.suspected ?? f.flagId} <span className="font-normal text-slate-700">({f.flagId}, {f.episodeTitle})</span></h3>
            {f.reasons.length > 0 && <p className="mt-1 text-sm">Why: {f.reasons.join("; ")}</p>}
            {f.needsClarification && <p className="mt-1 text-sm font-medium">The patient was unsure: clarify in person before any treatment.</p>}
            {f.restricts.length > 0 && <p className="mt-1 text-sm">Restricts: {f.restricts.map((r) => RESTRICTIONS[r as RestrictionCode] ?? r).join("; ")}</p>}
            {f.acknowledgedAt ? (
              <p className="mt-2 text-sm">Acknowledged by {f.acknowledgedByName} on {new Date(f.acknowledgedAt).toISOString().slice(0, 16).replace("T", " ")} UTC: {f.acknowledgement}</p>
            ) : open && canAcknowledge ? (
              <div className="mt-3 max-w-xl">
                <SimpleActionForm schema="acknowledgeRedFlag" action={acknowledgeRedFlag} hidden={{ findingId: f.id }}
                  fields={[{ name: "acknowledgement", label: "What was done", type: "textarea", required: true, hint: "Advice given, referred to whom, when, who was informed" }]}
                  submitLabel="Record acknowledgement" done="Acknowledged." />
              </div>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
