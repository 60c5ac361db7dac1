"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Table, TBody, THead, Td, Th, Tr } from "@/components/ui/table";
import { deriveBilling, updateBillingLine } from "@/lib/actions/coding";
import type { BillingRow } from "@/lib/validation/coding";

/** Billing lines derived from the treatment lines, editable (units, modifiers) until the note is signed. */
export function BillingPanel({ visitId, lines, readOnly }: { visitId: string; lines: BillingRow[]; readOnly: boolean }) {
  const router = useRouter();
  const [payer, setPayer] = useState<"medicare" | "commercial">("medicare");
  const [message, setMessage] = useState<{ tone: "success" | "error" | "warning"; text: string } | null>(null);
  const [edits, setEdits] = useState<Record<string, { units: string; modifiers: string }>>({});

  async function derive() {
    const r = await deriveBilling({ visitId, payer, planActive: false }).catch(() => null);
    if (!r) return setMessage({ tone: "error", text: "The server could not be reached." });
    if (!r.ok) return setMessage({ tone: "error", text: r.error });
    setMessage(r.data.warnings.length ? { tone: "warning", text: `${r.data.lines} lines derived (${r.data.totalTimedMinutes} timed minutes). ${r.data.warnings.join(" ")}` } : { tone: "success", text: `${r.data.lines} lines derived (${r.data.totalTimedMinutes} timed minutes).` });
    router.refresh();
  }

  async function saveLine(id: string) {
    const e = edits[id];
    const r = await updateBillingLine({ lineId: id, units: Number(e.units), modifiers: e.modifiers.split(/[\s,]+/).filter(Boolean).map((m) => m.toUpperCase()) }).catch(() => null);
    if (!r) return setMessage({ tone: "error", text: "The server could not be reached." });
    setMessage(r.ok ? { tone: "success", text: "Line saved." } : { tone: "error", text: Object.values(r.fieldErrors ?? {}).flat()[0] ?? r.error });
    if (r.ok) router.refresh();
  }

  return (
    <div className="space-y-3">
      {!readOnly && (
        <div className="flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor={`payer-${visitId}`} className="block text-sm font-semibold">Billing rule</label>
            <select id={`payer-${visitId}`} value={payer} onChange={(e) => setPayer(e.target.value as "medicare" | "commercial")} className="min-h-11 rounded-md border border-slate-500 bg-white px-2">
              <option value="medicare">Medicare: 8-minute rule on total timed minutes</option>
              <option value="commercial">Per code: at least 8 minutes per code</option>
            </select>
          </div>
          <Button variant="secondary" onClick={derive}>Derive from treatment</Button>
        </div>
      )}
      {lines.length === 0 ? <p>No billing lines yet.</p> : (
        <Table caption="Billing lines">
          <THead><Tr><Th>Code</Th><Th>Minutes</Th><Th>Units</Th><Th>Modifiers</Th><Th>Dx pointers</Th>{!readOnly && <Th>Change</Th>}</Tr></THead>
          <TBody>
            {lines.map((l) => {
              const e = edits[l.id] ?? { units: String(l.units), modifiers: l.modifiers.join(" ") };
              return (
                <Tr key={l.id}>
                  <Td className="font-mono">{l.code}</Td>
                  <Td>{l.minutes ?? "—"}</Td>
                  <Td>{readOnly ? l.units : <input aria-label={`Units for ${l.code}`} type="number" min={0} max={24} value={e.units} onChange={(ev) => setEdits((x) => ({ ...x, [l.id]: { ...e, units: ev.target.value } }))} className="min-h-11 w-20 rounded-md border border-slate-500 px-2" />}</Td>
                  <Td>{readOnly ? l.modifiers.join(" ") : <input aria-label={`Modifiers for ${l.code}`} value={e.modifiers} onChange={(ev) => setEdits((x) => ({ ...x, [l.id]: { ...e, modifiers: ev.target.value } }))} className="min-h-11 w-28 rounded-md border border-slate-500 px-2" />}</Td>
                  <Td>{l.diagnosisPointers.map((p) => "ABCDEFGHIJKL"[p - 1]).join("")}</Td>
                  {!readOnly && <Td><Button variant="ghost" onClick={() => saveLine(l.id)}>Save<span className="sr-only"> {l.code}</span></Button></Td>}
                </Tr>
              );
            })}
          </TBody>
        </Table>
      )}
      {message && <Alert tone={message.tone === "warning" ? "warning" : message.tone}>{message.text}</Alert>}
    </div>
  );
}
