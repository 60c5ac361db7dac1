import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { ChartFrame } from "@/components/patients/chart-page";
import { SeriesBooking, type OccurrenceView } from "@/components/care-plans/series-booking";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select";
import { requirePatientAccess } from "@/lib/auth/server";
import { getBookingChoices } from "@/lib/data/booking-inputs";
import { getCarePlanProgress } from "@/lib/data/care-plans";
import { proposePlanSeries } from "@/lib/data/series";
import { getClinicSettings } from "@/lib/data/settings";
import { formatInZone, now } from "@/lib/time";
import { isoDate } from "@/lib/validation/dates";
import { stringParam } from "@/lib/validation/paging";

export const metadata: Metadata = { title: "Book the plan" };

const pick = <T extends { id: string }>(list: T[], id: string | undefined, fallback?: (t: T) => boolean) =>
  list.find((x) => x.id === id) ?? (fallback ? list.find(fallback) : undefined) ?? list[0];

/**
 * "Book the plan" (front desk): choose clinician, type and room, see every remaining visit proposed
 * on the patient's preferred days with its conflict status, then book them all in one go.
 * mode=one books a single visit (a re-exam, or rebooking a no-show) the same way.
 */
export default async function BookPlanPage({ params, searchParams }: { params: Promise<{ patientId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { patientId } = await params;
  const sp = await searchParams;
  const caller = await requirePatientAccess(patientId, "schedule.write", "care_plan.book");
  const db = getDb();
  const settings = await getClinicSettings(db);
  const at = now();
  const [progress, choices] = await Promise.all([getCarePlanProgress(db, caller, patientId, { now: at, timeZone: settings.timeZone }), getBookingChoices(db)]);
  const mode = stringParam(sp.mode) === "one" ? "one" : "plan";
  const plan = progress.find((p) => p.episodeId === stringParam(sp.episodeId)) ?? progress.find((p) => p.status === "active") ?? null;
  const wantReexam = stringParam(sp.kind) === "reexam";
  const clinician = pick(choices.clinicians, stringParam(sp.clinicianId));
  const type = pick(choices.types, stringParam(sp.typeId), (t) => (wantReexam ? /re-?exam/i.test(t.name) : /follow/i.test(t.name)));
  const roomId = choices.rooms.some((r) => r.id === stringParam(sp.roomId)) ? stringParam(sp.roomId)! : "";
  const startParam = stringParam(sp.start, 10);
  const startDate = startParam && isoDate("Start").safeParse(startParam).success ? startParam : undefined;
  const back = `/patients/${patientId}/care-plan`;

  const proposal = clinician && type && (mode === "one" || (plan && plan.remaining > 0))
    ? await proposePlanSeries(db, caller, {
        plan, patientId, clinicianId: clinician.id, roomId: roomId || null, durationMinutes: type.durationMinutes, mode, startDate, now: at, timeZone: settings.timeZone,
      })
    : null;
  const occurrences: OccurrenceView[] = (proposal?.occurrences ?? []).map((o) => ({
    index: o.index, startsAt: o.startsAt, status: o.status, label: formatInZone(o.startsAt, settings.timeZone),
    alternative: o.alternative ? { startsAt: o.alternative.startsAt, label: formatInZone(o.alternative.startsAt, settings.timeZone) } : null,
  }));

  return (
    <ChartFrame caller={caller} patientId={patientId} current="care-plan">
      <h2 className="mb-1 text-xl font-semibold">{mode === "one" ? (wantReexam ? "Book the re-exam" : "Book a visit") : "Book the plan"}</h2>
      <p className="mb-4 text-slate-700">
        {plan ? `Episode: ${plan.episodeTitle} · ${plan.planned} planned, ${plan.done} done, ${plan.booked} booked, ${plan.remaining} to book.` : "No active care plan: one visit at a time."}{" "}
        <Link href={back} className="underline">Back to the care plan</Link>
      </p>
      {choices.clinicians.length === 0 || choices.types.length === 0 ? (
        <p>No clinicians or appointment types are set up yet: ask an administrator to add them.</p>
      ) : (
        <form method="get" className="mb-6 grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-5 lg:items-end">
          {plan && <input type="hidden" name="episodeId" value={plan.episodeId} />}
          <input type="hidden" name="mode" value={mode} />
          {wantReexam && <input type="hidden" name="kind" value="reexam" />}
          <SelectField label="Clinician" name="clinicianId" defaultValue={clinician?.id} options={choices.clinicians.map((c) => ({ value: c.id, label: c.discipline ? `${c.name} (${c.discipline})` : c.name }))} />
          <SelectField label="Appointment type" name="typeId" defaultValue={type?.id} options={choices.types.map((t) => ({ value: t.id, label: `${t.name} (${t.durationMinutes} min)` }))} />
          <SelectField label="Room" name="roomId" defaultValue={roomId} placeholder="No room" options={choices.rooms.map((r) => ({ value: r.id, label: r.name }))} />
          <TextField label="From date" name="start" type="date" defaultValue={proposal?.startDate ?? startDate ?? ""} />
          <Button type="submit" variant="secondary">Propose visits</Button>
        </form>
      )}
      {mode === "plan" && plan && plan.remaining === 0 && <p>All planned visits are booked or done.</p>}
      {mode === "plan" && !plan && <p>This patient has no active care plan to book. A clinician sets one on the Care plan tab.</p>}
      {proposal && clinician && type && (
        <section aria-labelledby="proposal">
          <h3 id="proposal" className="mb-2 text-lg font-semibold">Proposed visits with {clinician.name}</h3>
          <SeriesBooking
            occurrences={occurrences}
            base={{ patientId, episodeId: plan?.episodeId, clinicianId: clinician.id, appointmentTypeId: type.id, roomId: roomId || undefined }}
          />
        </section>
      )}
    </ChartFrame>
  );
}
