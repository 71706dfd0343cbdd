import "server-only";
import { db, type Tx } from "@/lib/db";
import { recordEvent } from "@/lib/audit/record-event";
import { AppError, validationError } from "@/lib/errors";
import type { ClientInfo } from "@/lib/http/client-info";
import { ipKey } from "@/lib/rate-limit/ip-key";
import { hit } from "@/lib/rate-limit/rate-limit";
import { verifyCodeInput } from "./schemas";
import {
  CODE_CHECKS_PER_HOUR_PER_IP,
  CODE_CHECKS_PER_HOUR_PER_SESSION,
  isSameHash,
  MAX_TRIES_PER_CODE,
  RECORDED_REFUSALS_PER_CODE,
  signingCodeHash,
  SigningFlowError,
} from "./signing-codes";
import { loadOpenSigningSession, sessionEventBase } from "./signing-session";
import { transactionOptions } from "@/lib/db/transaction-options";

type Refusal = "not_sent" | "expired" | "used" | "burned" | "wrong";

const refusalMessages: Record<Refusal, string> = {
  not_sent: "signing.codeNotSent",
  expired: "signing.codeExpired",
  used: "signing.codeUsed",
  burned: "signing.codeBurned",
  wrong: "signing.codeWrong",
};

/** Counted before any work: per session and per client address (IPv6 by /64). Nothing is recorded when limited. */
async function assertWithinLimits(sessionId: string, client: ClientInfo) {
  const results = await Promise.all([
    hit(`signing-verify:session:${sessionId}`, { max: CODE_CHECKS_PER_HOUR_PER_SESSION, windowSeconds: 3600 }),
    hit(`signing-verify:${ipKey(client.ip)}`, { max: CODE_CHECKS_PER_HOUR_PER_IP, windowSeconds: 3600 }),
  ]);
  const limited = results.filter((result) => result.isLimited);
  if (limited.length === 0) return;
  const retryAfterSeconds = Math.max(...limited.map((result) => result.retryAfterSeconds));
  throw new SigningFlowError("RATE_LIMITED", "signing.tooManyChecks", { code: "signing.tooManyChecks" }, {
    retryAfterMinutes: Math.max(1, Math.ceil(retryAfterSeconds / 60)),
  });
}

/**
 * Whether this refusal goes into the audit trail: the first few of each code (or, before any code
 * was sent, of the session). Counted atomically in the rate-limit table, inside the transaction
 * (no second connection while this one is held), so parallel refusals cannot all slip under the
 * cap; the day-long window outlives any code and session.
 */
async function isRefusalRecorded(tx: Tx, subject: string): Promise<boolean> {
  const day = 24 * 3600 * 1000;
  const windowStart = new Date(Math.floor(Date.now() / day) * day);
  const [row] = await tx.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimit" ("key", "windowStart", "count") VALUES (${`signing-verify:refusal-rows:${subject}`}, ${windowStart}, 1)
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimit"."count" + 1
    RETURNING "count"`;
  return Number(row.count) <= RECORDED_REFUSALS_PER_CODE;
}

type Outcome = { ok: true; email: string; verifiedAt: Date } | { ok: false; reason: Refusal; triesLeft: number };

/**
 * Checks a code against the latest code sent in this session. Every try is counted with one atomic
 * UPDATE ... RETURNING, so parallel tries cannot be lost: the sixth and later tries find the code
 * burnt, whatever they contain. Success marks the code used and the session's address verified;
 * a refusal changes nothing else and is recorded in the audit trail for the first few tries of each
 * code only. Checks are rate-limited per session and per client address before anything else.
 */
export async function verifySigningCode(
  sessionId: unknown,
  code: unknown,
  client: ClientInfo,
): Promise<{ email: string; verifiedAt: Date }> {
  const parsed = verifyCodeInput.safeParse({ sessionId, code });
  if (!parsed.success) throw validationError(parsed.error, "validation.fix");
  const input = parsed.data;
  const { version } = await loadOpenSigningSession(input.sessionId);
  await assertWithinLimits(input.sessionId, client);
  const base = sessionEventBase(version, input.sessionId);

  const outcome = await db.$transaction(
    async (tx): Promise<Outcome> => {
      const now = new Date();
      const latest = await tx.emailVerification.findFirst({
        where: { signingSessionId: input.sessionId },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        select: { id: true, email: true },
      });
      const refuse = async (reason: Refusal, attempts: number | null, email: string | null): Promise<Outcome> => {
        const triesLeft = attempts === null ? 0 : Math.max(0, MAX_TRIES_PER_CODE - attempts);
        if (!(await isRefusalRecorded(tx, latest ? `code:${latest.id}` : `session:${input.sessionId}`))) return { ok: false, reason, triesLeft };
        await recordEvent(tx, {
          ...base,
          type: "signing.code_refused",
          actorType: "PUBLIC",
          actorEmail: email,
          client,
          data: { reason, ...(latest ? { verificationId: latest.id } : {}), ...(attempts === null ? {} : { attempts }) },
        });
        return { ok: false, reason, triesLeft };
      };
      if (!latest) return refuse("not_sent", null, null);

      // Counts this try whatever happens next; expired and used codes are not counted.
      const [counted] = await tx.$queryRaw<{ attempts: number; codeHash: string; email: string }[]>`
        UPDATE "EmailVerification" SET "attempts" = "attempts" + 1
        WHERE "id" = ${latest.id} AND "consumedAt" IS NULL AND "expiresAt" > ${now}
        RETURNING "attempts", "codeHash", "email"`;
      if (!counted) {
        const row = await tx.emailVerification.findUniqueOrThrow({ where: { id: latest.id }, select: { consumedAt: true, attempts: true } });
        return refuse(row.consumedAt ? "used" : "expired", row.attempts, latest.email);
      }
      const attempts = Number(counted.attempts);
      if (attempts > MAX_TRIES_PER_CODE) return refuse("burned", attempts, counted.email);
      if (!isSameHash(counted.codeHash, signingCodeHash(input.sessionId, input.code))) {
        return refuse(attempts >= MAX_TRIES_PER_CODE ? "burned" : "wrong", attempts, counted.email);
      }

      const consumed = await tx.emailVerification.updateMany({
        where: { id: latest.id, consumedAt: null },
        data: { consumedAt: now },
      });
      if (consumed.count === 0) return refuse("used", attempts, counted.email);
      await tx.signingSession.update({
        where: { id: input.sessionId },
        data: { email: counted.email, emailVerifiedAt: now },
      });
      await recordEvent(tx, {
        ...base,
        type: "signing.code_accepted",
        actorType: "SIGNER",
        actorEmail: counted.email,
        client,
        data: { verificationId: latest.id, attempts },
      });
      return { ok: true, email: counted.email, verifiedAt: now };
    },
    transactionOptions.short,
  );

  if (outcome.ok) return { email: outcome.email, verifiedAt: outcome.verifiedAt };
  const message = refusalMessages[outcome.reason];
  if (outcome.reason === "wrong") {
    throw new SigningFlowError("VALIDATION", message, { code: message }, { triesLeft: outcome.triesLeft });
  }
  throw new AppError("VALIDATION", message, { code: message });
}
