"use client";

/** The browser's print dialog (A4 or Letter, both fit the handout's margins). */
export function PrintButton() {
  return (
    <button type="button" onClick={() => window.print()} className="inline-flex min-h-12 items-center rounded-md bg-teal-700 px-4 text-base font-semibold text-white hover:bg-teal-800 print:hidden">
      Print this handout
    </button>
  );
}
