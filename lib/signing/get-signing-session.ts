import "server-only";
import { db } from "@/lib/db";
import { signingSessionId } from "./schemas";

export type SigningSessionState = {
  versionId: string;
  expiresAt: Date;
  /** The address proven with a code in this session, if any. */
  verifiedEmail: string | null;
  /** The address of the latest code still waiting to be entered. */
  pendingEmail: string | null;
};

/**
 * What the signing form needs after a reload: whether its session can still be used, and which
 * address it proved. Null for an unknown, expired or used session (the form starts a new one).
 * Only the holder of the random session id learns the address it already typed in.
 */
export async function getSigningSession(sessionId: unknown): Promise<SigningSessionState | null> {
  const parsed = signingSessionId.safeParse(sessionId);
  if (!parsed.success) return null;
  const now = new Date();
  const session = await db.signingSession.findUnique({
    where: { id: parsed.data },
    select: {
      versionId: true,
      expiresAt: true,
      email: true,
      emailVerifiedAt: true,
      signedAgreement: { select: { id: true } },
      verifications: {
        where: { consumedAt: null, expiresAt: { gt: now } },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: 1,
        select: { email: true },
      },
    },
  });
  if (!session || session.expiresAt <= now || session.signedAgreement) return null;
  return {
    versionId: session.versionId,
    expiresAt: session.expiresAt,
    verifiedEmail: session.emailVerifiedAt ? session.email : null,
    pendingEmail: session.verifications[0]?.email ?? null,
  };
}
