import { signOutAction } from "@/lib/actions/session";

/** A plain form post, so signing out works even before the page's scripts have loaded. */
export function SignOutButton() {
  return (
    <form action={signOutAction}>
      <button type="submit" className="min-h-11 rounded-md px-3 text-sm font-medium text-slate-800 underline hover:bg-slate-100">
        Sign out
      </button>
    </form>
  );
}
