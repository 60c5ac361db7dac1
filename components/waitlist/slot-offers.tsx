"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { bookWaitlistSlot } from "@/lib/actions/waitlist";

export interface SlotOfferMatch {
  id: string; // waitlist entry
  patientName: string;
  mrn: string;
  phone: string | null;
  note: string;
  clinicianNames: string[];
}

/**
 * Waitlisted patients who fit a free slot, best first (from waitlistMatchesForSlot), each with
 * "Book this slot". Shown on the waitlist page for a chosen slot and, after a cancellation, in the
 * calendar's cancel flow. The booking goes through the exclusion constraints like any other.
 */
export function SlotOffers({ slot, matches, canBook, filled = false }: {
  slot: { clinicianId: string; startsAt: string; appointmentTypeId: string; roomId?: string | null; label: string };
  matches: SlotOfferMatch[];
  canBook: boolean;
  /** The slot has been booked again since (the offers are gone, a booking message may still show). */
  filled?: boolean;
}) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  function book(m: SlotOfferMatch) {
    start(async () => {
      const r = await bookWaitlistSlot({ entryId: m.id, clinicianId: slot.clinicianId, appointmentTypeId: slot.appointmentTypeId, roomId: slot.roomId ?? undefined, startsAt: slot.startsAt }).catch(() => null);
      if (!r) setMessage({ tone: "error", text: "The server could not be reached. Nothing was booked." });
      else if (r.ok) setMessage({ tone: "success", text: `Booked ${m.patientName} for ${slot.label}.` });
      else setMessage({ tone: "error", text: r.code === "session_expired" ? "Your session has ended: sign in again, then retry." : r.error });
      router.refresh();
    });
  }
  return (
    <section aria-labelledby="slot-offers" className="space-y-3">
      <h3 id="slot-offers" className="text-lg font-semibold">Waitlisted patients for {slot.label}</h3>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      {filled ? <p>This slot is booked now.</p> : matches.length === 0 ? <p>Nobody on the waitlist fits this slot.</p> : (
        <ol className="space-y-2">
          {matches.map((m, i) => (
            <li key={m.id} className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-slate-200 bg-white p-3">
              <div>
                <p className="font-semibold">{i + 1}. {m.patientName} <span className="font-normal text-slate-700">({m.mrn})</span></p>
                <p className="text-sm text-slate-700">{m.phone ?? "no phone"}{m.clinicianNames.length ? ` · asked for ${m.clinicianNames.join(", ")}` : ""}{m.note ? ` · ${m.note}` : ""}</p>
              </div>
              {canBook && <Button variant="primary" pending={pending} onClick={() => book(m)}>Book this slot for {m.patientName}</Button>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
