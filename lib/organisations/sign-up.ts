import "server-only";
import { db, Prisma } from "@/lib/db";
import { AppError, validationError } from "@/lib/errors";
import { hashPassword } from "@/lib/auth/password";
import { sendEmailVerificationInTx } from "@/lib/auth/email-verification";
import { ipKey } from "@/lib/rate-limit/ip-key";
import { recordEvent } from "@/lib/audit/record-event";
import type { ClientInfo } from "@/lib/http/client-info";
import { hit } from "@/lib/rate-limit/rate-limit";
import { signUpInput } from "./schemas";
import { transactionOptions } from "@/lib/db/transaction-options";

const emailTaken = () => new AppError("CONFLICT", "validation.fix", { email: "auth.emailTaken" });

/** Accounts created per IP address (IPv6 by /64) per hour. */
export const signUpLimitPerIp = { max: 20, windowSeconds: 3600 };

/**
 * A new person: the account only, and a verification link to the address. Until the link is
 * opened the account cannot create an organisation, sign or invite (lib/auth/account-guard.ts):
 * the processor signer's e-mail address is part of the signature's evidence.
 */
export async function signUp(input: unknown, client: ClientInfo, locale: "nl" | "en" | null = null) {
  const parsed = signUpInput.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error, "validation.fix");
  const { name, email, password } = parsed.data;

  // Counted first (one atomic statement), then decided: parallel sign-ups cannot exceed the limit.
  const limit = await hit(`sign-up:ip:${ipKey(client.ip)}`, signUpLimitPerIp);
  if (limit.isLimited) throw new AppError("RATE_LIMITED", "auth.tooManySignUps");

  if (await db.user.findUnique({ where: { email }, select: { id: true } })) throw emailTaken();
  const passwordHash = await hashPassword(password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({ data: { name, email, passwordHash, locale }, select: { id: true, email: true, name: true, locale: true } });
      await recordEvent(tx, { type: "user.signed_up", actorType: "USER", actorUserId: user.id, client });
      await sendEmailVerificationInTx(tx, user);
      return { userId: user.id };
    }, transactionOptions.short);
  } catch (error) {
    // A parallel sign-up took the address.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw emailTaken();
    throw error;
  }
}
