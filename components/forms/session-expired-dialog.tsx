"use client";
import { useState } from "react";
import { signIn } from "next-auth/react";
import { Dialog } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";

/**
 * Shown when an action answers `session_expired`. Signing in here happens in the background
 * (no navigation), so the form behind the dialog keeps everything that was typed.
 */
export function SessionExpiredDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    setPending(true);
    setError(null);
    const res = await signIn("credentials", { email: data.get("email"), password: data.get("password"), redirect: false }).catch(() => null);
    setPending(false);
    if (res && !res.error) onClose();
    else setError(res?.code === "locked" ? "Too many attempts: this account is locked for 15 minutes." : "That email and password do not match an active account.");
  }

  return (
    <Dialog open={open} onClose={onClose} title="Your session has ended" description="Sign in again to continue. What you typed is still in the form; submit it again after signing in.">
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        {error && <Alert tone="error">{error}</Alert>}
        <TextField label="Email" name="email" type="email" autoComplete="username" required />
        <TextField label="Password" name="password" type="password" autoComplete="current-password" required />
        <Button type="submit" pending={pending}>Sign in and continue</Button>
      </form>
    </Dialog>
  );
}
