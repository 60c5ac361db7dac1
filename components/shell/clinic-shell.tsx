import Link from "next/link";
import type { Permission } from "@/lib/auth/permissions";
import { NavLink } from "./nav-link";
import { SignOutButton } from "./sign-out-button";

const NAV: { href: string; label: string; permission: Permission }[] = [
  { href: "/dashboard", label: "Dashboard", permission: "clinic.dashboard" },
  { href: "/patients", label: "Patients", permission: "patient.search" },
  { href: "/protocols", label: "Protocols", permission: "protocol.manage" },
  { href: "/exercises", label: "Exercise library", permission: "chart.clinical.read" },
  { href: "/schedule", label: "Schedule", permission: "schedule.read" },
  { href: "/schedule/queue", label: "Work queue", permission: "schedule.read" },
  { href: "/schedule/waitlist", label: "Waitlist", permission: "schedule.read" },
  { href: "/admin/staff", label: "Staff", permission: "staff.manage" },
  { href: "/admin/audit", label: "Audit log", permission: "audit.read" },
  { href: "/admin/outbox", label: "Outbox", permission: "outbox.read" },
  { href: "/admin/settings", label: "Settings", permission: "settings.manage" },
  { href: "/admin/scheduling", label: "Scheduling setup", permission: "settings.manage" },
  { href: "/admin/data", label: "Export & import", permission: "data.export" },
];

/** The staff frame: navigation shows only what the caller's roles allow (pages still check). */
export function ClinicShell({ userName, roles, permissions, children }: {
  userName: string; roles: string[]; permissions: Set<Permission>; children: React.ReactNode;
}) {
  return (
    <div className="min-h-dvh">
      <header className="border-b border-slate-200 bg-white print:hidden">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-2 px-4 py-2">
          <Link href="/dashboard" className="text-lg font-bold text-teal-800">Kinetic Chart</Link>
          <div className="flex items-center gap-3 text-sm">
            <span>
              {userName} <span className="text-slate-600">({roles.map((r) => r.replace("_", " ")).join(", ")})</span>
            </span>
            <Link href="/account/security" className="font-medium text-teal-800 underline">Sign-in security</Link>
            <SignOutButton />
          </div>
        </div>
        <nav aria-label="Main" className="mx-auto max-w-7xl px-4 pb-2">
          <ul className="flex flex-wrap gap-1">
            {NAV.filter((n) => permissions.has(n.permission)).map((n) => (
              <li key={n.href}><NavLink href={n.href}>{n.label}</NavLink></li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" className="mx-auto max-w-7xl px-4 py-6">{children}</main>
    </div>
  );
}
