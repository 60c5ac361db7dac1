import type { Metadata } from "next";
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
      <PageHeader title="Clinic settings" />
      <SettingsForm initial={{ name: s.name, timeZone: s.timeZone, hours, staffIdleMinutes: s.staffIdleMinutes, patientIdleMinutes: s.patientIdleMinutes, inviteTtlHours: s.inviteTtlHours, resetTtlMinutes: s.resetTtlMinutes, reminderLeadHours: s.reminderLeadHours, cancellationWindowHours: s.cancellationWindowHours, dropOffDays: s.dropOffDays }} />
    </>
  );
}
