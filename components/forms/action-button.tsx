"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import type { ActionOutcome } from "./use-action-form";

/**
 * One button that runs one server action with a fixed input (no fields to fill), then shows the
 * outcome and refreshes the page. `showLink` displays a link the action returned, for copying.
 */
export function ActionButton<I, O extends Record<string, unknown>>({ action, input, label, done, variant = "secondary", showLink }: {
  action: (input: I) => Promise<ActionOutcome<O>>;
  input: I;
  label: string;
  done: string;
  variant?: "primary" | "secondary" | "danger";
  showLink?: keyof O;
}) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [result, setResult] = useState<{ tone: "success" | "error"; text: string; link?: string } | null>(null);
  return (
    <div className="space-y-3">
      <Button variant={variant} pending={pending} onClick={() => start(async () => {
        const r = await action(input).catch(() => null);
        if (!r) { setResult({ tone: "error", text: "The server could not be reached. Try again." }); return; }
        if (r.ok) {
          setResult({ tone: "success", text: done, link: showLink ? String(r.data[showLink]) : undefined });
          router.refresh();
        } else setResult({ tone: "error", text: r.code === "session_expired" ? "Your session has ended: sign in again, then retry." : r.error });
      })}>{label}</Button>
      {result && (
        <Alert tone={result.tone}>
          {result.text}
          {result.link && <> Link: <code className="break-all">{result.link}</code></>}
        </Alert>
      )}
    </div>
  );
}
