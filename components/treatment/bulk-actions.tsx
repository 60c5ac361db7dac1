"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select";
import { applyProtocol, copyLastVisitTreatment } from "@/lib/actions/treatment";
import type { ProtocolStep } from "@/lib/domain/treatment/protocols";
import { lineTitle } from "./line-summary";

type Outcome = { tone: "success" | "error"; text: string; skipped?: { component: string; reason: string }[] };
type BulkResult = { ok: true; data: { added: number; skipped: { component: string; reason: string }[]; diagnoses?: number; planCopied?: boolean } } | { ok: false; error: string; code: string };

/** Apply a protocol or copy the last visit: lines that did not pass the safety checks are listed with their reason. */
export function BulkActions({ visitId, protocols, affectedSide, hasPrevious }: {
  visitId: string; protocols: { id: string; code: string; version: number; name: string; source: string; steps: ProtocolStep[] }[]; affectedSide: "L" | "R" | "BIL"; hasPrevious: boolean;
}) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [protocolId, setProtocolId] = useState("");
  const [side, setSide] = useState<string>(affectedSide);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  // Per protocol step: which alternative (default the first) and whether it is left out.
  const [pick, setPick] = useState<Record<string, number>>({});
  const [skip, setSkip] = useState<number[]>([]);
  const chosen = protocols.find((p) => p.id === protocolId);

  const run = (call: () => Promise<BulkResult>, what: string) => start(async () => {
    const r = await call().catch(() => null);
    if (!r) return setOutcome({ tone: "error", text: "The server could not be reached. Try again." });
    if (!r.ok) return setOutcome({ tone: "error", text: r.code === "session_expired" ? "Your session has ended: sign in again, then retry." : r.error });
    const extra = [r.data.diagnoses ? `${r.data.diagnoses} diagnos${r.data.diagnoses === 1 ? "is" : "es"}` : "", r.data.planCopied ? "the plan" : ""].filter(Boolean);
    setOutcome({ tone: r.data.skipped.length ? "error" : "success", text: `${what}: ${r.data.added} line${r.data.added === 1 ? "" : "s"} added${extra.length ? `, with ${extra.join(" and ")}` : ""}.`, skipped: r.data.skipped });
    router.refresh();
  });

  return (
    <div className="space-y-4">
      <form className="flex flex-wrap items-end gap-4" onSubmit={(e) => {
        e.preventDefault();
        if (!protocolId) return setOutcome({ tone: "error", text: "Choose a protocol to apply." });
        run(() => applyProtocol({ visitId, protocolId, side: side as "L" | "R" | "BIL", pick, skip }), "Protocol applied");
      }}>
        <div className="min-w-72"><SelectField label="Protocol" name="protocolId" placeholder="Choose…" value={protocolId} onChange={(e) => { setProtocolId(e.target.value); setPick({}); setSkip([]); }}
          options={protocols.map((p) => ({ value: p.id, label: `${p.code} — ${p.name}${p.source === "clinic" ? " (clinic)" : ""}` }))} /></div>
        <div className="w-32"><SelectField label="Affected side" name="side" value={side} onChange={(e) => setSide(e.target.value)} options={[{ value: "L", label: "Left" }, { value: "R", label: "Right" }, { value: "BIL", label: "Both" }]} /></div>
        <Button type="submit" variant="secondary" pending={pending}>Apply protocol</Button>
        {chosen && (
          <details className="basis-full">
            <summary className="cursor-pointer font-medium text-teal-800 underline">Choose alternatives or leave steps out ({chosen.steps.length} steps)</summary>
            <ol className="mt-2 space-y-3">
              {chosen.steps.map((step, i) => (
                <li key={i}>
                  <fieldset className="rounded border border-slate-200 p-3">
                    <legend className="px-1 font-medium">Step {i + 1}{step.when ? ` (${step.when})` : ""}</legend>
                    <label className="flex min-h-11 items-center gap-2">
                      <input type="checkbox" className="size-5" checked={!skip.includes(i)} onChange={(e) => setSkip((s) => (e.target.checked ? s.filter((x) => x !== i) : [...s, i]))} />
                      Include step {i + 1}{step.choices.length === 1 ? `: ${lineTitle(step.choices[0])}` : ""}
                    </label>
                    {step.choices.length > 1 && step.choices.map((c, k) => (
                      <label key={k} className="ml-7 flex min-h-11 items-center gap-2">
                        <input type="radio" className="size-5" name={`step-${i}`} checked={(pick[String(i)] ?? 0) === k} disabled={skip.includes(i)} onChange={() => setPick((p) => ({ ...p, [String(i)]: k }))} />
                        {lineTitle(c)}
                      </label>
                    ))}
                  </fieldset>
                </li>
              ))}
            </ol>
          </details>
        )}
      </form>
      {hasPrevious && <Button variant="secondary" pending={pending} onClick={() => run(() => copyLastVisitTreatment({ visitId }), "Copied from the last visit")}>Same as last visit</Button>}
      {outcome && (
        <Alert tone={outcome.tone}>
          {outcome.text}
          {outcome.skipped && outcome.skipped.length > 0 && (
            <><span> Not added:</span><ul className="mt-1 list-disc pl-5">{outcome.skipped.map((s, i) => <li key={i}>{s.reason}</li>)}</ul></>
          )}
        </Alert>
      )}
    </div>
  );
}
