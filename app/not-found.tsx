import Link from "next/link";

export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16">
      <h1 className="text-2xl font-bold">Not found</h1>
      <p className="mt-3 text-slate-700">There is nothing here, or you do not have access to it.</p>
      <p className="mt-6"><Link href="/" className="font-medium text-teal-800 underline">Go to your home page</Link></p>
    </main>
  );
}
