"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormError } from "@/components/forms/form-error";
import { SessionExpiredDialog } from "@/components/forms/session-expired-dialog";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select";
import { setScopeOverride } from "@/lib/actions/settings";
import { COMPONENTS } from "@/lib/domain/treatment/components/catalogue";
import { DISCIPLINE_LABELS, DISCIPLINES } from "@/lib/domain/treatment/types";
import { SCOPE_STATUS_LABELS, SetScopeOverrideInput } from "@/lib/validation/scope";

/** Add or replace one jurisdiction rule; the same schema checks it on the server. */
export function ScopeOverrideForm() {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { form, submit, formError, sessionExpired, closeSessionDialog } = useActionForm(SetScopeOverrideInput, setScopeOverride, {
    defaultValues: { componentCode: "" as never, discipline: "" as never, status: "" as never, text: "" },
    onSuccess: () => { setSaved(true); form.reset(); router.refresh(); },
  });
  const e = form.formState.errors;
  return (
    <>
      <form onSubmit={submit} noValidate className="grid max-w-3xl gap-4 sm:grid-cols-2">
        {saved && <div className="sm:col-span-2"><Alert tone="success">Rule saved.</Alert></div>}
        <div className="sm:col-span-2"><FormError message={formError} /></div>
        <SelectField label="Treatment component" placeholder="Choose…" options={COMPONENTS.map((c) => ({ value: c.code, label: c.label }))} error={e.componentCode?.message} {...form.register("componentCode")} />
        <SelectField label="Discipline" placeholder="Choose…" options={DISCIPLINES.map((d) => ({ value: d, label: DISCIPLINE_LABELS[d] }))} error={e.discipline?.message} {...form.register("discipline")} />
        <SelectField label="In this clinic's state" placeholder="Choose…" options={Object.entries(SCOPE_STATUS_LABELS).map(([value, label]) => ({ value, label }))} error={e.status?.message} {...form.register("status")} />
        <TextField label="Rule or source" hint="e.g. State board rule 12.3 (2025)" error={e.text?.message} {...form.register("text")} />
        <div><Button type="submit">Save rule</Button></div>
      </form>
      <SessionExpiredDialog open={sessionExpired} onClose={closeSessionDialog} />
    </>
  );
}
