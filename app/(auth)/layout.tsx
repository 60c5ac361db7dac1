/** Public pages: one centred card, readable on a phone. */
export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <main id="main" className="flex min-h-dvh items-start justify-center px-4 py-10 sm:items-center">
      <div className="w-full max-w-md rounded-xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
        <p className="mb-6 text-sm font-semibold tracking-wide text-teal-800 uppercase">Kinetic Chart</p>
        {children}
      </div>
    </main>
  );
}
