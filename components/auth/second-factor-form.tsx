"use client";
import { useEffect, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/forms/form-error";
import { secondFactorAction } from "@/lib/actions/session";
import { SecondFactorInput } from "@/lib/validation/auth";
import { EnrolmentInstructions } from "./enrolment-instructions";

export interface SecondStep {
  challenge: string;
  /** present when the clinic requires two-factor and this account has no authenticator yet */
  enrolment?: { secret: string; uri: string };
}

/** The second sign-in step. No session exists yet: the server checks the code, then signs in. */
export function SecondFactorForm({ step, next, onRestart }: { step: SecondStep; next?: string; onRestart: (message: string | null) => void }) {
  const form = useForm<SecondFactorInput>({ resolver: zodResolver(SecondFactorInput), defaultValues: { challenge: step.challenge, code: "", next } });
  const [error, setError] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const { errors, isSubmitting } = form.formState;
  useEffect(() => heading.current?.focus(), []);

  const submit = form.handleSubmit(async (values) => {
    setError(null);
    const result = await secondFactorAction(values).catch(() => ({ ok: false as const, error: "The server could not be reached. Try again in a moment." }));
    if (!result) return; // signed in: redirected
    form.setValue("code", "");
    if (result.error && /expired|locked/.test(result.error)) return onRestart(result.error);
    setError(result.error ?? null);
    for (const [field, messages] of Object.entries(("fieldErrors" in result && result.fieldErrors) || {})) {
      form.setError(field as keyof SecondFactorInput, { message: messages[0] });
    }
  });

  return (
    <form onSubmit={submit} noValidate className="space-y-5" aria-labelledby="second-factor-heading">
      <h2 id="second-factor-heading" ref={heading} tabIndex={-1} className="text-lg font-semibold">
        {step.enrolment ? "Set up two-factor sign-in" : "Two-factor sign-in"}
      </h2>
      <FormError message={error} />
      {step.enrolment ? (
        <EnrolmentInstructions secret={step.enrolment.secret} uri={step.enrolment.uri} intro="Your clinic requires a code from an authenticator app for every staff sign-in." />
      ) : (
        <p className="text-slate-700">Enter the 6-digit code from your authenticator app. Lost your phone? Enter one of your recovery codes instead.</p>
      )}
      <TextField label={step.enrolment ? "Code shown in the app" : "Authentication code"} inputMode="text" autoComplete="one-time-code" required
        hint={step.enrolment ? undefined : "6 digits, or a recovery code like k7qm2-x9fha"} error={errors.code?.message} {...form.register("code")} />
      <input type="hidden" {...form.register("challenge")} />
      <input type="hidden" {...form.register("next")} />
      <Button type="submit" pending={isSubmitting} className="w-full">{step.enrolment ? "Turn on and sign in" : "Verify and sign in"}</Button>
      <p className="text-sm">
        <button type="button" className="font-medium text-teal-800 underline" onClick={() => onRestart(null)}>Start again</button>
      </p>
    </form>
  );
}
