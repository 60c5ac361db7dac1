import type { Metadata } from "next";
import { TokenPasswordPage } from "@/components/auth/token-page";
import { isLinkUsable } from "@/lib/data/account";

export const metadata: Metadata = { title: "Reset password", referrer: "no-referrer" };

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return <TokenPasswordPage token={token} purpose="reset" valid={await isLinkUsable("reset", token)} />;
}
