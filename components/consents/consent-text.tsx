import type { ConsentSignature } from "@/lib/data/consents";
import { CONSENT_CHANNEL_LABELS } from "@/lib/validation/consents";

/**
 * The full wording, in a labelled region that scrolls on its own so the form stays close. It is
 * focusable so keyboard users can scroll it too (axe: scrollable-region-focusable).
 */
export function ConsentText({ title, body, version }: { title: string; body: string; version: number }) {
  return (
    <div role="region" aria-label={`Full text: ${title}, version ${version}`} tabIndex={0}
      className="mt-3 max-h-72 space-y-3 overflow-y-auto rounded-md border border-slate-300 bg-slate-50 p-4 text-base leading-relaxed text-slate-900 focus-visible:outline focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-teal-600">
      {body.split(/\n{2,}/).map((paragraph, i) => <p key={i}>{paragraph}</p>)}
    </div>
  );
}

/** Who signed what, when and how: the typed name, the date, the channel, and who captured it at the desk. */
export function SignatureLine({ signature }: { signature: ConsentSignature }) {
  const who = signature.signerRelationship === "guardian" ? `${signature.signedName} (parent or guardian)` : signature.signedName;
  return (
    <p>
      <span className="font-semibold">Signed</span> by {who} on {signature.signedOn}, {CONSENT_CHANNEL_LABELS[signature.channel]}
      {signature.channel === "desk" ? `, recorded by ${signature.recordedByName}` : ""}.
    </p>
  );
}
