import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { clientInfo } from "@/lib/http/client-info";
import { limitKeyPart } from "@/lib/crypto/secrets";
import { hit, isLimited } from "@/lib/rate-limit/rate-limit";
import { verifyAgainstDummy, verifyPassword } from "./password";
import { createSession } from "./sessions";

const credentials = z.object({
  email: z.string().trim().toLowerCase().max(254),
  password: z.string().max(200),
});

// Failed attempts per e-mail address and per IP address, in 15-minute windows.
const perEmail = { max: 5, windowSeconds: 15 * 60 };
const perIp = { max: 30, windowSeconds: 15 * 60 };

/** Error messages are i18n keys; next-auth hands them to the sign-in form as `error`. */
export async function signInWithPassword(input: unknown, headers: Headers) {
  const parsed = credentials.safeParse(input);
  if (!parsed.success || !parsed.data.email || !parsed.data.password) {
    throw new AppError("VALIDATION", "auth.invalidCredentials");
  }
  const { email, password } = parsed.data;
  const client = clientInfo(headers);
  const emailKey = `sign-in:email:${limitKeyPart(email)}`;
  const ipKey = `sign-in:ip:${client.ip ?? "unknown"}`;

  const [emailLimit, ipLimit] = await Promise.all([isLimited(emailKey, perEmail), isLimited(ipKey, perIp)]);
  if (emailLimit.isLimited || ipLimit.isLimited) throw new AppError("RATE_LIMITED", "auth.tooManyAttempts");

  const user = await db.user.findUnique({ where: { email } });
  const isValid = user ? await verifyPassword(password, user.passwordHash) : await verifyAgainstDummy(password);
  if (!user || !isValid) {
    await Promise.all([hit(emailKey, perEmail), hit(ipKey, perIp)]);
    throw new AppError("UNAUTHENTICATED", "auth.invalidCredentials");
  }
  const session = await createSession(user.id, client);
  return { id: user.id, email: user.email, name: user.name, sessionId: session.id };
}
