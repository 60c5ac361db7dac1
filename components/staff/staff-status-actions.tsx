"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { resendStaffInvite, setStaffActive } from "@/lib/actions/staff";
import { resetStaffTwoFactor } from "@/lib/actions/two-factor";

/** Deactivate / reactivate an account (takes effect on that person's next request), resend an invitation, reset a lost authenticator. */
export function StaffStatusActions({ userId, active, invited, twoFactor = false }: { userId: string; active: boolean; invited: boolean; twoFactor?: boolean }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [pending, start] = useTransition();
  const run = (fn: () => Promise<{ ok: boolean; error?: string }>, done: string) =>
    start(async () => {
      const r = await fn().catch(() => ({ ok: false, error: "The server could not be reached." }));
      setMessage(r.ok ? { tone: "success", text: done } : { tone: "error", text: r.error ?? "Failed" });
      if (r.ok) router.refresh();
    });
  return (
    <div className="space-y-3">
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <div className="flex flex-wrap gap-3">
        {active ? (
          <Button variant="danger" pending={pending} onClick={() => run(() => setStaffActive({ userId, active: false }), "Account deactivated; any open session has ended.")}>Deactivate account</Button>
        ) : (
          <Button variant="secondary" pending={pending} onClick={() => run(() => setStaffActive({ userId, active: true }), "Account reactivated.")}>Reactivate account</Button>
        )}
        {active && invited && (
          <Button variant="secondary" pending={pending} onClick={() => run(() => resendStaffInvite({ userId }), "A new invitation is in the outbox.")}>Resend invitation</Button>
        )}
        {twoFactor && (
          <Button variant="secondary" pending={pending} onClick={() => run(() => resetStaffTwoFactor({ userId }), "Two-factor sign-in was reset and their sessions ended. They set it up again from Sign-in security (or at sign-in, if the clinic requires it).")}>Reset two-factor sign-in</Button>
        )}
      </div>
    </div>
  );
}
