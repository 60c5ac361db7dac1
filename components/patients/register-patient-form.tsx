"use client";
import Link from "next/link";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { FormError } from "@/components/forms/form-error";
import { SessionExpiredDialog } from "@/components/forms/session-expired-dialog";
import { useActionForm } from "@/components/forms/use-action-form";
import { registerPatient, type RegisterResult } from "@/lib/actions/patients";
import { RegisterPatientInput } from "@/lib/validation/patients";
import { DemographicFields } from "./demographic-fields";

type Match = Extract<RegisterResult, { status: "possible_duplicate" }>["matches"][number];

/** Registration with a duplicate check: a likely match is shown before anything is created. */
export function RegisterPatientForm() {
  const [matches, setMatches] = useState<Match[] | null>(null);
  const { form, submit, formError, sessionExpired, closeSessionDialog } = useActionForm(RegisterPatientInput, registerPatient, {
    defaultValues: { legalFirstName: "", legalLastName: "", dateOfBirth: "", sex: undefined as never, confirmNotDuplicate: false },
    onSuccess: (data) => setMatches(data.status === "possible_duplicate" ? data.matches : null),
  });
  return (
    <>
      <form onSubmit={submit} noValidate className="max-w-3xl space-y-6">
        <FormError message={formError} />
        <DemographicFields register={form.register} errors={form.formState.errors} />
        {matches && (
          <Alert tone="warning" title="This may be a patient who is already registered">
            <p>Same name and date of birth as:</p>
            <ul className="my-2 list-disc pl-5">
              {matches.map((m) => (
                <li key={m.id}><Link href={`/patients/${m.id}`} className="font-medium underline">{m.name}</Link>, born {m.dateOfBirth} ({m.mrn})</li>
              ))}
            </ul>
            <p>Open that record instead, or confirm this is a different person and register again.</p>
            <label className="mt-3 flex min-h-11 items-center gap-2">
              <input type="checkbox" className="size-5" {...form.register("confirmNotDuplicate")} />
              This is a different person: register anyway
            </label>
          </Alert>
        )}
        <Button type="submit" pending={form.formState.isSubmitting}>Register patient</Button>
      </form>
      <SessionExpiredDialog open={sessionExpired} onClose={closeSessionDialog} />
    </>
  );
}
