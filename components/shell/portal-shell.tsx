import Link from "next/link";
import { NavLink } from "./nav-link";
import { SignOutButton } from "./sign-out-button";

/** The patient frame: designed for a phone first, one column, large targets. */
export function PortalShell({ firstName, children }: { firstName: string; children: React.ReactNode }) {
  return (
    <div className="min-h-dvh">
      <header className="border-b border-slate-200 bg-white print:hidden">
        <div className="mx-auto flex max-w-2xl items-center justify-between px-4 py-2">
          <Link href="/portal" className="text-lg font-bold text-teal-800">My care</Link>
          <div className="flex items-center gap-2 text-sm">
            <span className="hidden sm:inline">{firstName}</span>
            <SignOutButton />
          </div>
        </div>
        <nav aria-label="Portal" className="mx-auto max-w-2xl px-4 pb-2">
          <ul className="flex gap-1">
            <li><NavLink href="/portal" exact>Home</NavLink></li>
            <li><NavLink href="/portal/exercises">Exercises</NavLink></li>
            <li><NavLink href="/portal/appointments">Appointments</NavLink></li>
          </ul>
        </nav>
      </header>
      <main id="main" className="mx-auto max-w-2xl px-4 py-6 print:max-w-none print:p-0">{children}</main>
    </div>
  );
}
