import { ClinicShell } from "@/components/shell/clinic-shell";
import { getCaller } from "@/lib/auth/server";
import { permissionsOf } from "@/lib/auth/permissions";

/**
 * The frame only. Authorization happens in every page (requirePermission), never here: layouts
 * do not re-run on client navigation, so a check here would not protect the page below.
 */
export default async function ClinicLayout({ children }: { children: React.ReactNode }) {
  const caller = await getCaller();
  if (!caller || caller.kind !== "staff") return <>{children}</>;
  return (
    <ClinicShell userName={caller.displayName} roles={caller.roles} permissions={permissionsOf(caller.roles)}>
      {children}
    </ClinicShell>
  );
}
