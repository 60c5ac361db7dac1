import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDb } from "@/db";
import { now } from "@/lib/time";
import { log } from "@/lib/log";
import { SignInInput } from "@/lib/validation/auth";
import { endSession, verifySignIn } from "./credentials";
import { clientIp } from "./request-info";

class LockedOut extends CredentialsSignin {
  code = "locked";
}
class InvalidCredentials extends CredentialsSignin {
  code = "invalid";
}

declare module "next-auth" {
  interface User {
    sv?: number;
    sid?: string;
  }
}

/**
 * Auth.js: Credentials + JWT. The token carries the user id, the session version and the session
 * row id, nothing else: roles and the active flag are read from PostgreSQL on every request
 * (lib/auth/server.ts), so revocation is immediate.
 */
export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  // A wrong password is an expected event (audited by verifySignIn), not a server error to log.
  logger: {
    error(error) {
      if (error.name === "CredentialsSignin" || (error as { type?: string }).type === "CredentialsSignin") return;
      log.error({ err: error.name, message: error.message }, "auth error");
    },
    warn() {},
    debug() {},
  },
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    Credentials({
      credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        const parsed = SignInInput.safeParse(credentials);
        if (!parsed.success) throw new InvalidCredentials();
        const outcome = await verifySignIn(getDb(), { ...parsed.data, ip: clientIp(request.headers) }, now());
        if (!outcome.ok) throw outcome.reason === "locked" ? new LockedOut() : new InvalidCredentials();
        return { id: outcome.userId, sv: outcome.sessionVersion, sid: outcome.sessionId };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) return { sub: user.id, sv: user.sv, sid: user.sid };
      return token;
    },
    session({ session, token }) {
      // Only ids leave the token; the page loads everything else from the database.
      return { ...session, user: { id: token.sub ?? "" }, sv: token.sv, sid: token.sid } as unknown as typeof session;
    },
  },
  events: {
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      if (token?.sid && token.sub) await endSession(getDb(), String(token.sid), token.sub, now());
    },
  },
});
