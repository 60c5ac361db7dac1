"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { TextField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select";
import { CheckboxGroup } from "@/components/ui/choice-group";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { FormError } from "@/components/forms/form-error";
import { SessionExpiredDialog } from "@/components/forms/session-expired-dialog";
import { useActionForm } from "@/components/forms/use-action-form";
import { createStaff, updateStaff } from "@/lib/actions/staff";
import { CreateStaffInput, DISCIPLINES, DISCIPLINE_LABELS, UpdateStaffInput, CERTIFICATION_LABELS } from "@/lib/validation/staff";

const ROLE_OPTIONS = [
  { value: "admin", label: "Admin", hint: "staff accounts, settings, audit log" },
  { value: "clinician", label: "Clinician", hint: "charts, exams, notes, care plans" },
  { value: "front_desk", label: "Front desk", hint: "registration and scheduling; no clinical content" },
];

export interface StaffFormValues {
  userId?: string;
  email: string;
  displayName: string;
  roles: string[];
  discipline: string;
  credentials: string;
  licenceNumber: string;
  supervisorUserId: string;
  certifications: string[];
}

type Props = { initial: StaffFormValues; supervisors: { id: string; displayName: string }[] };

function StaffFields({ form, supervisors, isEdit }: { form: ReturnType<typeof useActionForm>["form"]; supervisors: Props["supervisors"]; isEdit: boolean }) {
  const errors = form.formState.errors as Record<string, { message?: string } | undefined>;
  return (
    <>
      <TextField label="Full name" required error={errors.displayName?.message} {...form.register("displayName")} />
      <TextField label="Email" type="email" required readOnly={isEdit} hint={isEdit ? "The sign-in email cannot be changed here." : "The invitation goes to this address."} error={errors.email?.message} {...form.register("email")} />
      <CheckboxGroup legend="Roles" name="roles" options={ROLE_OPTIONS} error={errors.roles?.message} inputProps={() => form.register("roles")} />
      <SelectField label="Discipline" placeholder="Not a clinician" options={DISCIPLINES.map((d) => ({ value: d, label: DISCIPLINE_LABELS[d] }))} error={errors.discipline?.message} {...form.register("discipline")} />
      <TextField label="Credentials" hint="As printed after the name on signed notes, e.g. DC or PT, DPT" error={errors.credentials?.message} {...form.register("credentials")} />
      <TextField label="Licence number" error={errors.licenceNumber?.message} {...form.register("licenceNumber")} />
      <CheckboxGroup legend="Certifications" name="certifications" hint="Techniques that need them are refused without (ART, IASTM for massage therapists, dry needling)."
        options={Object.entries(CERTIFICATION_LABELS).map(([value, label]) => ({ value, label }))} error={errors.certifications?.message} inputProps={() => form.register("certifications")} />
      <SelectField label="Supervising physical therapist" hint="Required for a PT assistant" placeholder="None" options={supervisors.map((s) => ({ value: s.id, label: s.displayName }))} error={errors.supervisorUserId?.message} {...form.register("supervisorUserId")} />
    </>
  );
}

export function CreateStaffForm({ initial, supervisors }: Props) {
  const [invite, setInvite] = useState<string | null>(null);
  const { form, submit, formError, sessionExpired, closeSessionDialog } = useActionForm(CreateStaffInput, createStaff, {
    defaultValues: initial as never,
    onSuccess: (data) => { setInvite(data.inviteLink); form.reset(initial as never); },
  });
  return (
    <>
    <form onSubmit={submit} noValidate className="max-w-xl space-y-5">
      {invite && <Alert tone="success" title="Account created">The invitation is in the outbox. Link: <code className="break-all">{invite}</code></Alert>}
      <FormError message={formError} />
      <StaffFields form={form as never} supervisors={supervisors} isEdit={false} />
      <Button type="submit" pending={form.formState.isSubmitting}>Create account and send invitation</Button>
    </form>
    <SessionExpiredDialog open={sessionExpired} onClose={closeSessionDialog} />
    </>
  );
}

export function EditStaffForm({ initial, supervisors }: Props) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { form, submit, formError, sessionExpired, closeSessionDialog } = useActionForm(UpdateStaffInput, updateStaff, {
    defaultValues: initial as never,
    onSuccess: () => { setSaved(true); router.refresh(); },
  });
  return (
    <>
    <form onSubmit={submit} noValidate className="max-w-xl space-y-5">
      {saved && <Alert tone="success">Changes saved. They apply from this person&apos;s next click.</Alert>}
      <FormError message={formError} />
      <input type="hidden" {...form.register("userId")} />
      <StaffFields form={form as never} supervisors={supervisors} isEdit />
      <Button type="submit" pending={form.formState.isSubmitting}>Save changes</Button>
    </form>
    <SessionExpiredDialog open={sessionExpired} onClose={closeSessionDialog} />
    </>
  );
}
