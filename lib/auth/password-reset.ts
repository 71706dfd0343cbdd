import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { recordEvent } from "@/lib/audit/record-event";
import { appUrl } from "@/lib/email/app-url";
import { enqueueEmail } from "@/lib/email/enqueue-email";
import { AppError, validationError } from "@/lib/errors";
import type { ClientInfo } from "@/lib/http/client-info";
import { password } from "@/lib/organisations/schemas";
import { hit } from "@/lib/rate-limit/rate-limit";
import { email } from "@/lib/validation/fields";
import { consumeAccountToken, hashAccountToken, tokenLifetimeMs } from "./account-tokens";
import { issueAccountToken } from "./account-tokens";
import { hashPassword } from "./password";
import { endSessionsInTx } from "./sessions";
import { ipKey } from "@/lib/rate-limit/ip-key";

const requestInput = z.object({ email });

/**
 * "Forgot password": the same answer whether or not the address has an account (no enumeration).
 * Three mails an hour per address, ten requests an hour per IP address (IPv6 by /64).
 */
export async function requestPasswordReset(input: unknown, client: ClientInfo) {
  const parsed = requestInput.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error, "validation.fix");
  const address = parsed.data.email;
  const [byIp, byEmail] = await Promise.all([
    hit(`password-reset:ip:${ipKey(client.ip)}`, { max: 10, windowSeconds: 3600 }),
    hit(`password-reset:email:${address}`, { max: 3, windowSeconds: 3600 }),
  ]);
  if (byIp.isLimited) throw new AppError("RATE_LIMITED", "account.tooManyMails");
  if (byEmail.isLimited) return;
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email: address }, select: { id: true, email: true, name: true, locale: true } });
    if (!user) return;
    const token = await issueAccountToken(tx, user.id, "RESET_PASSWORD");
    await enqueueEmail(tx, {
      to: user.email,
      template: "password-reset",
      language: user.locale === "en" ? "en" : "nl",
      vars: { name: user.name, minutes: String(tokenLifetimeMs.RESET_PASSWORD / 60_000) },
      secretVars: { resetUrl: appUrl(`/account/reset-password/${token}`) },
    });
  });
}

/** Whether a reset link can still be used (for the page; using it decides again). */
export async function isResetTokenOpen(token: unknown): Promise<boolean> {
  if (typeof token !== "string" || !/^[0-9a-f]{64}$/.test(token)) return false;
  const row = await db.accountToken.findUnique({ where: { tokenHash: hashAccountToken(token) }, select: { purpose: true, usedAt: true, expiresAt: true } });
  return !!row && row.purpose === "RESET_PASSWORD" && !row.usedAt && row.expiresAt > new Date();
}

const resetInput = z.object({ password });

/** A new password by link: once, within an hour; every session of the account ends. */
export async function resetPassword(token: unknown, input: unknown, client: ClientInfo) {
  const parsed = resetInput.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error, "validation.fix");
  if (!(await isResetTokenOpen(token))) throw new AppError("NOT_FOUND", "account.linkInvalid");
  const passwordHash = await hashPassword(parsed.data.password);
  return db.$transaction(async (tx) => {
    const userId = await consumeAccountToken(tx, token, "RESET_PASSWORD");
    if (!userId) throw new AppError("NOT_FOUND", "account.linkInvalid");
    // The link reached the mailbox: that proves the address as well.
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { emailVerifiedAt: true } });
    await tx.user.update({ where: { id: userId }, data: { passwordHash, emailVerifiedAt: user.emailVerifiedAt ?? new Date() } });
    const ended = await endSessionsInTx(tx, userId, null);
    await recordEvent(tx, { type: "user.password_reset", actorType: "USER", actorUserId: userId, client, data: { sessionsEnded: ended.length } });
    return { userId };
  });
}
