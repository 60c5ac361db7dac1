"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { FormError } from "@/components/forms/form-error";
import { SessionExpiredDialog } from "@/components/forms/session-expired-dialog";
import { useActionForm } from "@/components/forms/use-action-form";
import { updatePatient } from "@/lib/actions/patients";
import { UpdatePatientInput } from "@/lib/validation/patients";
import { DemographicFields } from "./demographic-fields";

/** Edit demographics; a save based on an outdated copy is refused and the typed values stay. */
export function EditPatientForm({ initial }: { initial: UpdatePatientInput }) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { form, submit, formError, sessionExpired, closeSessionDialog } = useActionForm(UpdatePatientInput, updatePatient, {
    defaultValues: initial,
    onSuccess: (data) => {
      form.setValue("version", data.version);
      setSaved(true);
      router.refresh();
    },
  });
  return (
    <>
      <form onSubmit={submit} noValidate className="max-w-3xl space-y-6">
        {saved && <Alert tone="success">Demographics saved.</Alert>}
        <FormError message={formError} />
        <input type="hidden" {...form.register("patientId")} />
        <input type="hidden" {...form.register("version")} />
        <DemographicFields register={form.register} errors={form.formState.errors} />
        <Button type="submit" pending={form.formState.isSubmitting}>Save demographics</Button>
      </form>
      <SessionExpiredDialog open={sessionExpired} onClose={closeSessionDialog} />
    </>
  );
}
