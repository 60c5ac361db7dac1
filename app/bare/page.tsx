import type { Metadata } from "next";

export const metadata: Metadata = { title: "Bare page" };

/** The benchmark's bare page: static text only, so its JavaScript is what every page of this build pays. */
export default function BarePage() {
  return (
    <main id="main" className="p-6">
      <h1 className="text-xl font-semibold">Kinetic Chart</h1>
      <p>This page intentionally shows nothing else.</p>
    </main>
  );
}
