"use client";
import { useRef, useState } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";

/** What every server action returns (lib/actions/core.ts); repeated here because that module is server-only. */
export type ActionOutcome<O> =
  | { ok: true; data: O; redirectTo?: string }
  | { ok: false; code: string; error: string; fieldErrors?: Record<string, string[]>; errorId?: string; details?: Record<string, unknown> };

type ServerAction<I, O> = (input: I, options?: { idempotencyKey?: string }) => Promise<ActionOutcome<O>>;

/**
 * react-hook-form + the zod schema the server also uses, wired to a server action:
 * field messages from either side land next to their fields; an expired session opens the
 * sign-in dialog instead of navigating away, so nothing typed is lost; a repeated click reuses
 * one idempotency key until the call succeeds.
 */
export function useActionForm<S extends z.ZodType<FieldValues, FieldValues>, O>(
  schema: S,
  serverAction: ServerAction<z.input<S>, O>,
  opts: { defaultValues?: DefaultValues<z.input<S>>; onSuccess?: (data: O) => void; onFailure?: (result: Extract<ActionOutcome<O>, { ok: false }>) => void } = {},
) {
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver: zodResolver(schema as never) as never,
    defaultValues: opts.defaultValues,
    mode: "onTouched",
  });
  const [formError, setFormError] = useState<string | null>(null);
  const [sessionExpired, setSessionExpired] = useState(false);
  const idempotencyKey = useRef<string | null>(null);

  async function onValid() {
    setFormError(null);
    idempotencyKey.current ??= crypto.randomUUID();
    let result: ActionOutcome<O> | undefined;
    try {
      // Send what the user typed; the server parses it with the same schema.
      result = await serverAction(form.getValues(), { idempotencyKey: idempotencyKey.current });
    } catch {
      setFormError("The server could not be reached. Your entries are kept; try again in a moment.");
      return;
    }
    if (!result) return; // the action redirected
    if (result.ok) {
      idempotencyKey.current = null;
      opts.onSuccess?.(result.data);
      return;
    }
    if (result.code === "session_expired") {
      setSessionExpired(true);
      return;
    }
    opts.onFailure?.(result);
    const fieldErrors = result.fieldErrors ?? {};
    let placed = false;
    for (const [field, messages] of Object.entries(fieldErrors)) {
      if (field === "_form") continue;
      form.setError(field as Path<z.input<S>>, { type: "server", message: messages[0] }, { shouldFocus: !placed });
      placed = true;
    }
    setFormError(fieldErrors._form?.[0] ?? result.error);
  }
  // handleSubmit is bound inside the event, so the idempotency ref is only touched there.
  const submit = (event?: React.BaseSyntheticEvent) => form.handleSubmit(onValid)(event);

  return { form, submit, formError, sessionExpired, closeSessionDialog: () => setSessionExpired(false) };
}
