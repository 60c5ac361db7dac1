"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useWatch } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { RadioGroup } from "@/components/ui/choice-group";
import { TextAreaField, TextField } from "@/components/ui/field";
import { FormError } from "@/components/forms/form-error";
import { SessionExpiredDialog } from "@/components/forms/session-expired-dialog";
import { useActionForm } from "@/components/forms/use-action-form";
import { addAddendum } from "@/lib/actions/notes";
import { AddAddendumInput } from "@/lib/validation/notes";

/** Add to a signed note without touching it: an addendum, a correction (quoting the wrong text) or a late entry. */
export function AddendumForm({ noteId }: { noteId: string }) {
  const router = useRouter();
  const [done, setDone] = useState(false);
  const initial = { noteId, kind: "ADDENDUM" as const, reason: "", body: "", correctedText: "", eventAt: "" };
  const { form, submit, formError, sessionExpired, closeSessionDialog } = useActionForm(AddAddendumInput, addAddendum, {
    defaultValues: initial,
    onSuccess: () => { setDone(true); form.reset(initial); router.refresh(); },
  });
  const kind = useWatch({ control: form.control, name: "kind" });
  const e = form.formState.errors;
  return (
    <>
      <form onSubmit={submit} noValidate className="max-w-2xl space-y-4">
        {done && <Alert tone="success">Added and signed.</Alert>}
        <FormError message={formError} />
        <RadioGroup legend="What are you adding?" name="kind" error={e.kind?.message} inputProps={() => form.register("kind")}
          options={[{ value: "ADDENDUM", label: "Addendum", hint: "information available at the visit but left out" }, { value: "CORRECTION", label: "Correction", hint: "the note says something wrong" }, { value: "LATE_ENTRY", label: "Late entry", hint: "documenting an event after the usual time" }]} />
        {kind === "CORRECTION" && <TextAreaField label="Text that was wrong (quoted)" error={e.correctedText?.message} {...form.register("correctedText")} />}
        {kind === "LATE_ENTRY" && <TextField label="When it happened" type="datetime-local" error={e.eventAt?.message} {...form.register("eventAt")} />}
        <TextField label="Reason" required error={e.reason?.message} {...form.register("reason")} />
        <TextAreaField label={kind === "CORRECTION" ? "Corrected text" : "Text"} required error={e.body?.message} {...form.register("body")} />
        <Button type="submit" pending={form.formState.isSubmitting}>Sign and add</Button>
      </form>
      <SessionExpiredDialog open={sessionExpired} onClose={closeSessionDialog} />
    </>
  );
}
