"use client";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { findIcd, searchIcd } from "@/lib/domain/coding/icd10";
import { setDiagnoses } from "@/lib/actions/coding";

/** Searchable ICD-10-CM list (DOMAIN.md §7.1), ranked; the server refuses header codes and laterality mismatches. */
export function DiagnosesEditor({ visitId, initial, readOnly }: { visitId: string; initial: string[]; readOnly: boolean }) {
  const router = useRouter();
  const [codes, setCodes] = useState(initial);
  const [query, setQuery] = useState("");
  const [message, setMessage] = useState<{ tone: "success" | "error" | "warning"; text: string } | null>(null);
  const [pending, setPending] = useState(false);
  const results = useMemo(() => (query.trim().length >= 2 ? searchIcd(query, { limit: 8 }) : []), [query]);

  async function save() {
    setPending(true);
    const r = await setDiagnoses({ visitId, codes }).catch(() => null);
    setPending(false);
    if (!r) return setMessage({ tone: "error", text: "The server could not be reached; your list is kept." });
    if (!r.ok) return setMessage({ tone: "error", text: r.fieldErrors?.codes?.join(" ") ?? r.error });
    setMessage(r.data.warnings.length ? { tone: "warning", text: `Saved. ${r.data.warnings.join(" ")}` } : { tone: "success", text: "Diagnoses saved." });
    router.refresh();
  }

  return (
    <div className="space-y-3">
      <ol className="list-decimal space-y-1 pl-6">
        {codes.length === 0 && <li className="list-none text-slate-700">No diagnoses yet.</li>}
        {codes.map((c, i) => (
          <li key={c}>
            <span className="font-mono">{c}</span> {findIcd(c)?.label ?? ""}
            {!readOnly && (
              <>
                {i > 0 && <Button variant="ghost" onClick={() => setCodes((x) => [...x.slice(0, i - 1), x[i], x[i - 1], ...x.slice(i + 1)])}>Move up<span className="sr-only"> {c}</span></Button>}
                <Button variant="ghost" onClick={() => setCodes((x) => x.filter((y) => y !== c))}>Remove<span className="sr-only"> {c}</span></Button>
              </>
            )}
          </li>
        ))}
      </ol>
      {!readOnly && (
        <>
          <label htmlFor={`icd-${visitId}`} className="block text-sm font-semibold">Find a diagnosis (code or words)</label>
          <input id={`icd-${visitId}`} type="search" value={query} onChange={(e) => setQuery(e.target.value)} className="min-h-11 w-full max-w-md rounded-md border border-slate-500 px-3" />
          {results.length > 0 && (
            <ul aria-label="Matching diagnoses" className="max-w-xl divide-y divide-slate-200 rounded-md border border-slate-200 bg-white">
              {results.map((r) => (
                <li key={r.code} className="flex items-center justify-between gap-2 px-3 py-1">
                  <span><span className="font-mono">{r.code}</span> {r.label}</span>
                  <Button variant="ghost" disabled={codes.includes(r.code)} onClick={() => { setCodes((x) => [...x, r.code]); setQuery(""); }}>Add<span className="sr-only"> {r.code}</span></Button>
                </li>
              ))}
            </ul>
          )}
          <Button onClick={save} pending={pending}>Save diagnoses</Button>
        </>
      )}
      {message && <Alert tone={message.tone === "warning" ? "warning" : message.tone}>{message.text}</Alert>}
    </div>
  );
}
