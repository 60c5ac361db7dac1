"use client";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select";
import { TextField } from "@/components/ui/field";
import { FormError } from "@/components/forms/form-error";
import { SessionExpiredDialog } from "@/components/forms/session-expired-dialog";
import { useActionForm } from "@/components/forms/use-action-form";
import { startVisit } from "@/lib/actions/visits";
import { StartVisitInput, VISIT_TYPES, VISIT_TYPE_LABELS } from "@/lib/validation/visits";

/** Start a visit for one of the patient's open episodes; the action opens the new visit. */
export function StartVisitForm({ patientId, episodes, suggestedType }: { patientId: string; episodes: { id: string; title: string }[]; suggestedType: string }) {
  const { form, submit, formError, sessionExpired, closeSessionDialog } = useActionForm(StartVisitInput, startVisit, {
    defaultValues: { patientId, episodeId: episodes[0]?.id ?? "", visitType: suggestedType as never, startsAt: "" },
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <>
      <form onSubmit={submit} noValidate className="grid max-w-3xl gap-4 sm:grid-cols-[1fr_1fr_1fr_auto] sm:items-end">
        <div className="sm:col-span-4"><FormError message={formError} /></div>
        <input type="hidden" {...form.register("patientId")} />
        <SelectField label="Episode" options={episodes.map((e) => ({ value: e.id, label: e.title }))} error={errors.episodeId?.message} {...form.register("episodeId")} />
        <SelectField label="Visit type" options={VISIT_TYPES.map((t) => ({ value: t, label: VISIT_TYPE_LABELS[t] }))} error={errors.visitType?.message} {...form.register("visitType")} />
        <TextField label="Date and time" type="datetime-local" hint="Leave empty for now" error={errors.startsAt?.message} {...form.register("startsAt")} />
        <Button type="submit" pending={isSubmitting}>Start visit</Button>
      </form>
      <SessionExpiredDialog open={sessionExpired} onClose={closeSessionDialog} />
    </>
  );
}
