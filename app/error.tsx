"use client";

/** Unexpected errors: a plain message and a reference, never a stack trace. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16">
      <h1 className="text-2xl font-bold">Something went wrong</h1>
      <p className="mt-3 text-slate-700">
        The page could not be shown. Nothing you saved earlier is lost.
        {error.digest ? ` If it happens again, quote reference ${error.digest}.` : ""}
      </p>
      <button type="button" onClick={reset} className="mt-6 min-h-11 rounded-md bg-teal-700 px-4 font-semibold text-white hover:bg-teal-800">
        Try again
      </button>
    </main>
  );
}
