import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select";
import type { Clinician, Location } from "@/lib/data/schedule";

/** A plain GET form: the chosen view is in the URL, so it can be bookmarked and works without JavaScript. */
export function ScheduleFilters({ date, view, clinicianId, locationId, clinicians, locations }: {
  date: string; view: "day" | "week"; clinicianId: string; locationId: string; clinicians: Clinician[]; locations: Location[];
}) {
  return (
    <form method="get" action="/schedule" className="grid gap-3 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-2 lg:grid-cols-5 lg:items-end">
      <TextField label="Date" name="date" type="date" defaultValue={date} />
      <SelectField label="View" name="view" defaultValue={view} options={[{ value: "day", label: "Day" }, { value: "week", label: "Week" }]} />
      <SelectField label="Location" name="location" defaultValue={locationId} options={locations.map((l) => ({ value: l.id, label: l.name }))} />
      <SelectField label="Clinician" name="clinician" defaultValue={clinicianId} placeholder="All clinicians"
        hint={undefined} options={clinicians.map((c) => ({ value: c.id, label: c.discipline ? `${c.name} (${c.discipline})` : c.name }))} />
      <Button type="submit" variant="secondary">Show</Button>
    </form>
  );
}
