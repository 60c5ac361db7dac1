import { PortalShell } from "@/components/shell/portal-shell";
import { getCaller } from "@/lib/auth/server";

/** The portal frame; each page checks the caller itself. */
export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const caller = await getCaller();
  if (!caller || caller.kind !== "patient") return <>{children}</>;
  return <PortalShell firstName={caller.displayName.split(" ")[0]}>{children}</PortalShell>;
}
