import "server-only";
import { db, type Tx } from "@/lib/db";
import { recordEvent } from "@/lib/audit/record-event";
import { appUrl } from "@/lib/email/app-url";
import { enqueueEmail } from "@/lib/email/enqueue-email";
import { AppError } from "@/lib/errors";
import type { ClientInfo } from "@/lib/http/client-info";
import { hit } from "@/lib/rate-limit/rate-limit";
import { consumeAccountToken, issueAccountToken, tokenLifetimeMs } from "./account-tokens";

/** Queues the verification link in the caller's transaction (the link itself only in secretVars). */
export async function sendEmailVerificationInTx(tx: Tx, user: { id: string; email: string; name: string; locale: string | null }) {
  const token = await issueAccountToken(tx, user.id, "VERIFY_EMAIL");
  const language = user.locale === "en" ? "en" : "nl";
  await enqueueEmail(tx, {
    to: user.email,
    template: "verify-email",
    language,
    vars: { name: user.name, hours: String(tokenLifetimeMs.VERIFY_EMAIL / 3_600_000) },
    secretVars: { verifyUrl: appUrl(`/account/verify-email/${token}`) },
  });
}

/** "Send the link again": five an hour per account. */
export async function resendEmailVerification(userId: string) {
  const limit = await hit(`verify-email:user:${userId}`, { max: 5, windowSeconds: 3600 });
  if (limit.isLimited) throw new AppError("RATE_LIMITED", "account.tooManyMails");
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, email: true, name: true, locale: true, emailVerifiedAt: true } });
    if (user.emailVerifiedAt) throw new AppError("CONFLICT", "account.emailAlreadyVerified");
    await sendEmailVerificationInTx(tx, user);
  });
}

/** Opens a verification link: once, within 24 hours. */
export async function verifyEmail(token: unknown, client: ClientInfo): Promise<{ userId: string }> {
  return db.$transaction(async (tx) => {
    const userId = await consumeAccountToken(tx, token, "VERIFY_EMAIL");
    if (!userId) throw new AppError("NOT_FOUND", "account.linkInvalid");
    await tx.user.updateMany({ where: { id: userId, emailVerifiedAt: null }, data: { emailVerifiedAt: new Date() } });
    await recordEvent(tx, { type: "user.email_verified", actorType: "USER", actorUserId: userId, client, data: { via: "link" } });
    return { userId };
  });
}
