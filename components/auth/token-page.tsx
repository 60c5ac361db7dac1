import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { SetPasswordForm } from "./set-password-form";

/** Shared body of the invite and reset pages: an unusable link says so instead of showing a form. */
export function TokenPasswordPage({ token, purpose, valid }: { token: string; purpose: "invite" | "reset"; valid: boolean }) {
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">{purpose === "invite" ? "Create your password" : "Choose a new password"}</h1>
      {valid ? (
        <SetPasswordForm token={token} purpose={purpose} />
      ) : (
        <div className="space-y-4">
          <Alert tone="warning">This link is invalid, has expired or was already used.</Alert>
          <p className="text-sm">
            {purpose === "invite" ? "Ask the clinic to send a new invitation, or " : ""}
            <Link href="/forgot-password" className="font-medium text-teal-800 underline">request a new reset link</Link>.
          </p>
        </div>
      )}
    </>
  );
}
