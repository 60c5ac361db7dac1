import type { Metadata } from "next";
import { getDb } from "@/db";
import { DocumentList } from "@/components/documents/document-list";
import { UploadDocumentForm } from "@/components/documents/upload-document-form";
import { ChartFrame } from "@/components/patients/chart-page";
import { requirePatientAccess } from "@/lib/auth/server";
import { hasPermission } from "@/lib/auth/permissions";
import { listDocuments } from "@/lib/data/documents";

export const metadata: Metadata = { title: "Documents" };

export default async function DocumentsTab({ params }: { params: Promise<{ patientId: string }> }) {
  const { patientId } = await params;
  const caller = await requirePatientAccess(patientId, "chart.clinical.read", "documents");
  const documents = await listDocuments(getDb(), caller, patientId);
  const canWrite = hasPermission(caller.roles, "chart.clinical.write");
  return (
    <ChartFrame caller={caller} patientId={patientId} current="documents">
      <div className="grid gap-8 lg:grid-cols-[2fr_1fr]">
        <section aria-labelledby="documents-h" className="min-w-0 space-y-4">
          <h2 id="documents-h" className="text-xl font-semibold">Documents</h2>
          <DocumentList patientId={patientId} documents={documents} canVoid={canWrite} />
        </section>
        {canWrite && (
          <section aria-labelledby="upload-h" className="space-y-4">
            <h2 id="upload-h" className="text-xl font-semibold">Upload a document</h2>
            <div className="rounded-lg border border-slate-200 bg-white p-4">
              <UploadDocumentForm patientId={patientId} />
            </div>
          </section>
        )}
      </div>
    </ChartFrame>
  );
}
