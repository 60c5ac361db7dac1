"use client";
import { TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { acceptInvite, resetPassword } from "@/lib/actions/account";
import { PASSWORD_MIN, SetPasswordInput } from "@/lib/validation/auth";

/** Choose a password from an invite or reset link; the action redirects to sign-in when done. */
export function SetPasswordForm({ token, purpose }: { token: string; purpose: "invite" | "reset" }) {
  const { form, submit, formError } = useActionForm(SetPasswordInput, purpose === "invite" ? acceptInvite : resetPassword, {
    defaultValues: { token, password: "", confirm: "" },
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={submit} noValidate className="space-y-5">
      <FormError message={formError ?? errors.token?.message ?? null} />
      <input type="hidden" {...form.register("token")} />
      <TextField
        label="New password" type="password" autoComplete="new-password" required
        hint={`At least ${PASSWORD_MIN} characters. A few unrelated words make a strong, memorable password.`}
        error={errors.password?.message} {...form.register("password")}
      />
      <TextField label="Repeat the password" type="password" autoComplete="new-password" required error={errors.confirm?.message} {...form.register("confirm")} />
      <Button type="submit" pending={isSubmitting} className="w-full">{purpose === "invite" ? "Create my password" : "Change my password"}</Button>
    </form>
  );
}
