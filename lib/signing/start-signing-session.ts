import "server-only";
import { db } from "@/lib/db";
import { recordEvent } from "@/lib/audit/record-event";
import { notFound, validationError } from "@/lib/errors";
import type { ClientInfo } from "@/lib/http/client-info";
import { hit } from "@/lib/rate-limit/rate-limit";
import { startSessionInput } from "./schemas";
import { newSigningSessionId, SESSION_TTL_MS, SESSIONS_PER_HOUR_PER_IP, SigningFlowError } from "./signing-codes";
import { findSignableVersion, sessionEventBase } from "./signing-session";
import { transactionOptions } from "@/lib/db/transaction-options";

/**
 * A controller starts signing a published version: a session (2 hours) in which they prove their
 * e-mail address and then sign. Its random id is the signer's only handle on it.
 */
export async function startSigningSession(versionId: unknown, client: ClientInfo): Promise<{ sessionId: string; expiresAt: Date }> {
  const parsed = startSessionInput.safeParse({ versionId });
  if (!parsed.success) throw validationError(parsed.error, "validation.fix");
  const version = await findSignableVersion(parsed.data.versionId);
  if (!version) throw notFound();
  // Generous for people (a session is reused across reloads), but no flood of rows and events.
  if (client.ip) {
    const limit = await hit(`signing-session:ip:${client.ip}`, { max: SESSIONS_PER_HOUR_PER_IP, windowSeconds: 3600 });
    if (limit.isLimited) {
      throw new SigningFlowError("RATE_LIMITED", "signing.tooManyCodes", { email: "signing.tooManyCodes" }, {
        retryAfterMinutes: Math.max(1, Math.ceil(limit.retryAfterSeconds / 60)),
      });
    }
  }

  const sessionId = newSigningSessionId();
  const expiresAt = new Date(Date.now() + SESSION_TTL_MS);
  await db.$transaction(async (tx) => {
    await tx.signingSession.create({
      data: { id: sessionId, versionId: version.id, ip: client.ip, userAgent: client.userAgent, expiresAt },
    });
    await recordEvent(tx, {
      ...sessionEventBase(version, sessionId),
      type: "signing.started",
      actorType: "PUBLIC",
      client,
      data: { expiresAt: expiresAt.toISOString() },
    });
    // The signer has the agreement in front of them: which version, by its hash.
    await recordEvent(tx, {
      ...sessionEventBase(version, sessionId),
      type: "agreement.viewed",
      actorType: "PUBLIC",
      client,
      data: { contentHash: version.contentHash },
    });
  }, transactionOptions.short);
  return { sessionId, expiresAt };
}
