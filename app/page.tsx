import { redirect } from "next/navigation";
import { getCaller } from "@/lib/auth/server";
import { homeFor } from "@/lib/auth/permissions";

/** "/" sends each person to their role's home. */
export default async function Home() {
  const caller = await getCaller();
  redirect(caller ? homeFor(caller.roles) : "/sign-in");
}
