import "server-only";
import { db } from "@/lib/db";
import { eraseAuditPersonalData } from "@/lib/audit/erase-personal-data";

// What is kept how long (docs/security/secrets.md, "Retention"). Run daily by the "retention.prune"
// job (lib/jobs/worker.ts, pg-boss schedule). Evidence of a signature is never pruned: the signed
// agreement, its signatures, documents, audit events, and the signing session and e-mail
// verifications it was made in live as long as the agreement does.
export const RETENTION = {
  /** Rate-limit windows (at most an hour long) are useless a day after they ended. */
  rateLimitDays: 1,
  /** Sign-in sessions, once expired or ended. */
  sessionDays: 30,
  /** Signing sessions that never led to a signature, after they expired (2 hours after start). */
  unfinishedSigningSessionDays: 30,
  /** Bodies of sent or failed e-mail; the row (to, subject, status, times, attachment) stays as delivery evidence. */
  emailBodyDays: 30,
  /** Expired or replaced download links answer "expired/replaced" this long, then "not found". */
  deadDownloadLinkDays: 90,
} as const;

const dayMs = 24 * 60 * 60 * 1000;
export const EMAIL_BODY_REMOVED = "";

export type PruneCounts = {
  rateLimits: number;
  sessions: number;
  signingSessions: number;
  emailVerifications: number;
  auditEventsErased: number;
  emailBodies: number;
  downloadLinks: number;
};

/**
 * Deletes or empties what is past its retention (see RETENTION) and returns how many rows each
 * step touched. Safe to run on several instances at once (each statement is idempotent); pg-boss
 * runs it once per schedule tick anyway.
 */
export async function pruneExpiredData(now = new Date()): Promise<PruneCounts> {
  const before = (days: number) => new Date(now.getTime() - days * dayMs);

  const rateLimits = await db.rateLimit.deleteMany({
    where: { windowStart: { lt: before(RETENTION.rateLimitDays) }, OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }] },
  });

  const sessionCutoff = before(RETENTION.sessionDays);
  const sessions = await db.session.deleteMany({
    where: { OR: [{ expiresAt: { lt: sessionCutoff } }, { revokedAt: { lt: sessionCutoff } }] },
  });

  // Unfinished signing sessions: gone with their codes' rows; their audit events stay (the chains
  // must), without the e-mail address, IP address and user agent.
  const stale = await db.signingSession.findMany({
    where: { expiresAt: { lt: before(RETENTION.unfinishedSigningSessionDays) }, signedAgreement: { is: null } },
    select: { id: true },
    take: 5000,
  });
  let emailVerifications = 0;
  let auditEventsErased = 0;
  let signingSessions = 0;
  for (const { id } of stale) {
    await db.$transaction(async (tx) => {
      auditEventsErased += (await eraseAuditPersonalData(tx, { signingSessionId: id })).count;
      emailVerifications += (await tx.emailVerification.deleteMany({ where: { signingSessionId: id } })).count;
      // A signature made in the meantime keeps the session (the foreign key refuses, the filter skips it).
      signingSessions += (await tx.signingSession.deleteMany({ where: { id, signedAgreement: { is: null } } })).count;
    });
  }

  const emailBodies = await db.emailMessage.updateMany({
    where: {
      status: { in: ["SENT", "FAILED"] },
      createdAt: { lt: before(RETENTION.emailBodyDays) },
      OR: [{ text: { not: EMAIL_BODY_REMOVED } }, { encryptedVars: { not: null } }],
    },
    data: { text: EMAIL_BODY_REMOVED, encryptedVars: null },
  });

  const deadCutoff = before(RETENTION.deadDownloadLinkDays);
  const downloadLinks = await db.downloadLink.deleteMany({
    where: { OR: [{ expiresAt: { lt: deadCutoff } }, { replacedAt: { lt: deadCutoff } }] },
  });

  return {
    rateLimits: rateLimits.count,
    sessions: sessions.count,
    signingSessions,
    emailVerifications,
    auditEventsErased,
    emailBodies: emailBodies.count,
    downloadLinks: downloadLinks.count,
  };
}
