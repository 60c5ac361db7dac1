"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { FormError } from "@/components/forms/form-error";
import { SessionExpiredDialog } from "@/components/forms/session-expired-dialog";
import type { ActionOutcome } from "@/components/forms/use-action-form";
import { isRunner } from "@/lib/domain/intake/evaluate-intake";
import { AcceptIntakeInput, SaveIntakeDraftInput, SubmitIntakeInput, type IntakeDraftAnswers } from "@/lib/validation/intake";
import { TextInput, type Audience } from "./intake-inputs";
import { PainSection, ProblemSection, Section, WhereSection } from "./intake-sections";
import { HistorySection, SportSection } from "./intake-history-sections";
import { RedFlagSection } from "./red-flag-section";
import { toAnswers, toFormAnswers } from "./intake-values";

type Payload = { intakeId: string; version: number; answers: IntakeDraftAnswers };
type SaveAction = (input: Payload) => Promise<ActionOutcome<{ version: number }>>;

export interface IntakeFormProps {
  audience: Audience;
  intakeId: string;
  version: number;
  initial: IntakeDraftAnswers;
  saveDraft: SaveAction;
  finish: SaveAction;
  /** which schema the finishing action uses: run here first so errors show before the round trip */
  finishKind: "submit" | "accept";
  finishLabel: string;
  autosave: boolean;
}

/**
 * The intake questionnaire for patients (phone, plain words, autosave) and clinicians (review,
 * edit, accept). Values are validated with the same zod schemas the actions use.
 */
export function IntakeForm(props: IntakeFormProps) {
  const router = useRouter();
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const form = useForm<any>({ defaultValues: { answers: toFormAnswers(props.initial) } });
  const version = useRef(props.version);
  const [status, setStatus] = useState<string>(props.autosave ? "Your answers save automatically as you go." : "");
  const [formError, setFormError] = useState<string | null>(null);
  const [sessionExpired, setSessionExpired] = useState(false);
  const [busy, setBusy] = useState(false);
  const sports = useWatch({ control: form.control, name: "answers.sports" }) as string[] | undefined;
  const runner = isRunner({ sports });

  const payload = useCallback((): Payload => ({ intakeId: props.intakeId, version: version.current, answers: toAnswers(form.getValues("answers")) }), [form, props.intakeId]);

  const showErrors = useCallback((issues: Record<string, string[]>) => {
    let first = true;
    for (const [path, messages] of Object.entries(issues)) {
      form.setError(path, { type: "server", message: messages[0] }, { shouldFocus: first && path !== "answers.redFlags" });
      first = false;
    }
  }, [form]);

  const run = useCallback(async (action: SaveAction, quiet: boolean): Promise<boolean> => {
    const result = await action(payload()).catch(() => null);
    if (!result) { setStatus("Not saved: the connection dropped. Your answers are still here."); return false; }
    if (result.ok) {
      version.current = result.data.version;
      setStatus(`Saved at ${new Date().toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })}.`);
      return true;
    }
    if (result.code === "session_expired") { setSessionExpired(true); return false; }
    if (!quiet) { setFormError(result.error); if (result.fieldErrors) showErrors(result.fieldErrors); }
    setStatus(result.code === "validation" ? "Not saved yet: check the highlighted answers." : `Not saved: ${result.error}`);
    return false;
  }, [payload, showErrors]);

  // Autosave a moment after the last change, and when the tab is hidden or closed.
  useEffect(() => {
    if (!props.autosave) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = form.subscribe({
      formState: { values: true },
      callback: () => {
        if (timer) clearTimeout(timer);
        timer = setTimeout(() => { form.clearErrors(); void run(props.saveDraft, true); }, 1000);
      },
    });
    const flush = () => { if (document.visibilityState === "hidden" && timer) { clearTimeout(timer); timer = undefined; void run(props.saveDraft, true); } };
    document.addEventListener("visibilitychange", flush);
    return () => { unsubscribe(); if (timer) clearTimeout(timer); document.removeEventListener("visibilitychange", flush); };
  }, [form, props.autosave, props.saveDraft, run]);

  async function onFinish(event: React.FormEvent) {
    event.preventDefault();
    setFormError(null);
    form.clearErrors();
    const checked = (props.finishKind === "accept" ? AcceptIntakeInput : SubmitIntakeInput).safeParse(payload());
    if (!checked.success) {
      const issues: Record<string, string[]> = {};
      for (const i of checked.error.issues) (issues[i.path.join(".")] ??= []).push(i.message);
      showErrors(issues);
      setFormError("Some answers are missing or need a look: they are highlighted below.");
      return;
    }
    setBusy(true);
    const ok = await run(props.finish, false);
    setBusy(false);
    if (ok) router.refresh();
  }

  async function onSave() {
    setFormError(null);
    form.clearErrors();
    const checked = SaveIntakeDraftInput.safeParse(payload());
    if (!checked.success) {
      const issues: Record<string, string[]> = {};
      for (const i of checked.error.issues) (issues[i.path.join(".")] ??= []).push(i.message);
      showErrors(issues);
      return;
    }
    setBusy(true);
    if (await run(props.saveDraft, false)) router.refresh();
    setBusy(false);
  }

  return (
    <>
      <form onSubmit={onFinish} noValidate className="space-y-6">
        <FormError message={formError} />
        <ProblemSection form={form} audience={props.audience} />
        <WhereSection form={form} audience={props.audience} />
        <PainSection form={form} audience={props.audience} />
        <HistorySection form={form} audience={props.audience} />
        <SportSection form={form} audience={props.audience} runner={runner} />
        <RedFlagSection form={form} audience={props.audience} runner={runner} />
        {props.audience === "staff" && (
          <Section title="Clinician notes" id="staff-notes">
            <TextInput form={form} name="answers.staffNotes" multiline label="Notes (not visible to the patient)" />
          </Section>
        )}
        <div className="flex flex-wrap sm:sticky sm:bottom-0 items-center gap-3 border-t border-slate-200 bg-slate-50 py-3">
          {!props.autosave && <Button variant="secondary" pending={busy} onClick={onSave}>Save changes</Button>}
          <Button type="submit" pending={busy}>{props.finishLabel}</Button>
          <p aria-live="polite" className="text-sm text-slate-700">{status}</p>
        </div>
      </form>
      {sessionExpired && <Alert tone="warning">Your session ended; your answers are still on this page.</Alert>}
      <SessionExpiredDialog open={sessionExpired} onClose={() => setSessionExpired(false)} />
    </>
  );
}
