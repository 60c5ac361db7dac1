"use client";
import Link from "next/link";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/forms/form-error";
import { signInAction, type SignInResult } from "@/lib/actions/session";
import { SignInInput } from "@/lib/validation/auth";
import { SecondFactorForm, type SecondStep } from "./second-factor-form";

const UNREACHABLE = { ok: false as const, error: "The server could not be reached. Try again in a moment." };

export function SignInForm({ next }: { next?: string }) {
  const form = useForm<SignInInput>({ resolver: zodResolver(SignInInput), defaultValues: { email: "", password: "", next } });
  const [error, setError] = useState<string | null>(null);
  const [secondStep, setSecondStep] = useState<SecondStep | null>(null);
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    setError(null);
    const result: SignInResult | undefined = await signInAction(values).catch(() => UNREACHABLE);
    if (!result) return; // signed in: the action redirected
    form.setValue("password", "");
    if ("step" in result && result.step) {
      setSecondStep({ challenge: result.challenge, enrolment: result.enrolment });
      return;
    }
    setError(result.error ?? null);
    for (const [field, messages] of Object.entries(("fieldErrors" in result && result.fieldErrors) || {})) {
      form.setError(field as keyof SignInInput, { message: messages[0] });
    }
  });

  if (secondStep) {
    return <SecondFactorForm step={secondStep} next={next} onRestart={(message) => { setSecondStep(null); setError(message); }} />;
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-5" aria-label="Sign in">
      <FormError message={error} />
      <TextField label="Email" type="email" autoComplete="username" required error={errors.email?.message} {...form.register("email")} />
      <TextField label="Password" type="password" autoComplete="current-password" required error={errors.password?.message} {...form.register("password")} />
      <input type="hidden" {...form.register("next")} />
      <Button type="submit" pending={isSubmitting} className="w-full">Sign in</Button>
      <p className="text-sm">
        <Link href="/forgot-password" className="font-medium text-teal-800 underline">Forgot your password?</Link>
      </p>
    </form>
  );
}
