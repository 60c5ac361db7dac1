import type { Metadata } from "next";
import { TokenPasswordPage } from "@/components/auth/token-page";
import { isLinkUsable } from "@/lib/data/account";

export const metadata: Metadata = { title: "Accept invitation", referrer: "no-referrer" };

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return <TokenPasswordPage token={token} purpose="invite" valid={await isLinkUsable("invite", token)} />;
}
