import Link from "next/link";

type TabNavProps = { label: string; tabs: { href: string; label: string; current: boolean }[] };

// These "tabs" change the URL, so they are plain links in a labelled nav rather than
// role="tab": that keeps back/forward, open-in-new-tab and server rendering working.
export function TabNav({ label, tabs }: TabNavProps) {
  return (
    <nav aria-label={label} className="border-b border-slate-300">
      <ul className="-mb-px flex gap-1 overflow-x-auto">
        {tabs.map((tab) => (
          <li key={tab.href} className="shrink-0">
            <Link
              href={tab.href}
              aria-current={tab.current ? "page" : undefined}
              // The underline marks the current tab so it is not signalled by colour alone.
              className={
                "inline-flex min-h-11 items-center border-b-4 px-4 text-sm font-semibold " +
                "focus-visible:outline focus-visible:outline-3 focus-visible:-outline-offset-3 focus-visible:outline-teal-600 " +
                (tab.current
                  ? "border-teal-700 text-teal-800"
                  : "border-transparent text-slate-700 hover:border-slate-400 hover:text-slate-900")
              }
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
