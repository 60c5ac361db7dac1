"use client";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select";
import { saveNoteDraft, signNote } from "@/lib/actions/notes";
import type { NoteContent } from "@/lib/validation/notes";

type FormValues = Record<keyof NoteContent, string>;
const toForm = (n: NoteContent): FormValues => ({
  subjective: n.subjective, objective: n.objective, assessment: n.assessment, plan: n.plan,
  nprsNow: n.nprsNow === null ? "" : String(n.nprsNow), changePercent: n.changePercent === null ? "" : String(n.changePercent),
  changeSinceLast: n.changeSinceLast ?? "", hepAdherence: n.hepAdherence ?? "",
});
const toContent = (v: FormValues): NoteContent => ({
  subjective: v.subjective, objective: v.objective, assessment: v.assessment, plan: v.plan,
  nprsNow: v.nprsNow === "" ? null : Number(v.nprsNow), changePercent: v.changePercent === "" ? null : Number(v.changePercent),
  changeSinceLast: (v.changeSinceLast || null) as NoteContent["changeSinceLast"], hepAdherence: (v.hepAdherence || null) as NoteContent["hepAdherence"],
});

/**
 * The SOAP draft: saves itself a moment after typing stops (versioned: a second tab gets a
 * conflict message and keeps its text), and signs when complete.
 */
export function NoteEditor({ noteId, version: initialVersion, initial, canSign, findingsSummary }: {
  noteId: string; version: number; initial: NoteContent; canSign: boolean; findingsSummary: string;
}) {
  const router = useRouter();
  const form = useForm<FormValues>({ defaultValues: toForm(initial) });
  const version = useRef(initialVersion);
  const [status, setStatus] = useState("Drafts save automatically.");
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const conflicted = useRef(false);
  // Typed but not yet saved: while true, a newer server version is not pulled in (the save will report the conflict instead).
  const unsaved = useRef(false);
  const resetting = useRef(false);

  // Another action changed the draft on the server (e.g. "Same as last visit" filled the plan): show it, unless the clinician is mid-edit.
  useEffect(() => {
    if (initialVersion > version.current && !unsaved.current) {
      resetting.current = true;
      form.reset(toForm(initial));
      resetting.current = false;
      version.current = initialVersion;
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [initialVersion]);

  async function save(): Promise<boolean> {
    if (conflicted.current) return false;
    const r = await saveNoteDraft({ noteId, version: version.current, ...toContent(form.getValues()) }).catch(() => null);
    if (!r) { setStatus("Not saved: connection lost. Your text is still here."); return false; }
    if (r.ok) { version.current = r.data.version; unsaved.current = false; setStatus(`Draft saved at ${new Date().toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })}.`); return true; }
    if (r.code === "conflict") conflicted.current = true;
    setProblem(r.error);
    for (const [k, m] of Object.entries(r.fieldErrors ?? {})) form.setError(k as keyof FormValues, { message: m[0] });
    setStatus("Not saved.");
    return false;
  }

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = form.subscribe({ formState: { values: true }, callback: () => {
      if (resetting.current) return;
      unsaved.current = true;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void save(), 1500);
    } });
    return () => { unsubscribe(); if (timer) clearTimeout(timer); };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  async function sign() {
    setBusy(true);
    setProblem(null);
    form.clearErrors();
    if (!(await save())) { setBusy(false); return; }
    const r = await signNote({ noteId, version: version.current }).catch(() => null);
    setBusy(false);
    if (!r) return setProblem("The server could not be reached. Nothing is lost: try again.");
    if (r.ok) { router.refresh(); return; }
    // Treatment blockers (missing procedure consents) have no field in this form: show them with the message.
    setProblem([r.error, ...(r.fieldErrors?.treatment ?? [])].join(" "));
    for (const [k, m] of Object.entries(r.fieldErrors ?? {})) form.setError(k as keyof FormValues, { message: m[0] });
  }

  const err = (k: keyof FormValues) => form.formState.errors[k]?.message;
  return (
    <form onSubmit={(e) => { e.preventDefault(); void sign(); }} noValidate className="space-y-5">
      {problem && <Alert tone="error">{problem}</Alert>}
      <fieldset className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
        <legend className="px-1 text-lg font-semibold">S — Subjective</legend>
        <div className="grid gap-4 sm:grid-cols-4">
          <SelectField label="Pain now (0–10)" placeholder="—" options={Array.from({ length: 11 }, (_, i) => ({ value: String(i), label: String(i) }))} error={err("nprsNow")} {...form.register("nprsNow")} />
          <SelectField label="Since last visit" placeholder="—" options={[{ value: "BETTER", label: "Better" }, { value: "SAME", label: "Same" }, { value: "WORSE", label: "Worse" }]} error={err("changeSinceLast")} {...form.register("changeSinceLast")} />
          <TextField label="Change (%)" type="number" min={0} max={100} error={err("changePercent")} {...form.register("changePercent")} />
          <SelectField label="Home exercises done" placeholder="—" options={[{ value: "FULL", label: "Fully" }, { value: "PARTIAL", label: "Partly" }, { value: "NONE", label: "Not at all" }, { value: "NOT_ASSIGNED", label: "None assigned" }]} error={err("hepAdherence")} {...form.register("hepAdherence")} />
        </div>
        <TextAreaField label="Patient's report" error={err("subjective")} {...form.register("subjective")} />
      </fieldset>
      <fieldset className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
        <legend className="px-1 text-lg font-semibold">O — Objective</legend>
        <p className="text-sm text-slate-700">Exam findings of this visit: {findingsSummary}</p>
        <TextAreaField label="Objective notes" error={err("objective")} {...form.register("objective")} />
      </fieldset>
      <fieldset className="rounded-lg border border-slate-200 bg-white p-4">
        <legend className="px-1 text-lg font-semibold">A — Assessment</legend>
        <TextAreaField label="Assessment and progress" error={err("assessment")} {...form.register("assessment")} />
      </fieldset>
      <fieldset className="rounded-lg border border-slate-200 bg-white p-4">
        <legend className="px-1 text-lg font-semibold">P — Plan</legend>
        <TextAreaField label="Plan and next visit" error={err("plan")} {...form.register("plan")} />
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <Button variant="secondary" onClick={() => void save()}>Save draft</Button>
        {canSign && <Button type="submit" pending={busy}>Sign note</Button>}
        <p aria-live="polite" className="text-sm text-slate-700">{status}</p>
      </div>
      {!canSign && <p className="text-sm">Only the clinician who wrote this note can sign it.</p>}
    </form>
  );
}
