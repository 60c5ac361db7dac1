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
import { toContent, toForm, type FormValues } from "./note-form-values";
import { AssessmentExtras, DischargeFields, ReferralFields } from "./note-type-fields";

/** Shown with the messages of the form: requirements that are met elsewhere in the chart, not in this form. */
const ELSEWHERE: Readonly<Record<string, string>> = {
  record: "Elsewhere in the chart", treatment: "Treatment", diagnoses: "Diagnoses",
};

/**
 * The SOAP draft: saves itself a moment after typing stops (versioned: a second tab gets a
 * conflict message and keeps its text), and signs when complete.
 */
export function NoteEditor({ noteId, version: initialVersion, initial, canSign, findingsSummary, noteType, authorDiscipline, openRedFlags, previousNprs = null }: {
  noteId: string; version: number; initial: NoteContent; canSign: boolean; findingsSummary: string;
  noteType: "INITIAL_EVALUATION" | "DAILY" | "RE_EXAM" | "DISCHARGE"; authorDiscipline: string | null; openRedFlags: { id: string; action: string }[];
  previousNprs?: number | null;
}) {
  const router = useRouter();
  const form = useForm<FormValues>({ defaultValues: toForm(initial) });
  const version = useRef(initialVersion);
  const [status, setStatus] = useState("Drafts save automatically.");
  const [problem, setProblem] = useState<string | null>(null);
  const [elsewhere, setElsewhere] = useState<string[]>([]);
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
    setElsewhere([]);
    form.clearErrors();
    if (!(await save())) { setBusy(false); return; }
    const r = await signNote({ noteId, version: version.current }).catch(() => null);
    setBusy(false);
    if (!r) return setProblem("The server could not be reached. Nothing is lost: try again.");
    if (r.ok) { router.refresh(); return; }
    setProblem(r.error);
    // Requirements met elsewhere (treatment lines, diagnoses, intake, consents, outcomes) are listed; the rest sit next to their field.
    setElsewhere(Object.entries(r.fieldErrors ?? {}).filter(([k]) => !(k in initialFormKeys)).flatMap(([k, m]) => m.map((x) => `${ELSEWHERE[k] ?? "Chart"}: ${x}`)));
    for (const [k, m] of Object.entries(r.fieldErrors ?? {})) if (k in initialFormKeys) form.setError(k as keyof FormValues, { message: m.join(" ") });
  }

  const err = (k: keyof FormValues) => form.formState.errors[k]?.message;
  const initialFormKeys = toForm(initial);
  const flags = openRedFlags.filter((f) => f.action !== "FLAG").map((f) => f.id).join(", ");
  const extrasProps = { register: form.register, errors: form.formState.errors };
  return (
    <form onSubmit={(e) => { e.preventDefault(); void sign(); }} noValidate className="space-y-5">
      {problem && (
        <Alert tone="error">
          {problem}
          {elsewhere.length > 0 && <ul className="mt-1 list-disc pl-5">{elsewhere.map((m, i) => <li key={i}>{m}</li>)}</ul>}
        </Alert>
      )}
      <fieldset className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
        <legend className="px-1 text-lg font-semibold">S — Subjective</legend>
        <div className="grid gap-4 sm:grid-cols-4">
          <SelectField label="Pain now (0–10)" placeholder="—" hint={previousNprs !== null ? `Last visit: ${previousNprs}/10` : undefined} options={Array.from({ length: 11 }, (_, i) => ({ value: String(i), label: String(i) }))} error={err("nprsNow")} {...form.register("nprsNow")} />
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
      <fieldset className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
        <legend className="px-1 text-lg font-semibold">A — Assessment</legend>
        <TextAreaField label="Assessment and progress" error={err("assessment")} {...form.register("assessment")} />
        <AssessmentExtras {...extrasProps} needsReasoning={openRedFlags.some((f) => f.action === "FLAG") || initial.redFlagReasoning !== ""}
          needsComplexity={noteType === "INITIAL_EVALUATION" && authorDiscipline === "PT"} />
      </fieldset>
      <fieldset className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
        <legend className="px-1 text-lg font-semibold">P — Plan</legend>
        <TextAreaField label="Plan and next visit" error={err("plan")} {...form.register("plan")} />
        {(flags !== "" || initial.referralTo !== "") && <ReferralFields {...extrasProps} flags={flags || "none now"} />}
      </fieldset>
      {noteType === "DISCHARGE" && <DischargeFields {...extrasProps} />}
      <div className="flex flex-wrap items-center gap-3">
        <Button variant="secondary" onClick={() => void save()}>Save draft</Button>
        {canSign && <Button type="submit" pending={busy}>Sign note</Button>}
        <p aria-live="polite" className="text-sm text-slate-700">{status}</p>
      </div>
      {!canSign && <p className="text-sm">Only the clinician who wrote this note can sign it.</p>}
    </form>
  );
}
