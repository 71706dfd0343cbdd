import "server-only";
import { db } from "@/lib/db";
import { recordEvent } from "@/lib/audit/record-event";
import { notFound } from "@/lib/errors";
import type { ClientInfo } from "@/lib/http/client-info";
import { email as emailSchema } from "@/lib/validation/fields";
import { newSigningSessionId, SESSION_TTL_MS } from "./signing-codes";
import { findSignableVersion, sessionEventBase } from "./signing-session";
import { transactionOptions } from "@/lib/db/transaction-options";

/**
 * UNSAFE: for trusted callers only (the demo seed, scripts), never for input from a request.
 * Makes a signing session whose address counts as verified WITHOUT a code, so that signAgreement
 * can be called outside a browser. The trail says so: "signing.email_asserted" with who asserted
 * it, never "signing.code_accepted".
 */
export async function unsafeCreateVerifiedSigningSession(
  versionId: string,
  email: string,
  client: ClientInfo,
  { assertedBy }: { assertedBy: string },
): Promise<{ sessionId: string }> {
  const version = await findSignableVersion(versionId);
  if (!version) throw notFound();
  const address = emailSchema.parse(email);
  const sessionId = newSigningSessionId();
  const now = new Date();
  await db.$transaction(async (tx) => {
    await tx.signingSession.create({
      data: {
        id: sessionId,
        versionId: version.id,
        email: address,
        emailVerifiedAt: now,
        ip: client.ip,
        userAgent: client.userAgent,
        expiresAt: new Date(now.getTime() + SESSION_TTL_MS),
      },
    });
    const base = { ...sessionEventBase(version, sessionId), client };
    await recordEvent(tx, { ...base, type: "signing.started", actorType: "PUBLIC" });
    await recordEvent(tx, { ...base, type: "signing.email_asserted", actorType: "SYSTEM", actorEmail: address, data: { assertedBy } });
  }, transactionOptions.short);
  return { sessionId };
}
