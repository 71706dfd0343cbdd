import "server-only";
import { db } from "@/lib/db";
import { recordEvent } from "@/lib/audit/record-event";
import { enqueueEmail } from "@/lib/email/enqueue-email";
import { validationError } from "@/lib/errors";
import type { ClientInfo } from "@/lib/http/client-info";
import { hit } from "@/lib/rate-limit/rate-limit";
import { sendCodeInput } from "./schemas";
import {
  CODE_TTL_MINUTES,
  CODES_PER_HOUR,
  emailLimitKey,
  newSigningCode,
  RESEND_AFTER_SECONDS,
  signingCodeHash,
  SigningFlowError,
} from "./signing-codes";
import { loadOpenSigningSession, sessionEventBase } from "./signing-session";
import { transactionOptions } from "@/lib/db/transaction-options";

const hourly = { max: CODES_PER_HOUR, windowSeconds: 3600 };

/** At most 5 codes an hour per address and per IP address; counted before anything is sent. */
async function assertWithinLimits(email: string, client: ClientInfo) {
  const checks = [hit(emailLimitKey(email), hourly)];
  if (client.ip) checks.push(hit(`signing-code:ip:${client.ip}`, hourly));
  const limited = (await Promise.all(checks)).filter((result) => result.isLimited);
  if (limited.length === 0) return;
  const retryAfterSeconds = Math.max(...limited.map((result) => result.retryAfterSeconds));
  throw new SigningFlowError("RATE_LIMITED", "signing.tooManyCodes", { email: "signing.tooManyCodes" }, {
    retryAfterMinutes: Math.max(1, Math.ceil(retryAfterSeconds / 60)),
  });
}

/**
 * Sends a 6-digit code to the address the signer gives. Only its keyed hash is stored; it is valid
 * for 10 minutes, once, in this session only, and replaces any earlier code of the session. The
 * code, its e-mail and the audit event are written in one transaction: no mail without a code.
 */
export async function sendSigningCode(
  sessionId: unknown,
  email: unknown,
  client: ClientInfo,
): Promise<{ email: string; expiresAt: Date; resendAfterSeconds: number }> {
  const parsed = sendCodeInput.safeParse({ sessionId, email });
  if (!parsed.success) throw validationError(parsed.error, "validation.fix");
  const input = parsed.data;
  const { version } = await loadOpenSigningSession(input.sessionId);
  await assertWithinLimits(input.email, client);

  const code = newSigningCode();
  const now = new Date();
  const expiresAt = new Date(now.getTime() + CODE_TTL_MINUTES * 60_000);
  await db.$transaction(async (tx) => {
    // A new code makes the earlier ones of this session worthless.
    await tx.emailVerification.updateMany({
      where: { signingSessionId: input.sessionId, consumedAt: null, expiresAt: { gt: now } },
      data: { expiresAt: now },
    });
    const verification = await tx.emailVerification.create({
      data: {
        signingSessionId: input.sessionId,
        email: input.email,
        codeHash: signingCodeHash(input.sessionId, code),
        expiresAt,
        ip: client.ip,
        createdAt: now,
      },
    });
    await enqueueEmail(tx, {
      to: input.email,
      template: "signing-code",
      language: version.language,
      vars: { agreementTitle: version.title, processorName: version.processorName, minutes: String(CODE_TTL_MINUTES) },
      secretVars: { code },
      organisationId: version.organisationId,
      signingSessionId: input.sessionId,
    });
    await recordEvent(tx, {
      ...sessionEventBase(version, input.sessionId),
      type: "signing.code_sent",
      actorType: "PUBLIC",
      actorEmail: input.email,
      client,
      data: { verificationId: verification.id, expiresAt: expiresAt.toISOString() },
    });
  }, transactionOptions.short);
  return { email: input.email, expiresAt, resendAfterSeconds: RESEND_AFTER_SECONDS };
}
