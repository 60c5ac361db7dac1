"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { LineForm } from "@/components/treatment/line-form";
import { lineTitle, paramSummary } from "@/components/treatment/line-summary";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { saveProtocol } from "@/lib/actions/protocols";
import type { ProtocolLine, ProtocolStep } from "@/lib/domain/treatment/protocols";

type Step = { when: string; choices: ProtocolLine[] };
type Draft = { name: string; description: string; steps: Step[] };

const move = <T,>(list: T[], from: number, to: number) => {
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item);
  return next;
};

/**
 * Build or revise a clinic protocol: steps in order, each with one or more alternative lines (the first
 * is the default when applied). Lines are edited with the visit's own line form, so the same
 * parameter checks apply; nothing is stored until "Save", which makes a new version.
 */
export function ProtocolEditor({ protocolId, initial, heading }: { protocolId?: string; initial: { name: string; description: string; steps: ProtocolStep[] }; heading: string }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [draft, setDraft] = useState<Draft>(() => ({
    name: initial.name, description: initial.description, steps: initial.steps.map((s) => ({ when: s.when ?? "", choices: [...s.choices] })),
  }));
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const setSteps = (f: (steps: Step[]) => Step[]) => setDraft((d) => ({ ...d, steps: f(d.steps) }));
  const addLine = (stepIndex: number | null) => async (line: object) => {
    const l = line as ProtocolLine;
    setSteps((steps) => stepIndex === null ? [...steps, { when: "", choices: [l] }] : steps.map((s, i) => (i === stepIndex ? { ...s, choices: [...s.choices, l] } : s)));
    return { ok: true as const };
  };
  const stepErrors = (i: number) => Object.entries(errors).filter(([k]) => k.startsWith(`steps.${i}.`)).flatMap(([, m]) => m);

  function save() {
    setProblem(null);
    start(async () => {
      const input = { ...(protocolId ? { protocolId } : {}), name: draft.name, description: draft.description, steps: draft.steps.map((s) => ({ ...(s.when.trim() ? { when: s.when } : {}), choices: s.choices.map((c) => ({ ...c })) })) };
      const r = await saveProtocol(input).catch(() => null);
      if (!r) return setProblem("The server could not be reached. Your protocol is kept here; try again.");
      if (!r.ok) {
        setErrors(r.fieldErrors ?? {});
        return setProblem(r.code === "session_expired" ? "Your session has ended: sign in again, then save." : r.error);
      }
      router.push(`/protocols/${r.data.protocolId}`);
    });
  }

  return (
    <section aria-labelledby="editor-h" className="space-y-6">
      <h2 id="editor-h" className="text-xl font-semibold">{heading}</h2>
      {problem && <Alert tone="error">{problem}</Alert>}
      <div className="grid max-w-3xl gap-4">
        <TextField label="Name" name="name" value={draft.name} error={errors.name?.[0]} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
        <TextAreaField label="Indication / description" name="description" rows={3} value={draft.description} error={errors.description?.[0]} onChange={(e) => setDraft({ ...draft, description: e.target.value })} />
      </div>
      {errors.steps && <Alert tone="error">{errors.steps[0]}</Alert>}
      <ol className="space-y-4">
        {draft.steps.map((step, i) => (
          <li key={i} className="rounded-lg border border-slate-200 bg-white p-4" aria-label={`Step ${i + 1}`}>
            <div className="flex flex-wrap items-center justify-between gap-2">
              <h3 className="font-semibold">Step {i + 1}</h3>
              <div className="flex flex-wrap gap-2">
                <Button variant="secondary" disabled={i === 0} onClick={() => setSteps((s) => move(s, i, i - 1))} aria-label={`Move step ${i + 1} up`}>Up</Button>
                <Button variant="secondary" disabled={i === draft.steps.length - 1} onClick={() => setSteps((s) => move(s, i, i + 1))} aria-label={`Move step ${i + 1} down`}>Down</Button>
                <Button variant="danger" onClick={() => setSteps((s) => s.filter((_, j) => j !== i))} aria-label={`Remove step ${i + 1}`}>Remove step</Button>
              </div>
            </div>
            {stepErrors(i).length > 0 && <Alert tone="error"><ul className="list-disc pl-5">{stepErrors(i).map((m, k) => <li key={k}>{m}</li>)}</ul></Alert>}
            <div className="mt-3 max-w-xl">
              <TextField label={`Step ${i + 1}: when (optional)`} name={`when-${i}`} value={step.when} hint='e.g. "if the SI joint is hypomobile"'
                onChange={(e) => setSteps((s) => s.map((x, j) => (j === i ? { ...x, when: e.target.value } : x)))} />
            </div>
            <ol className="mt-3 space-y-2">
              {step.choices.map((c, k) => (
                <li key={k} className="flex flex-wrap items-start justify-between gap-2 rounded border border-slate-100 p-2">
                  <div>
                    <p className="font-medium">{k === 0 ? "Default: " : `Alternative ${k}: `}{lineTitle(c)}</p>
                    <p className="text-sm text-slate-700">{paramSummary(c) || "No parameters"}</p>
                  </div>
                  <div className="flex gap-2">
                    {k > 0 && <Button variant="secondary" onClick={() => setSteps((s) => s.map((x, j) => (j === i ? { ...x, choices: move(x.choices, k, 0) } : x)))}>Make default</Button>}
                    {step.choices.length > 1 && <Button variant="danger" onClick={() => setSteps((s) => s.map((x, j) => (j === i ? { ...x, choices: x.choices.filter((_, m) => m !== k) } : x)))}>Remove</Button>}
                  </div>
                </li>
              ))}
            </ol>
            <details className="mt-3">
              <summary className="cursor-pointer font-medium text-teal-800 underline">Add an alternative to step {i + 1}</summary>
              <div className="mt-3"><LineForm forProtocol onSubmitLine={addLine(i)} /></div>
            </details>
          </li>
        ))}
      </ol>
      <details className="rounded-lg border border-slate-200 bg-white p-4">
        <summary className="cursor-pointer font-medium text-teal-800 underline">Add a step</summary>
        <div className="mt-3"><LineForm forProtocol onSubmitLine={addLine(null)} /></div>
      </details>
      <Button variant="primary" pending={pending} onClick={save}>{protocolId ? "Save as a new version" : "Save the protocol"}</Button>
    </section>
  );
}
