"use client";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import { TextField } from "@/components/ui/field";
import { Checkbox, RadioGroup } from "@/components/ui/choice-group";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/forms/form-error";
import { SessionExpiredDialog } from "@/components/forms/session-expired-dialog";
import { useActionForm } from "@/components/forms/use-action-form";
import { recordDeskConsent, signMyConsent } from "@/lib/actions/consents";
import { RecordDeskConsentInput, SignMyConsentInput } from "@/lib/validation/consents";

type Ids = { patientId: string; consentTextId: string; today: string };

/** Typed name, date and the explicit agreement: the same three things whoever signs, wherever. */
function SignatureFields({ form, nameLabel, nameHint }: { form: UseFormReturn<FieldValues>; nameLabel: string; nameHint: string }) {
  const errors = form.formState.errors as Record<string, { message?: string } | undefined>;
  return (
    <>
      <input type="hidden" {...form.register("patientId")} />
      <input type="hidden" {...form.register("consentTextId")} />
      <TextField label={nameLabel} hint={nameHint} autoComplete="name" required error={errors.signedName?.message} {...form.register("signedName")} />
      <TextField label="Date" type="date" required error={errors.signedOn?.message} {...form.register("signedOn")} />
      <Checkbox label="I have read and agree to the text above" required error={errors.agree?.message} {...form.register("agree")} />
    </>
  );
}

/**
 * At the desk the patient (or a minor's guardian) signs on the desk's screen. On success the
 * action redirects back to the consents tab, so the chart header's "Missing" notice refreshes.
 */
export function DeskConsentForm({ patientId, consentTextId, today, minor }: Ids & { minor: boolean }) {
  const { form, submit, formError, sessionExpired, closeSessionDialog } = useActionForm(RecordDeskConsentInput, recordDeskConsent, {
    // agree starts false: the schema accepts only an explicit tick
    defaultValues: { patientId, consentTextId, signedName: "", signedOn: today, signerRelationship: minor ? "guardian" : "self", agree: false as never },
  });
  const relationshipError = (form.formState.errors.signerRelationship?.message as string | undefined);
  return (
    <>
      <form onSubmit={submit} noValidate className="mt-4 max-w-xl space-y-4">
        <FormError message={formError} />
        {minor ? (
          <>
            <input type="hidden" {...form.register("signerRelationship")} />
            <p className="text-sm text-slate-800">This patient is under 18: a parent or guardian signs, with their own name.</p>
          </>
        ) : (
          <RadioGroup legend="Who is signing?" name="signerRelationship" error={relationshipError}
            options={[{ value: "self", label: "The patient" }, { value: "guardian", label: "A parent, guardian or legal representative" }]}
            inputProps={() => form.register("signerRelationship")} />
        )}
        <SignatureFields form={form as unknown as UseFormReturn<FieldValues>} nameLabel="Typed name of the person signing" nameHint="The signer types their own full name." />
        <Button type="submit" pending={form.formState.isSubmitting}>Record signature</Button>
      </form>
      <SessionExpiredDialog open={sessionExpired} onClose={closeSessionDialog} />
    </>
  );
}

/** In the portal; the account's name is offered, and whether it signs as self or guardian comes from its link. */
export function PortalConsentForm({ patientId, consentTextId, today, defaultName }: Ids & { defaultName: string }) {
  const { form, submit, formError, sessionExpired, closeSessionDialog } = useActionForm(SignMyConsentInput, signMyConsent, {
    defaultValues: { patientId, consentTextId, signedName: defaultName, signedOn: today, agree: false as never },
  });
  return (
    <>
      <form onSubmit={submit} noValidate className="mt-6 space-y-4">
        <FormError message={formError} />
        <SignatureFields form={form as unknown as UseFormReturn<FieldValues>} nameLabel="Your full name" nameHint="Typing your name here is your signature." />
        <Button type="submit" className="w-full sm:w-auto" pending={form.formState.isSubmitting}>Sign and send</Button>
      </form>
      <SessionExpiredDialog open={sessionExpired} onClose={closeSessionDialog} />
    </>
  );
}
