import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/options";
import { guardAuthRequest } from "@/lib/http/guard-auth-request";

const handler = NextAuth(authOptions);

// Requests next-auth would answer 500 (bad bodies, `callbackUrl=javascript:`) are refused first.
async function guarded(request: NextRequest, context: { params: Promise<{ nextauth: string[] }> }) {
  const checked = await guardAuthRequest(request);
  return checked instanceof Response ? checked : handler(checked, context);
}

export { guarded as GET, guarded as POST };
