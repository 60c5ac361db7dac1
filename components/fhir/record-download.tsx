/**
 * A plain download link for a patient's FHIR record: the browser saves the route's attachment,
 * so it works without JavaScript and keeps the session cookie.
 */
export function RecordDownloadLink({ patientId, label, className }: { patientId: string; label: string; className?: string }) {
  return (
    <a
      href={`/api/fhir/Patient/${patientId}/$everything`}
      download
      className={className ?? "inline-flex min-h-11 items-center rounded-md border border-teal-700 px-4 font-semibold text-teal-800 hover:bg-teal-50 focus-visible:outline focus-visible:outline-2 focus-visible:outline-teal-700"}
    >
      {label}
    </a>
  );
}

export function PortalRecordDownload({ people }: { people: { id: string; firstName: string; relationship: string }[] }) {
  if (people.length === 0) return null;
  return (
    <section aria-labelledby="my-record" className="mt-6 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="my-record" className="text-lg font-semibold">Your health record</h2>
      <p className="mt-1 text-slate-700">
        Download everything the clinic holds about your care (signed visit notes, exams, questionnaires, exercises and appointments) as a FHIR file
        that other clinics and health apps can read.
      </p>
      <ul className="mt-3 flex flex-wrap gap-2">
        {people.map((p) => (
          <li key={p.id}>
            <RecordDownloadLink patientId={p.id} label={p.relationship === "self" ? "Download my record" : `Download ${p.firstName}'s record`} />
          </li>
        ))}
      </ul>
    </section>
  );
}
