import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getCaller } from "@/lib/auth/server";
import { homeFor } from "@/lib/auth/permissions";

export const metadata: Metadata = { title: "Sign in" };

const REASONS: Record<string, { tone: "info" | "success" | "warning"; text: string }> = {
  idle: { tone: "warning", text: "You were signed out after a period without activity. Sign in again to continue." },
  revoked: { tone: "warning", text: "Your session has ended. Please sign in again." },
  inactive: { tone: "warning", text: "This account is not active. Ask your clinic's administrator." },
  signed_out: { tone: "success", text: "You have signed out." },
  password_changed: { tone: "success", text: "Your password has been changed. Sign in with the new one." },
  account_ready: { tone: "success", text: "Your password is set. Sign in to continue." },
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const { next, reason } = await searchParams;
  const caller = await getCaller();
  if (caller) redirect(homeFor(caller.roles));
  const notice = reason ? REASONS[reason] : undefined;
  return (
    <>
      <h1 className="mb-6 text-2xl font-bold">Sign in</h1>
      {notice && (
        <div className="mb-5">
          <Alert tone={notice.tone}>{notice.text}</Alert>
        </div>
      )}
      <SignInForm next={next && next.startsWith("/") && !next.startsWith("//") ? next : undefined} />
    </>
  );
}
