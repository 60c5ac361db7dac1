"use client";
import { useState } from "react";
import { TextField } from "@/components/ui/field";
import { RadioGroup } from "@/components/ui/choice-group";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { FormError } from "@/components/forms/form-error";
import { SessionExpiredDialog } from "@/components/forms/session-expired-dialog";
import { useActionForm } from "@/components/forms/use-action-form";
import { invitePatientToPortal } from "@/lib/actions/portal-access";
import { PortalInviteInput } from "@/lib/validation/staff";

/** Send a single-use portal link through the outbox; the link is also shown so it can be copied. */
export function PortalInviteForm({ patientId, defaultEmail, defaultName }: { patientId: string; defaultEmail: string; defaultName: string }) {
  const [link, setLink] = useState<string | null>(null);
  const { form, submit, formError, sessionExpired, closeSessionDialog } = useActionForm(PortalInviteInput, invitePatientToPortal, {
    defaultValues: { patientId, email: defaultEmail, displayName: defaultName, relationship: "self" },
    onSuccess: (data) => setLink(data.link),
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <>
    <form onSubmit={submit} noValidate className="space-y-4">
      <h3 className="font-semibold">Invite to the portal</h3>
      {link && (
        <Alert tone="success" title="Invitation sent">
          The link is in the outbox. To share it another way, copy it: <code className="break-all">{link}</code>
        </Alert>
      )}
      <FormError message={formError} />
      <input type="hidden" {...form.register("patientId")} />
      <TextField label="Name on the account" required error={errors.displayName?.message} {...form.register("displayName")} />
      <TextField label="Email" type="email" required error={errors.email?.message} {...form.register("email")} />
      <RadioGroup
        legend="Who will use the account?"
        name="relationship"
        options={[{ value: "self", label: "The patient" }, { value: "guardian", label: "A parent or guardian (for a minor)" }]}
        error={errors.relationship?.message}
        inputProps={() => form.register("relationship")}
      />
      <Button type="submit" pending={isSubmitting}>Send invitation</Button>
    </form>
    <SessionExpiredDialog open={sessionExpired} onClose={closeSessionDialog} />
    </>
  );
}
