"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select";
import { recordProcedureConsent } from "@/lib/actions/treatment";
import { CONSENT_KIND_LABELS, RecordProcedureConsentInput } from "@/lib/validation/treatment";

/** Record the episode's consent for a procedure that needs one (HVLA, dry needling, bruising risk). */
export function ConsentForm({ visitId }: { visitId: string }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [values, setValues] = useState({ kind: "", consentType: "", notes: "" });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [outcome, setOutcome] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const set = (k: keyof typeof values) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [k]: e.target.value }));

  function submit(e: React.FormEvent) {
    e.preventDefault();
    const input = { visitId, kind: values.kind, consentType: values.consentType, ...(values.notes.trim() ? { notes: values.notes } : {}) };
    const local = RecordProcedureConsentInput.safeParse(input);
    if (!local.success) { setErrors(Object.fromEntries(local.error.issues.map((i) => [String(i.path[0]), i.message]))); return; }
    setErrors({});
    start(async () => {
      const r = await recordProcedureConsent(local.data).catch(() => null);
      if (!r) return setOutcome({ tone: "error", text: "The server could not be reached. Try again." });
      if (!r.ok) { setErrors(Object.fromEntries(Object.entries(r.fieldErrors ?? {}).map(([k, m]) => [k, m[0]]))); return setOutcome({ tone: "error", text: r.error }); }
      setOutcome({ tone: "success", text: "Consent recorded." });
      setValues({ kind: "", consentType: "", notes: "" });
      router.refresh();
    });
  }

  return (
    <form onSubmit={submit} noValidate className="max-w-xl space-y-4">
      {outcome && <Alert tone={outcome.tone}>{outcome.text}</Alert>}
      <SelectField label="Consent for" name="kind" placeholder="Choose…" value={values.kind} error={errors.kind} onChange={set("kind")}
        options={Object.entries(CONSENT_KIND_LABELS).map(([value, label]) => ({ value, label }))} />
      <SelectField label="Consent given" name="consentType" placeholder="Choose…" value={values.consentType} error={errors.consentType} onChange={set("consentType")}
        options={[{ value: "VERBAL", label: "Verbal" }, { value: "WRITTEN", label: "Written" }]} />
      <TextField label="Consent note" name="notes" value={values.notes} error={errors.notes} hint="e.g. risks explained, questions answered" onChange={set("notes")} />
      <Button type="submit" variant="secondary" pending={pending}>Record consent</Button>
    </form>
  );
}
