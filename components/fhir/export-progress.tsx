"use client";
import { useRouter } from "next/navigation";
import { useEffect } from "react";

/** While an export is being built, re-read the page every two seconds so its progress moves. */
export function ExportProgressPoller({ active }: { active: boolean }) {
  const router = useRouter();
  useEffect(() => {
    if (!active) return;
    const t = setInterval(() => router.refresh(), 2000);
    return () => clearInterval(t);
  }, [active, router]);
  return null;
}
