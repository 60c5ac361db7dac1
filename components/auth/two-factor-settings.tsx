"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormError } from "@/components/forms/form-error";
import { SessionExpiredDialog } from "@/components/forms/session-expired-dialog";
import { useActionForm, type ActionOutcome } from "@/components/forms/use-action-form";
import { confirmTotpEnrolment, disableTwoFactor, renewRecoveryCodes, startTotpEnrolment } from "@/lib/actions/two-factor";
import { TotpCodeInput } from "@/lib/validation/auth";
import type { TwoFactorStatus } from "@/lib/domain/auth/two-factor-status";
import { EnrolmentInstructions } from "./enrolment-instructions";

type CodeAction<O> = (input: TotpCodeInput, options?: { idempotencyKey?: string }) => Promise<ActionOutcome<O>>;

/** One "enter a current code" form bound to one action. */
function CodeForm<O>({ action, label, submitLabel, variant = "primary", onDone }: {
  action: CodeAction<O>; label: string; submitLabel: string; variant?: "primary" | "danger" | "secondary"; onDone: (data: O) => void;
}) {
  const { form, submit, formError, sessionExpired, closeSessionDialog } = useActionForm(TotpCodeInput, action, { defaultValues: { code: "" }, onSuccess: onDone });
  return (
    <>
      <form onSubmit={submit} noValidate className="space-y-3">
        <FormError message={formError} />
        <TextField label={label} inputMode="numeric" autoComplete="one-time-code" required error={form.formState.errors.code?.message} {...form.register("code")} />
        <Button type="submit" variant={variant} pending={form.formState.isSubmitting}>{submitLabel}</Button>
      </form>
      <SessionExpiredDialog open={sessionExpired} onClose={closeSessionDialog} />
    </>
  );
}

function RecoveryCodes({ codes }: { codes: string[] }) {
  return (
    <section aria-labelledby="recovery-heading" className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-4">
      <h2 id="recovery-heading" className="text-lg font-semibold">Your recovery codes</h2>
      <p>Each code signs you in once if you lose your phone. Save them somewhere safe now: they are not shown again.</p>
      <ul data-testid="recovery-codes" className="grid grid-cols-2 gap-2 font-mono text-base">
        {codes.map((c) => <li key={c}>{c}</li>)}
      </ul>
    </section>
  );
}

export function TwoFactorSettings({ status }: { status: TwoFactorStatus }) {
  const router = useRouter();
  const [enrolment, setEnrolment] = useState<{ secret: string; uri: string } | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();

  const begin = () => start(async () => {
    setError(null);
    setNotice(null);
    const r = await startTotpEnrolment({}).catch(() => null);
    if (r?.ok) setEnrolment(r.data);
    else setError(r?.error ?? "The server could not be reached. Try again.");
  });

  return (
    <div className="max-w-2xl space-y-6">
      {notice && <Alert tone="success">{notice}</Alert>}
      <FormError message={error} />
      {codes && <RecoveryCodes codes={codes} />}
      <p data-testid="two-factor-status">
        {status.enabled
          ? `Two-factor sign-in is on (since ${new Date(status.enabledAt!).toLocaleDateString()}). Recovery codes left: ${status.recoveryCodesLeft}.`
          : "Two-factor sign-in is off."}
        {status.requiredByClinic ? " Your clinic requires it for all staff." : ""}
      </p>

      {enrolment ? (
        <section aria-labelledby="enrol-heading" className="space-y-4">
          <h2 id="enrol-heading" className="text-lg font-semibold">Set up your authenticator app</h2>
          <EnrolmentInstructions secret={enrolment.secret} uri={enrolment.uri} />
          <CodeForm action={confirmTotpEnrolment} label="Code shown in the app" submitLabel="Turn on two-factor"
            onDone={(d) => { setEnrolment(null); setCodes(d.recoveryCodes); setNotice("Two-factor sign-in is on."); router.refresh(); }} />
        </section>
      ) : (
        <Button variant={status.enabled ? "secondary" : "primary"} pending={pending} onClick={begin}>
          {status.enabled ? "Move to a new phone" : "Set up two-factor sign-in"}
        </Button>
      )}

      {status.enabled && !enrolment && (
        <>
          <section aria-labelledby="renew-heading" className="space-y-3">
            <h2 id="renew-heading" className="text-lg font-semibold">New recovery codes</h2>
            <p>Your old codes stop working when you make new ones.</p>
            <CodeForm action={renewRecoveryCodes} label="Current code from your app" submitLabel="Make new recovery codes" variant="secondary"
              onDone={(d) => { setCodes(d.recoveryCodes); setNotice("New recovery codes made."); router.refresh(); }} />
          </section>
          {!status.requiredByClinic && (
            <section aria-labelledby="disable-heading" className="space-y-3">
              <h2 id="disable-heading" className="text-lg font-semibold">Turn off two-factor sign-in</h2>
              <CodeForm action={disableTwoFactor} label="Code to confirm turning off" submitLabel="Turn off two-factor" variant="danger"
                onDone={() => { setCodes(null); setNotice("Two-factor sign-in is off."); router.refresh(); }} />
            </section>
          )}
        </>
      )}
    </div>
  );
}
