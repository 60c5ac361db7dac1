import type { VisitNote } from "@/lib/data/notes";
import { DISCHARGE_REASON_LABELS, NOTE_TYPE_LABELS } from "@/lib/validation/notes";

const CHANGE: Record<string, string> = { BETTER: "better", SAME: "the same", WORSE: "worse" };
const HEP: Record<string, string> = { FULL: "fully", PARTIAL: "partly", NONE: "not at all", NOT_ASSIGNED: "none assigned" };
const KIND: Record<string, string> = { ADDENDUM: "ADDENDUM", CORRECTION: "CORRECTION", LATE_ENTRY: "LATE ENTRY" };

/** A signed (or voided) note, read-only, with its signatures and the addenda under it. */
export function NoteView({ note }: { note: VisitNote }) {
  return (
    <article className={`space-y-3 rounded-lg border bg-white p-4 ${note.status === "voided" ? "border-red-300" : "border-slate-200"}`} aria-labelledby="note-title">
      <h3 id="note-title" className="text-lg font-semibold">
        {NOTE_TYPE_LABELS[note.noteType]}{note.status === "voided" ? " — VOIDED" : ""}
      </h3>
      {note.status === "voided" && <p className="font-medium text-red-800">Voided: {note.voidReason}. Kept for the record.</p>}
      <div className={note.status === "voided" ? "line-through decoration-1" : undefined}>
        <p><strong>S:</strong> {note.nprsNow !== null ? `Pain ${note.nprsNow}/10. ` : ""}{note.changeSinceLast ? `${CHANGE[note.changeSinceLast]} since last visit${note.changePercent !== null ? ` (${note.changePercent} %)` : ""}. ` : ""}{note.hepAdherence ? `Home exercises done ${HEP[note.hepAdherence]}. ` : ""}{note.subjective}</p>
        <p className="mt-2"><strong>O:</strong> {note.objective}</p>
        <p className="mt-2"><strong>A:</strong> {note.assessment}</p>
        {note.evaluationComplexity && <p>Evaluation complexity: {note.evaluationComplexity.toLowerCase()}.</p>}
        {note.redFlagReasoning && <p>Red-flag reasoning: {note.redFlagReasoning}</p>}
        <p className="mt-2"><strong>P:</strong> {note.plan}</p>
        {note.referralTo && <p>Referred to {note.referralTo}{note.referralReason ? `: ${note.referralReason}` : ""}.</p>}
        {note.noteType === "DISCHARGE" && (
          <dl className="mt-2 grid gap-1">
            {note.dischargeReason && <div><dt className="inline font-semibold">Discharge reason: </dt><dd className="inline">{DISCHARGE_REASON_LABELS[note.dischargeReason]}</dd></div>}
            {note.hepGiven !== null && <div><dt className="inline font-semibold">Home program given: </dt><dd className="inline">{note.hepGiven ? "yes" : "no"}</dd></div>}
            {note.returnToSport && <div><dt className="inline font-semibold">Return to sport: </dt><dd className="inline">{note.returnToSport}</dd></div>}
            {note.recommendations && <div><dt className="inline font-semibold">Recommendations: </dt><dd className="inline">{note.recommendations}</dd></div>}
            {note.followUp && <div><dt className="inline font-semibold">Follow-up: </dt><dd className="inline">{note.followUp}</dd></div>}
          </dl>
        )}
      </div>
      <ul className="text-sm text-slate-700">
        {note.signatures.map((s) => <li key={s.role}>{s.attestation}</li>)}
        {note.requiresCosign && !note.signatures.some((s) => s.role === "cosigner") && <li className="font-medium text-amber-800">Awaiting co-signature by the supervising PT.</li>}
      </ul>
      {note.addenda.length > 0 && (
        <section aria-label="Addenda" className="space-y-2 border-t border-slate-200 pt-3">
          {note.addenda.map((a) => (
            <div key={a.id} className="rounded-md bg-slate-50 p-3 text-sm">
              <p className="font-semibold">{KIND[a.kind]} — {a.reason}</p>
              {a.correctedText && <p>Replaces: <del>{a.correctedText}</del></p>}
              {a.eventAt && <p>Event at {new Date(a.eventAt).toISOString().slice(0, 16).replace("T", " ")} UTC</p>}
              <p className="mt-1 whitespace-pre-wrap">{a.body}</p>
              <p className="mt-1 text-slate-700">{a.attestation}</p>
            </div>
          ))}
        </section>
      )}
    </article>
  );
}
