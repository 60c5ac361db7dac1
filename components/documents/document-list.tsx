import { SimpleActionForm } from "@/components/forms/simple-action-form";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { voidDocument } from "@/lib/actions/documents";
import type { DocumentRow } from "@/lib/data/documents";
import { formatBytes } from "@/lib/domain/documents/files";
import { CONTENT_TYPE_LABELS } from "@/lib/domain/documents/sniff";
import { DOCUMENT_KIND_LABELS } from "@/lib/validation/documents";

const fileUrl = (patientId: string, id: string) => `/api/patients/${patientId}/documents/${id}`;

/** The chart's documents: live ones in a table that opens each in a new tab, voided ones folded away below. */
export function DocumentList({ patientId, documents, canVoid }: { patientId: string; documents: DocumentRow[]; canVoid: boolean }) {
  const live = documents.filter((d) => !d.voidedAt);
  const voided = documents.filter((d) => d.voidedAt);
  return (
    <div className="space-y-6">
      {live.length === 0 ? <p>No documents yet.</p> : (
        <Table caption="Documents on this chart" captionHidden>
          <THead>
            <Tr><Th>Title</Th><Th>Kind</Th><Th>File</Th><Th>Uploaded</Th>{canVoid && <Th className="relative"><span className="sr-only">Actions</span></Th>}</Tr>
          </THead>
          <TBody>
            {live.map((d) => (
              <Tr key={d.id}>
                {/* relative: keeps the screen-reader-only text inside the scrolling table on phones */}
                <Td className="relative">
                  {/* noopener: the file must not reach back into the chart's window. */}
                  <a href={fileUrl(patientId, d.id)} target="_blank" rel="noopener" className="font-medium text-teal-800 underline">
                    {d.title}<span className="sr-only"> (opens in a new tab)</span>
                  </a>
                </Td>
                <Td>{DOCUMENT_KIND_LABELS[d.kind] ?? d.kind}</Td>
                <Td><span className="break-all">{d.filename}</span><br /><span className="text-slate-700">{CONTENT_TYPE_LABELS[d.contentType]}, {formatBytes(d.sizeBytes)}</span></Td>
                <Td className="whitespace-nowrap">{d.uploadedAt}<br /><span className="text-slate-700">by {d.uploadedBy}</span></Td>
                {canVoid && (
                  <Td className="relative">
                    <details>
                      <summary className="cursor-pointer font-medium text-teal-800 underline">Void<span className="sr-only"> {d.title}</span></summary>
                      <div className="mt-3 w-72">
                        <SimpleActionForm schema="voidDocument" action={voidDocument} hidden={{ patientId, documentId: d.id }} variant="danger"
                          fields={[{ name: "reason", label: "Reason", required: true, hint: "e.g. uploaded to the wrong chart" }]}
                          submitLabel="Void document" done="Document voided." />
                      </div>
                    </details>
                  </Td>
                )}
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
      {voided.length > 0 && (
        <details className="rounded-lg border border-slate-200 bg-white p-4">
          <summary className="cursor-pointer font-medium">Voided documents ({voided.length})</summary>
          <p className="mt-2 text-sm text-slate-700">Kept for the record and no longer viewable.</p>
          <ul className="mt-3 space-y-2">
            {voided.map((d) => (
              <li key={d.id}>
                <s>{d.title}</s> <span className="text-sm text-slate-700">({DOCUMENT_KIND_LABELS[d.kind] ?? d.kind}, {d.filename}, uploaded {d.uploadedAt} by {d.uploadedBy})</span>
                <br /><span className="text-sm">Voided {d.voidedAt}: {d.voidReason}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
