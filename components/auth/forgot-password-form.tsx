"use client";
import { useState } from "react";
import { TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { requestPasswordReset } from "@/lib/actions/account";
import { ForgotPasswordInput } from "@/lib/validation/auth";

export function ForgotPasswordForm() {
  const [sent, setSent] = useState<string | null>(null);
  const { form, submit, formError } = useActionForm(ForgotPasswordInput, requestPasswordReset, {
    defaultValues: { email: "" },
    onSuccess: (data) => setSent(data.message),
  });
  if (sent) return <Alert tone="success">{sent}</Alert>;
  return (
    <form onSubmit={submit} noValidate className="space-y-5">
      <FormError message={formError} />
      <TextField label="Email" type="email" autoComplete="email" required error={form.formState.errors.email?.message} {...form.register("email")} />
      <Button type="submit" pending={form.formState.isSubmitting} className="w-full">Send reset link</Button>
    </form>
  );
}
