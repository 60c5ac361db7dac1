import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { PageHeader } from "@/components/ui/page-header";
import { EditStaffForm } from "@/components/staff/staff-form";
import { StaffStatusActions } from "@/components/staff/staff-status-actions";
import { requirePermission } from "@/lib/auth/server";
import { getStaff, listSupervisors } from "@/lib/data/staff";
import { getTwoFactorStatus } from "@/lib/data/two-factor";

export const metadata: Metadata = { title: "Staff member" };

export default async function StaffMemberPage({ params }: { params: Promise<{ userId: string }> }) {
  await requirePermission("staff.manage");
  const { userId } = await params;
  const [staff, supervisors] = await Promise.all([getStaff(getDb(), userId), listSupervisors(getDb())]);
  if (!staff) notFound();
  const twoFactor = await getTwoFactorStatus(getDb(), staff.id);
  return (
    <>
      <PageHeader title={staff.displayName} description={!staff.active ? "Deactivated" : staff.invited ? "Invited; has not set a password yet" : "Active"} />
      <div className="grid gap-8 lg:grid-cols-[2fr_1fr]">
        <EditStaffForm
          supervisors={supervisors.filter((s) => s.id !== staff.id)}
          initial={{
            userId: staff.id, email: staff.email, displayName: staff.displayName, roles: staff.roles,
            discipline: staff.discipline ?? "", credentials: staff.credentials ?? "", licenceNumber: staff.licenceNumber ?? "", certifications: staff.certifications,
            supervisorUserId: staff.supervisorUserId ?? "",
          }}
        />
        <section aria-labelledby="account-status">
          <h2 id="account-status" className="mb-3 text-lg font-semibold">Account</h2>
          <p className="mb-3 text-slate-700">Two-factor sign-in: {twoFactor.enabled ? `on, ${twoFactor.recoveryCodesLeft} recovery codes left` : "off"}.</p>
          <StaffStatusActions userId={staff.id} active={staff.active} invited={staff.invited} twoFactor={twoFactor.enabled} />
        </section>
      </div>
    </>
  );
}
