import type { Metadata } from "next";
import { getDb } from "@/db";
import { ActionButton } from "@/components/forms/action-button";
import { ExportProgressPoller } from "@/components/fhir/export-progress";
import { ImportForm } from "@/components/fhir/import-form";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, THead, Td, Th, Tr } from "@/components/ui/table";
import { startClinicExport } from "@/lib/actions/fhir-export";
import { requirePermission } from "@/lib/auth/server";
import { hasPermission } from "@/lib/auth/permissions";
import { listClinicExports } from "@/lib/data/clinic-exports";

export const metadata: Metadata = { title: "Export & import" };

const STATUS: Record<string, string> = { queued: "Waiting to start", running: "Preparing", done: "Ready", failed: "Failed" };

export default async function DataPage() {
  // Viewing this page shows no patient data (and it re-reads itself while an export runs): starting
  // an export, importing and downloading are what the audit log records.
  const caller = await requirePermission("data.export");
  const exports = await listClinicExports(getDb());
  const active = exports.some((e) => e.status === "queued" || e.status === "running");
  return (
    <>
      <PageHeader title="Export & import" description="Your clinic's records belong to you: take all of them with you, or bring a patient's record in from another system." />
      <ExportProgressPoller active={active} />
      <section aria-labelledby="export" className="mt-6 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="export" className="text-lg font-semibold">Whole-clinic export</h2>
        <p className="mt-1 text-slate-700">
          A zip with one FHIR R4 bundle per patient (patients.ndjson) and CSV files of patients, appointments and visits. It holds clinical
          records: keep it safe. Preparing and downloading it are recorded in the audit log.
        </p>
        <div className="mt-3"><ActionButton action={startClinicExport} input={{}} label="Start a clinic export" done="The export has started." variant="primary" /></div>
        {exports.length > 0 && (
          <div className="mt-4">
            <Table caption="Recent exports, newest first">
              <THead><Tr><Th>Started (UTC)</Th><Th>By</Th><Th>Progress</Th><Th>File</Th></Tr></THead>
              <TBody>
                {exports.map((e) => (
                  <Tr key={e.id}>
                    <Td className="whitespace-nowrap">{e.createdAt.replace("T", " ").slice(0, 16)}</Td>
                    <Td>{e.requestedByName}</Td>
                    <Td>
                      <div className="flex items-center gap-2">
                        <progress max={Math.max(e.total, 1)} value={e.status === "done" ? Math.max(e.total, 1) : e.done} aria-label={`Export started ${e.createdAt.slice(0, 16)}: ${e.done} of ${e.total} patients`} />
                        <span role="status">{STATUS[e.status]}{e.status === "running" || e.status === "done" ? `: ${e.done} of ${e.total} patients` : ""}</span>
                      </div>
                      {e.error && <p className="text-sm text-red-700">{e.error}</p>}
                    </Td>
                    <Td>
                      {e.status === "done" ? (
                        <a href={`/api/fhir/exports/${e.id}`} download className="font-semibold text-teal-800 underline">
                          Download {e.filename} ({Math.ceil((e.sizeBytes ?? 0) / 1024)} KB)
                        </a>
                      ) : "—"}
                    </Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
          </div>
        )}
      </section>
      {hasPermission(caller.roles, "data.import") && (
        <section aria-labelledby="import" className="mt-6 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="import" className="text-lg font-semibold">Import a patient record</h2>
          <p className="mt-1 text-slate-700">
            Staff named in the record (authors, signers) are added as inactive accounts without a password, so signed notes keep their signer.
          </p>
          <div className="mt-3 max-w-xl"><ImportForm /></div>
        </section>
      )}
    </>
  );
}
