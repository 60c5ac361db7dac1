"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { z } from "zod";
import type { FieldValues } from "react-hook-form";
import { TextAreaField, TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { FormError } from "./form-error";
import { SessionExpiredDialog } from "./session-expired-dialog";
import { useActionForm, type ActionOutcome } from "./use-action-form";
import { SIMPLE_SCHEMAS, type SimpleSchemaName } from "./simple-schemas";

export type SimpleField = { name: string; label: string; type?: "text" | "date" | "textarea"; hint?: string; required?: boolean };

/**
 * A short form (a few text fields plus fixed hidden values) bound to one action: used for
 * opening/closing episodes, voiding a record, acknowledging a red flag.
 */
export function SimpleActionForm<N extends SimpleSchemaName, O>({ schema: schemaName, action, hidden, fields, submitLabel, done, variant = "primary", defaults = {} }: {
  schema: N;
  action: (input: z.input<(typeof SIMPLE_SCHEMAS)[N]>) => Promise<ActionOutcome<O>>;
  hidden: Record<string, string>;
  fields: SimpleField[];
  submitLabel: string;
  done: string;
  variant?: "primary" | "danger" | "secondary";
  defaults?: Record<string, string>;
}) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const initial = { ...Object.fromEntries(fields.map((f) => [f.name, ""])), ...defaults, ...hidden };
  const schema = SIMPLE_SCHEMAS[schemaName] as unknown as z.ZodType<FieldValues, FieldValues>;
  const { form, submit, formError, sessionExpired, closeSessionDialog } = useActionForm(schema, action as never, {
    defaultValues: initial as never,
    onSuccess: () => { setSaved(true); form.reset(initial as never); router.refresh(); },
  });
  const errors = form.formState.errors as Record<string, { message?: string } | undefined>;
  return (
    <>
      <form onSubmit={submit} noValidate className="space-y-4">
        {saved && <Alert tone="success">{done}</Alert>}
        <FormError message={formError} />
        {Object.keys(hidden).map((k) => <input key={k} type="hidden" {...form.register(k as never)} />)}
        {fields.map((f) => f.type === "textarea"
          ? <TextAreaField key={f.name} label={f.label} hint={f.hint} required={f.required} error={errors[f.name]?.message} {...form.register(f.name as never)} />
          : <TextField key={f.name} label={f.label} type={f.type ?? "text"} hint={f.hint} required={f.required} error={errors[f.name]?.message} {...form.register(f.name as never)} />)}
        <Button type="submit" variant={variant} pending={form.formState.isSubmitting}>{submitLabel}</Button>
      </form>
      <SessionExpiredDialog open={sessionExpired} onClose={closeSessionDialog} />
    </>
  );
}
