"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select";
import { applyProtocol, copyLastVisitTreatment } from "@/lib/actions/treatment";

type Outcome = { tone: "success" | "error"; text: string; skipped?: { component: string; reason: string }[] };
type BulkResult = { ok: true; data: { added: number; skipped: { component: string; reason: string }[] } } | { ok: false; error: string; code: string };

/** Apply a protocol or copy the last visit: lines that did not pass the safety checks are listed with their reason. */
export function BulkActions({ visitId, protocols, affectedSide, hasPrevious }: {
  visitId: string; protocols: { id: string; code: string; version: number; name: string; source: string }[]; affectedSide: "L" | "R" | "BIL"; hasPrevious: boolean;
}) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [protocolId, setProtocolId] = useState("");
  const [side, setSide] = useState<string>(affectedSide);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const run = (call: () => Promise<BulkResult>, what: string) => start(async () => {
    const r = await call().catch(() => null);
    if (!r) return setOutcome({ tone: "error", text: "The server could not be reached. Try again." });
    if (!r.ok) return setOutcome({ tone: "error", text: r.code === "session_expired" ? "Your session has ended: sign in again, then retry." : r.error });
    setOutcome({ tone: r.data.skipped.length ? "error" : "success", text: `${what}: ${r.data.added} line${r.data.added === 1 ? "" : "s"} added.`, skipped: r.data.skipped });
    router.refresh();
  });

  return (
    <div className="space-y-4">
      <form className="flex flex-wrap items-end gap-4" onSubmit={(e) => {
        e.preventDefault();
        if (!protocolId) return setOutcome({ tone: "error", text: "Choose a protocol to apply." });
        run(() => applyProtocol({ visitId, protocolId, side: side as "L" | "R" | "BIL" }), "Protocol applied");
      }}>
        <div className="min-w-72"><SelectField label="Protocol" name="protocolId" placeholder="Choose…" value={protocolId} onChange={(e) => setProtocolId(e.target.value)}
          options={protocols.map((p) => ({ value: p.id, label: `${p.code} — ${p.name}${p.source === "clinic" ? " (clinic)" : ""}` }))} /></div>
        <div className="w-32"><SelectField label="Affected side" name="side" value={side} onChange={(e) => setSide(e.target.value)} options={[{ value: "L", label: "Left" }, { value: "R", label: "Right" }, { value: "BIL", label: "Both" }]} /></div>
        <Button type="submit" variant="secondary" pending={pending}>Apply protocol</Button>
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
