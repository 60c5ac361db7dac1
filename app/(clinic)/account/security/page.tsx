import type { Metadata } from "next";
import { getDb } from "@/db";
import { PageHeader } from "@/components/ui/page-header";
import { TwoFactorSettings } from "@/components/auth/two-factor-settings";
import { requirePermission } from "@/lib/auth/server";
import { getTwoFactorStatus } from "@/lib/data/two-factor";

export const metadata: Metadata = { title: "Sign-in security" };

export default async function AccountSecurityPage() {
  const caller = await requirePermission("clinic.dashboard");
  const status = await getTwoFactorStatus(getDb(), caller.userId);
  return (
    <>
      <PageHeader title="Sign-in security" description="Two-factor sign-in asks for a code from an app on your phone after your password." />
      <TwoFactorSettings status={status} />
    </>
  );
}
