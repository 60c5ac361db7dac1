"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { bookPlanSeries } from "@/lib/actions/series-booking";

export interface OccurrenceView {
  index: number;
  startsAt: string;
  label: string;
  status: "free" | "busy" | "unavailable";
  alternative: { startsAt: string; label: string } | null;
}

type Choice = "keep" | "alternative" | "drop";

const STATUS_TEXT = { free: "Free", busy: "Conflict: already booked", unavailable: "Not available (outside hours or past)" };

function defaults(occurrences: readonly OccurrenceView[]): Record<number, Choice> {
  return Object.fromEntries(occurrences.map((o) => [o.index, o.status === "free" ? "keep" : o.alternative ? "alternative" : "drop"]));
}

/**
 * Each proposed visit with its conflict status and, for a conflict, the nearest free alternative.
 * The user keeps, moves to the alternative, or drops each one, then books them all at once. If a
 * time was taken meanwhile nothing is booked: the message says so and a fresh proposal replaces this one.
 */
export function SeriesBooking({ occurrences, base }: {
  occurrences: OccurrenceView[];
  base: { patientId: string; episodeId?: string; clinicianId: string; appointmentTypeId: string; roomId?: string };
}) {
  const router = useRouter();
  const signature = occurrences.map((o) => `${o.startsAt}:${o.status}:${o.alternative?.startsAt ?? ""}`).join("|");
  const [state, setState] = useState({ signature, choices: defaults(occurrences) });
  const [message, setMessage] = useState<{ tone: "error"; text: string } | null>(null);
  const [pending, start] = useTransition();
  // a fresh proposal (after a refresh) resets the choices, but keeps the message that explains why
  const choices = state.signature === signature ? state.choices : defaults(occurrences);
  if (state.signature !== signature) setState({ signature, choices });

  const chosen = occurrences.flatMap((o) => {
    const c = choices[o.index];
    if (c === "keep" && o.status === "free") return [o.startsAt];
    if (c === "alternative" && o.alternative) return [o.alternative.startsAt];
    return [];
  });
  const conflicts = occurrences.filter((o) => o.status !== "free").length;

  function book() {
    start(async () => {
      setMessage(null);
      const r = await bookPlanSeries({ ...base, startsAt: chosen }).catch(() => null);
      if (!r) { setMessage({ tone: "error", text: "The server could not be reached. Nothing was booked; try again." }); return; }
      if (r.ok) {
        // the proposal is used up: the plan page says what was booked and shows the new counts
        router.push(`/patients/${base.patientId}/care-plan?booked=${r.data.booked}`);
        return;
      }
      if (r.code === "session_expired") setMessage({ tone: "error", text: "Your session has ended: sign in again, then retry. Nothing was booked." });
      else setMessage({ tone: "error", text: r.code === "overlap" ? `${r.error} A fresh proposal is shown below.` : r.error });
      router.refresh();
    });
  }

  return (
    <div className="space-y-4">
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <p aria-live="polite">{occurrences.length} visit{occurrences.length === 1 ? "" : "s"} proposed{conflicts ? `, ${conflicts} with a conflict` : ", all free"}. {chosen.length} will be booked.</p>
      <ol className="space-y-3">
        {occurrences.map((o) => (
          <li key={o.index}>
            <fieldset className={`rounded-md border p-3 ${o.status === "free" ? "border-slate-200 bg-white" : "border-amber-600 bg-amber-50"}`}>
              <legend className="px-1 font-semibold">Visit {o.index + 1}: {o.label} — {STATUS_TEXT[o.status]}</legend>
              <div className="flex flex-wrap gap-x-6 gap-y-2">
                {o.status === "free" && (
                  <label className="flex min-h-11 items-center gap-2">
                    <input type="radio" name={`occ-${o.index}`} checked={choices[o.index] === "keep"} onChange={() => setState({ signature, choices: { ...choices, [o.index]: "keep" } })} />
                    Book {o.label}
                  </label>
                )}
                {o.alternative && (
                  <label className="flex min-h-11 items-center gap-2">
                    <input type="radio" name={`occ-${o.index}`} checked={choices[o.index] === "alternative"} onChange={() => setState({ signature, choices: { ...choices, [o.index]: "alternative" } })} />
                    Book the nearest free time instead: {o.alternative.label}
                  </label>
                )}
                {o.status !== "free" && !o.alternative && <p>No free time nearby.</p>}
                <label className="flex min-h-11 items-center gap-2">
                  <input type="radio" name={`occ-${o.index}`} checked={choices[o.index] === "drop"} onChange={() => setState({ signature, choices: { ...choices, [o.index]: "drop" } })} />
                  Leave this visit out
                </label>
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      <Button onClick={book} pending={pending} disabled={chosen.length === 0}>Book {chosen.length} visit{chosen.length === 1 ? "" : "s"}</Button>
    </div>
  );
}
