import type { Metadata } from "next";
import { getDb } from "@/db";
import { PageHeader } from "@/components/ui/page-header";
import { CreateStaffForm } from "@/components/staff/staff-form";
import { requirePermission } from "@/lib/auth/server";
import { listSupervisors } from "@/lib/data/staff";

export const metadata: Metadata = { title: "Add staff member" };

export default async function NewStaffPage() {
  await requirePermission("staff.manage");
  const supervisors = await listSupervisors(getDb());
  return (
    <>
      <PageHeader title="Add staff member" description="They receive a single-use link to choose their own password." />
      <CreateStaffForm
        supervisors={supervisors}
        initial={{ email: "", displayName: "", roles: [], discipline: "", credentials: "", licenceNumber: "", supervisorUserId: "", certifications: [] }}
      />
    </>
  );
}
