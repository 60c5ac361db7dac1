"use client";
import Link from "next/link";
import { useId, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FieldError, FieldHint, controlClasses } from "@/components/ui/field";

type Result = { ok: true; data: { patientId: string; counts: Record<string, number>; skipped: string[] } } | { ok: false; error: string; fieldErrors?: Record<string, string[]> };

/**
 * Upload one patient's FHIR bundle. The file goes to a route handler (not a server action: a record
 * with its documents can be larger than the 1 MB an action accepts); errors show next to the field.
 */
export function ImportForm() {
  const id = useId();
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<Result | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const [duplicateError, setDuplicateError] = useState<string | undefined>();

  async function submit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const file = (form.get("file") as File | null) ?? null;
    const anyway = form.get("allowDuplicate") === "on";
    setResult(null);
    setDuplicateError(undefined);
    if (!file || file.size === 0) { setFileError("Choose a FHIR bundle file (.json)."); return; }
    setFileError(undefined);
    setPending(true);
    try {
      const res = await fetch(`/api/fhir/import${anyway ? "?allowDuplicate=1" : ""}`, { method: "POST", headers: { "content-type": "application/fhir+json" }, body: await file.text() });
      const body = (await res.json()) as Result;
      setResult(body);
      if (!body.ok) {
        setDuplicateError(body.fieldErrors?.allowDuplicate?.[0]);
        if (!body.fieldErrors?.allowDuplicate) setFileError(body.fieldErrors?.file?.[0] ?? Object.values(body.fieldErrors ?? {})[0]?.[0]);
      }
    } catch {
      setResult({ ok: false, error: "The server could not be reached. Try again." });
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <div>
        <label htmlFor={`${id}-file`} className="block font-medium">FHIR bundle file</label>
        <input id={`${id}-file`} name="file" type="file" accept=".json,application/json,application/fhir+json" className={controlClasses}
          aria-invalid={fileError ? true : undefined} aria-describedby={`${id}-hint${fileError ? ` ${id}-error` : ""}`} />
        <FieldHint id={`${id}-hint`} message="One patient's record as exported by Kinetic Chart (Patient/$everything). It becomes a new patient here." />
        <FieldError id={`${id}-error`} message={fileError} />
      </div>
      <div>
        <div className="flex items-center gap-2">
          <input id={`${id}-dup`} name="allowDuplicate" type="checkbox" className="size-5"
            aria-invalid={duplicateError ? true : undefined} aria-describedby={duplicateError ? `${id}-dup-error` : undefined} />
          <label htmlFor={`${id}-dup`}>Import anyway, even if a patient with the same name and date of birth is already here</label>
        </div>
        <FieldError id={`${id}-dup-error`} message={duplicateError} />
      </div>
      <Button type="submit" variant="primary" pending={pending}>Import record</Button>
      {result && (result.ok ? (
        <Alert tone="success">
          Imported. <Link href={`/patients/${result.data.patientId}`} className="font-semibold underline">Open the new chart</Link>
          {result.data.skipped.length > 0 && <> Not imported: {result.data.skipped.join("; ")}.</>}
        </Alert>
      ) : <Alert tone="error">{result.error}</Alert>)}
    </form>
  );
}
