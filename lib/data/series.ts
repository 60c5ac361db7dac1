import "server-only";
import type { DbOrTx } from "@/db/client";
import type { Caller } from "@/lib/auth/caller";
import { remainingWeeklyCounts } from "@/lib/domain/care-plans/plan";
import { proposeSeries, seriesDates, seriesHorizon, type OccurrenceStatus } from "@/lib/domain/scheduling/series";
import { wallClock } from "@/lib/domain/scheduling/zoned";
import { todayIn } from "@/lib/validation/dates";
import { loadScheduleInputs } from "./schedule-slots";
import type { CarePlanProgress } from "./care-plans";

export interface ProposedOccurrence {
  index: number;
  date: string;
  time: string;
  startsAt: string;
  status: OccurrenceStatus;
  alternative: { startsAt: string; date: string; time: string } | null;
}

export interface SeriesProposal {
  occurrences: ProposedOccurrence[];
  startDate: string;
}

/**
 * The proposal behind "Book the plan": the plan's remaining visits (or one visit, to rebook a
 * no-show or book a re-exam) on the patient's preferred days and times, each checked against the
 * clinician's availability and the busy time of the clinician, the room and the patient.
 */
export async function proposePlanSeries(db: DbOrTx, _caller: Caller, input: {
  plan: Pick<CarePlanProgress, "phases" | "preferredTimes" | "done" | "booked" | "startDate"> | null;
  patientId: string;
  clinicianId: string;
  roomId: string | null;
  durationMinutes: number;
  mode: "plan" | "one";
  startDate?: string;
  now: Date;
  timeZone: string;
}): Promise<SeriesProposal> {
  const today = todayIn(input.timeZone, input.now);
  const planStart = input.plan?.startDate ?? today;
  const startDate = [input.startDate ?? today, today, input.mode === "plan" ? planStart : today].sort().at(-1)!;
  const weeklyCounts = input.mode === "one" || !input.plan
    ? [1]
    : remainingWeeklyCounts(input.plan.phases, input.plan.done + input.plan.booked);
  const dates = seriesDates({ weeklyCounts, preferred: input.plan?.preferredTimes ?? [], startDate });
  const horizon = seriesHorizon(dates, startDate);
  // the same loader as the booking screen and the store: the clinician's hours and the clinician's, room's and patient's busy time
  const { windows, busy } = await loadScheduleInputs(db, {
    clinicianIds: [input.clinicianId], roomId: input.roomId, patientId: input.patientId, from: horizon.from, to: horizon.to, timeZone: input.timeZone,
  });
  const occurrences = proposeSeries({ dates, timeZone: input.timeZone, durationMinutes: input.durationMinutes, windows, busy, notBefore: input.now });
  return {
    startDate,
    occurrences: occurrences.map((o) => {
      const alt = o.alternative ? wallClock(o.alternative.start, input.timeZone) : null;
      return {
        index: o.index, date: o.date, time: o.time, startsAt: o.requested.start.toISOString(), status: o.status,
        alternative: o.alternative && alt ? { startsAt: o.alternative.start.toISOString(), date: alt.date, time: alt.time } : null,
      };
    }),
  };
}
