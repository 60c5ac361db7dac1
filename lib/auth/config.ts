import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDb } from "@/db";
import { now } from "@/lib/time";
import { log } from "@/lib/log";
import { SecondFactorInput, SignInInput } from "@/lib/validation/auth";
import { endSession, verifySignIn, type SignInOutcome } from "./credentials";
import { verifySecondFactor } from "./second-factor";
import { clientIp } from "./request-info";

class LockedOut extends CredentialsSignin {
  code = "locked";
}
class InvalidCredentials extends CredentialsSignin {
  code = "invalid";
}
class ChallengeExpired extends CredentialsSignin {
  code = "expired";
}
/** Password right, second factor owed: the code carries the challenge token back to signInAction (server side only). */
class SecondFactorOwed extends CredentialsSignin {
  constructor(kind: "second_factor" | "enrol", challenge: string) {
    super();
    this.code = `${kind}:${challenge}`;
  }
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
      credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" }, challenge: {}, code: { label: "Code" } },
      async authorize(credentials, request) {
        const ip = clientIp(request.headers);
        let outcome: SignInOutcome;
        if (credentials?.challenge) {
          // the second step: no password here, the challenge proves the first step succeeded
          const parsed = SecondFactorInput.safeParse(credentials);
          if (!parsed.success) throw new InvalidCredentials();
          outcome = await verifySecondFactor(getDb(), { challenge: parsed.data.challenge, code: parsed.data.code, ip }, now());
        } else {
          const parsed = SignInInput.safeParse(credentials);
          if (!parsed.success) throw new InvalidCredentials();
          outcome = await verifySignIn(getDb(), { ...parsed.data, ip }, now());
        }
        if (!outcome.ok) {
          if (outcome.reason === "second_factor" || outcome.reason === "enrol") throw new SecondFactorOwed(outcome.reason, outcome.challenge);
          throw outcome.reason === "locked" ? new LockedOut() : outcome.reason === "expired" ? new ChallengeExpired() : new InvalidCredentials();
        }
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
