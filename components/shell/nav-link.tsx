"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

/** A navigation link that marks itself as the current page. */
export function NavLink({ href, children, exact = false }: { href: string; children: React.ReactNode; exact?: boolean }) {
  const pathname = usePathname();
  const current = exact ? pathname === href : pathname === href || pathname.startsWith(href + "/");
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      className={`flex min-h-11 items-center rounded-md px-3 text-sm font-medium ${current ? "bg-teal-50 text-teal-900 underline underline-offset-4" : "text-slate-800 hover:bg-slate-100"}`}
    >
      {children}
    </Link>
  );
}
