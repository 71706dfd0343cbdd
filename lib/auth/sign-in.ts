import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { recordEvent } from "@/lib/audit/record-event";
import { AppError } from "@/lib/errors";
import { clientInfo, type ClientInfo } from "@/lib/http/client-info";
import { limitKeyPart } from "@/lib/crypto/secrets";
import { ipKey } from "@/lib/rate-limit/ip-key";
import { hit, refund } from "@/lib/rate-limit/rate-limit";
import { verifyAgainstDummy, verifyPassword } from "./password";
import { createSession } from "./sessions";
import { verifySecondFactor } from "./two-factor";

const credentials = z.object({
  email: z.string().trim().toLowerCase().max(254),
  password: z.string().max(200),
  code: z.string().trim().max(40).optional(),
});

// Attempts per e-mail address and per IP address, in 15-minute windows.
export const signInLimits = {
  perEmail: { max: 5, windowSeconds: 15 * 60 },
  perIp: { max: 30, windowSeconds: 15 * 60 },
};

/**
 * E-mail and password, then (when the account has two-factor sign-in) a TOTP or recovery code.
 * Every attempt is counted first, atomically (INSERT .. ON CONFLICT .. RETURNING), and only an
 * attempt whose count is within the limit reaches the password check: N parallel guesses can never
 * check more than `max` passwords. A correct sign-in gives its count back.
 * Error messages are i18n keys; next-auth hands them to the sign-in form as `error`.
 */
export async function signInWithPassword(input: unknown, headers: Headers) {
  const parsed = credentials.safeParse(input);
  if (!parsed.success || !parsed.data.email || !parsed.data.password) {
    throw new AppError("VALIDATION", "auth.invalidCredentials");
  }
  const { email, password, code } = parsed.data;
  const client = clientInfo(headers);
  const emailKey = `sign-in:email:${limitKeyPart(email)}`;
  const ipLimitKey = `sign-in:ip:${ipKey(client.ip)}`;

  const [emailCount, ipCount] = await Promise.all([hit(emailKey, signInLimits.perEmail), hit(ipLimitKey, signInLimits.perIp)]);
  if (emailCount.isLimited || ipCount.isLimited) throw new AppError("RATE_LIMITED", "auth.tooManyAttempts");
  const giveBack = () => Promise.all([refund(emailKey, signInLimits.perEmail), refund(ipLimitKey, signInLimits.perIp)]);

  const user = await db.user.findUnique({ where: { email } });
  const isValid = user ? await verifyPassword(password, user.passwordHash) : await verifyAgainstDummy(password);
  if (!user || !isValid) throw new AppError("UNAUTHENTICATED", "auth.invalidCredentials");

  let secondFactor: "none" | "totp" | "recovery-code" = "none";
  if (user.totpEnabledAt) {
    if (!code) {
      // The password was right: asking for the code is no failed attempt.
      await giveBack();
      throw new AppError("UNAUTHENTICATED", "auth.totpRequired");
    }
    const checked = await verifySecondFactor(user.id, code, client);
    if (!checked) throw new AppError("UNAUTHENTICATED", "auth.totpInvalid");
    secondFactor = checked;
  }
  await giveBack();
  const session = await db.$transaction(async (tx) => {
    const created = await createSession(user.id, client, tx);
    await recordSignIn(tx, user.id, created.id, secondFactor, client);
    return created;
  });
  return { id: user.id, email: user.email, name: user.name, sessionId: session.id };
}

async function recordSignIn(tx: Parameters<typeof recordEvent>[0], userId: string, sessionId: string, secondFactor: "none" | "totp" | "recovery-code", client: ClientInfo) {
  await recordEvent(tx, { type: "user.signed_in", actorType: "USER", actorUserId: userId, client, data: { sessionId, secondFactor } });
}
