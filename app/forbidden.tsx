import Link from "next/link";

export default function Forbidden() {
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16">
      <h1 className="text-2xl font-bold">You do not have access to this page</h1>
      <p className="mt-3 text-slate-700">Your role does not include this part of Kinetic Chart. If you need it, ask your clinic&apos;s administrator.</p>
      <p className="mt-6"><Link href="/" className="font-medium text-teal-800 underline">Go to your home page</Link></p>
    </main>
  );
}
