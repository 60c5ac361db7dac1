import Link from "next/link";
import type { OutstandingConsent } from "@/lib/data/consents";

/** The portal home's "please sign" card: one link per text still to sign, per person the account acts for. */
export function OutstandingConsents({ items, showNames }: { items: OutstandingConsent[]; showNames: boolean }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="consents-to-sign" className="mt-6 rounded-lg border-2 border-teal-700 bg-white p-4">
      <h2 id="consents-to-sign" className="text-lg font-semibold">Please read and sign</h2>
      <p className="mt-1">The clinic needs your agreement before treatment. Each takes a minute or two.</p>
      <ul className="mt-3 space-y-2">
        {items.map((i) => (
          <li key={`${i.patientId}-${i.consentTextId}`}>
            <Link href={`/portal/consents/${i.consentTextId}?patient=${i.patientId}`}
              className="inline-flex min-h-11 items-center rounded-md bg-teal-700 px-4 py-2 font-semibold text-white hover:bg-teal-800 focus-visible:outline focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-teal-600">
              {i.title}{showNames ? ` (for ${i.patientFirstName})` : ""}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
