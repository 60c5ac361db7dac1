"use client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/forms/form-error";
import { SessionExpiredDialog } from "@/components/forms/session-expired-dialog";
import { useActionForm } from "@/components/forms/use-action-form";
import { completeMyOutcome } from "@/lib/actions/outcomes";
import { CompleteMyOutcomeInput, measureByVersion } from "@/lib/validation/outcomes";
import { MeasureItems, errorAt, type MeasureFormApi } from "./measure-items";

/**
 * The patient's questionnaire, phone first: one card per question, big answers, one button. What is
 * missing is named before anything is sent; on success the action takes the patient home.
 */
export function PortalOutcomeForm({ responseId, version, lockedActivities }: { responseId: string; version: string; lockedActivities: Record<string, string> }) {
  const def = measureByVersion(version)!;
  const { form, submit, formError, sessionExpired, closeSessionDialog } = useActionForm(CompleteMyOutcomeInput, completeMyOutcome, {
    defaultValues: { responseId, version: version as never, answers: {}, activities: {} },
  });
  const api = form as unknown as MeasureFormApi;
  // Patients read plain words: what is still needed and which questions are not answered yet.
  const scoreError = errorAt(api, "score")?.replace(/^This \w+ cannot be scored: /, "A few more answers are needed: ").replace("Still to answer:", "Not answered yet:");
  return (
    <>
      <form onSubmit={submit} noValidate className="space-y-4" aria-label={def.name}>
        <input type="hidden" {...form.register("responseId")} />
        <input type="hidden" {...form.register("version")} />
        <MeasureItems form={api} def={def} locked={lockedActivities} audience="patient" />
        <FormError message={formError} />
        {scoreError && <Alert tone="error">{scoreError}</Alert>}
        <Button type="submit" className="w-full sm:w-auto" pending={form.formState.isSubmitting}>Send to the clinic</Button>
      </form>
      <SessionExpiredDialog open={sessionExpired} onClose={closeSessionDialog} />
    </>
  );
}
