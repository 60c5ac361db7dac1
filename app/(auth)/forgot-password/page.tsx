import type { Metadata } from "next";
import Link from "next/link";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";

export const metadata: Metadata = { title: "Forgot password" };

export default function ForgotPasswordPage() {
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">Forgot your password?</h1>
      <p className="mb-6 text-slate-700">Enter the email you sign in with and we will send a link to choose a new password.</p>
      <ForgotPasswordForm />
      <p className="mt-6 text-sm"><Link href="/sign-in" className="font-medium text-teal-800 underline">Back to sign in</Link></p>
    </>
  );
}
