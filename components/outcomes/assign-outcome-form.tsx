"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select";
import { FormError } from "@/components/forms/form-error";
import { SessionExpiredDialog } from "@/components/forms/session-expired-dialog";
import { useActionForm } from "@/components/forms/use-action-form";
import { assignOutcome } from "@/lib/actions/outcomes";
import { AssignOutcomeInput, MEASURE_OPTIONS } from "@/lib/validation/outcomes";

/** Send a measure to the patient's portal; the link is also shown, to read out or copy. */
export function AssignOutcomeForm({ patientId, episodes }: { patientId: string; episodes: { id: string; title: string }[] }) {
  const router = useRouter();
  const [link, setLink] = useState<string | null>(null);
  const defaults = { patientId, episodeId: episodes[0]?.id ?? "", version: "" as never };
  const { form, submit, formError, sessionExpired, closeSessionDialog } = useActionForm(AssignOutcomeInput, assignOutcome, {
    defaultValues: defaults,
    onSuccess: (data) => { setLink(data.link); form.reset(defaults); router.refresh(); },
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <>
      <form onSubmit={submit} noValidate className="space-y-4" aria-label="Send a questionnaire to the portal">
        {link && <Alert tone="success">Sent to the patient&apos;s portal; the link is in the outbox. Link: <code className="break-all">{link}</code></Alert>}
        <FormError message={formError} />
        <input type="hidden" {...form.register("patientId")} />
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField label="Episode" options={episodes.map((e) => ({ value: e.id, label: e.title }))} error={errors.episodeId?.message} {...form.register("episodeId")} />
          <SelectField label="Questionnaire" placeholder="Choose a questionnaire" options={MEASURE_OPTIONS} error={errors.version?.message} {...form.register("version")} />
        </div>
        <Button type="submit" variant="secondary" pending={isSubmitting}>Send to the patient&apos;s portal</Button>
      </form>
      <SessionExpiredDialog open={sessionExpired} onClose={closeSessionDialog} />
    </>
  );
}
