import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { PageHeader } from "@/components/ui/page-header";
import { SettingsForm } from "@/components/admin/settings-form";
import { requirePermission } from "@/lib/auth/server";
import { getClinicSettings } from "@/lib/data/settings";

export const metadata: Metadata = { title: "Clinic settings" };

export default async function SettingsPage() {
  await requirePermission("settings.manage");
  const s = await getClinicSettings(getDb());
  const hours = Object.fromEntries(["1", "2", "3", "4", "5", "6", "7"].map((d) => [d, { open: s.hours[d]?.open ?? "", close: s.hours[d]?.close ?? "" }]));
  return (
    <>
      <PageHeader title="Clinic settings" actions={<Link href="/admin/settings/scope" className="font-medium text-teal-800 underline">Scope of practice rules</Link>} />
      <SettingsForm initial={{
        name: s.name, timeZone: s.timeZone, hours, staffIdleMinutes: s.staffIdleMinutes, patientIdleMinutes: s.patientIdleMinutes, inviteTtlHours: s.inviteTtlHours,
        resetTtlMinutes: s.resetTtlMinutes, hepContentForAllStaff: s.hepContentForAllStaff, requireStaffTwoFactor: s.requireStaffTwoFactor, reminderLeadHours: s.reminderLeadHours, cancellationWindowHours: s.cancellationWindowHours,
        dropOffDays: s.dropOffDays,
      }} />
    </>
  );
}
