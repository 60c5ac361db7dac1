"use client";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select";
import { FormError } from "@/components/forms/form-error";
import { SessionExpiredDialog } from "@/components/forms/session-expired-dialog";
import { useActionForm, type ActionOutcome } from "@/components/forms/use-action-form";
import { DOCUMENT_KIND_LABELS, DOCUMENT_KINDS, UploadDocumentForm as Schema, type UploadDocumentForm as Values } from "@/lib/validation/documents";

type Uploaded = { documentId: string };
const KIND_OPTIONS = DOCUMENT_KINDS.map((k) => ({ value: k, label: DOCUMENT_KIND_LABELS[k] }));
const EMPTY = { kind: "" as never, title: "", file: undefined };

/**
 * Sends the file to the upload route (XMLHttpRequest, because fetch reports no upload progress).
 * The route answers like a server action, so useActionForm places its field errors as usual.
 */
function sendUpload(patientId: string, values: Values, idempotencyKey: string | undefined, onProgress: (percent: number) => void) {
  return new Promise<ActionOutcome<Uploaded>>((resolve, reject) => {
    const body = new FormData();
    body.set("kind", String(values.kind ?? ""));
    body.set("title", values.title ?? "");
    const file = (values.file as FileList | undefined)?.[0];
    if (file) body.set("file", file);
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/api/patients/${encodeURIComponent(patientId)}/documents`);
    xhr.responseType = "json";
    if (idempotencyKey) xhr.setRequestHeader("Idempotency-Key", idempotencyKey);
    xhr.upload.onprogress = (e) => { if (e.lengthComputable) onProgress(Math.round((e.loaded / e.total) * 100)); };
    xhr.onload = () => {
      const r = xhr.response as ActionOutcome<Uploaded> | null;
      if (r && typeof r === "object" && typeof r.ok === "boolean") resolve(r);
      else reject(new Error(`unexpected response ${xhr.status}`));
    };
    xhr.onerror = () => reject(new Error("network"));
    xhr.onabort = () => reject(new Error("aborted"));
    xhr.send(body);
  });
}

/** Upload a referral letter, imaging report or outside record to the chart. */
export function UploadDocumentForm({ patientId }: { patientId: string }) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [done, setDone] = useState(false);
  const { form, submit, formError, sessionExpired, closeSessionDialog } = useActionForm(
    Schema,
    async (values, options) => {
      setDone(false);
      setProgress(0);
      try {
        return await sendUpload(patientId, values, options?.idempotencyKey, setProgress);
      } finally {
        setProgress(null);
      }
    },
    {
      defaultValues: EMPTY,
      onSuccess: () => {
        // A file input cannot be cleared through React state; the native reset clears it.
        formRef.current?.reset();
        form.reset(EMPTY);
        setDone(true);
        router.refresh();
      },
    },
  );
  const { errors, isSubmitting } = form.formState;
  return (
    <>
      <form ref={formRef} onSubmit={submit} noValidate className="space-y-4" aria-describedby="upload-limits">
        <p id="upload-limits" className="text-sm text-slate-700">PDF, JPEG or PNG, up to 10 MB. The file is checked by its contents, not only its name.</p>
        {done && <Alert tone="success">Document uploaded.</Alert>}
        <FormError message={formError} />
        <SelectField label="Kind" required placeholder="Choose…" options={KIND_OPTIONS} error={errors.kind?.message} {...form.register("kind")} />
        <TextField label="Title" required hint="e.g. MRI lumbar spine report, Dr. Chen, March 2026" error={errors.title?.message} {...form.register("title")} />
        <TextField label="File" type="file" required accept=".pdf,.jpg,.jpeg,.png" error={errors.file?.message} {...form.register("file")} />
        {progress !== null && (
          <div className="space-y-1">
            <label htmlFor="upload-progress" className="text-sm font-medium">Uploading: {progress}%</label>
            <progress id="upload-progress" max={100} value={progress} className="block h-2 w-full accent-teal-700" />
          </div>
        )}
        <Button type="submit" pending={isSubmitting}>{isSubmitting ? "Uploading…" : "Upload document"}</Button>
      </form>
      <SessionExpiredDialog open={sessionExpired} onClose={closeSessionDialog} />
    </>
  );
}
