import { SelectField } from "@/components/ui/select";
import { TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";

/** A GET form: filters live in the URL, so a filtered view can be bookmarked or shared with another admin. */
export function AuditFilterForm({ values, actions, users }: {
  values: { userId?: string; patientId?: string; action?: string; from?: string; to?: string };
  actions: string[];
  users: { id: string; label: string }[];
}) {
  return (
    <form method="get" className="mb-6 grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-3 lg:grid-cols-6" aria-label="Filter the audit log">
      <SelectField label="User" name="user" placeholder="Anyone" defaultValue={values.userId ?? ""} options={users.map((u) => ({ value: u.id, label: u.label }))} />
      <TextField label="Patient id" name="patient" defaultValue={values.patientId ?? ""} hint="Paste from the chart URL" />
      <SelectField label="Action" name="action" placeholder="Any action" defaultValue={values.action ?? ""} options={actions.map((a) => ({ value: a, label: a }))} />
      <TextField label="From" name="from" type="date" defaultValue={values.from ?? ""} />
      <TextField label="To" name="to" type="date" defaultValue={values.to ?? ""} />
      <div className="flex items-end"><Button type="submit" variant="secondary">Apply filters</Button></div>
    </form>
  );
}
