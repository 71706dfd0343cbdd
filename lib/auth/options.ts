import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { safeRedirectPath } from "./safe-redirect";
import { signInWithPassword } from "./sign-in";
import { revokeSession, sessionMaxAgeSeconds } from "./sessions";

declare module "next-auth" {
  interface Session {
    sid?: string;
    user?: { id?: string; name?: string | null; email?: string | null };
  }
  interface User {
    sessionId?: string;
  }
}
declare module "next-auth/jwt" {
  interface JWT {
    sid?: string;
  }
}

/**
 * E-mail + password through next-auth's credentials provider. The JWT only carries the id of a
 * Session row in PostgreSQL, checked on every request (lib/auth/current-user.ts), so sign-out and
 * expiry hold on every instance (docs/decisions/005-authentication.md).
 */
export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: sessionMaxAgeSeconds },
  jwt: { maxAge: sessionMaxAgeSeconds },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "E-mail",
      credentials: { email: { type: "email" }, password: { type: "password" }, code: { type: "text" } },
      async authorize(credentials, req) {
        const headers = new Headers();
        for (const [name, value] of Object.entries(req?.headers ?? {})) {
          if (typeof value === "string") headers.set(name, value);
        }
        const user = await signInWithPassword(credentials ?? {}, headers);
        return { id: user.id, email: user.email, name: user.name, sessionId: user.sessionId };
      },
    }),
  ],
  callbacks: {
    // next-auth's callbackUrl: only a path on this site (javascript:, //evil, /\evil go home).
    redirect({ url, baseUrl }) {
      const path = url.startsWith(baseUrl) ? url.slice(baseUrl.length) || "/" : url;
      return `${baseUrl}${safeRedirectPath(path, baseUrl, "/")}`;
    },
    jwt({ token, user }) {
      if (user?.sessionId) token.sid = user.sessionId;
      return token;
    },
    session({ session, token }) {
      session.sid = token.sid;
      if (session.user) session.user.id = token.sub;
      return session;
    },
  },
  events: {
    async signOut({ token }) {
      if (token?.sid) await revokeSession(token.sid);
    },
  },
};
