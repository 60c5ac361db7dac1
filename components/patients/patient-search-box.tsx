"use client";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";

/**
 * Results as you type: the query goes into the URL (debounced), and the server page renders the
 * matches, so the list is shareable and works without scripts through the form's submit.
 */
export function PatientSearchBox({ initial }: { initial: string }) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const [value, setValue] = useState(initial);
  const [pending, startTransition] = useTransition();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => () => { if (timer.current) clearTimeout(timer.current); }, []);

  function onChange(next: string) {
    setValue(next);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const q = new URLSearchParams(params.toString());
      if (next.trim()) q.set("q", next.trim()); else q.delete("q");
      q.delete("page");
      startTransition(() => router.replace(`${pathname}?${q}`, { scroll: false }));
    }, 250);
  }

  return (
    <form role="search" method="get" action={pathname} className="mb-4 max-w-xl" onSubmit={(e) => { e.preventDefault(); onChange(value); }}>
      <label htmlFor="patient-search" className="block text-sm font-semibold">Find a patient</label>
      <p id="patient-search-hint" className="mt-1 text-sm text-slate-700">Part of either name, a date of birth (1991-04-12 or 4/12/1991) or a phone number.</p>
      <input
        id="patient-search" name="q" type="search" value={value} autoComplete="off" aria-describedby="patient-search-hint"
        onChange={(e) => onChange(e.target.value)}
        className="mt-1 block min-h-11 w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-base"
      />
      <p aria-live="polite" className="sr-only">{pending ? "Searching" : ""}</p>
    </form>
  );
}
