import "server-only";
import { db, type Tx } from "@/lib/db";
import { recordEvent } from "@/lib/audit/record-event";
import { AppError } from "@/lib/errors";
import type { ClientInfo } from "@/lib/http/client-info";

export const sessionMaxAgeSeconds = 12 * 60 * 60;
const lastSeenEveryMs = 60 * 1000;

export async function createSession(userId: string, client: ClientInfo, tx: Tx = db) {
  return tx.session.create({
    data: {
      userId,
      expiresAt: new Date(Date.now() + sessionMaxAgeSeconds * 1000),
      ip: client.ip,
      userAgent: client.userAgent,
      lastSeenAt: new Date(),
    },
  });
}

export async function findActiveSession(sessionId: string) {
  const session = await db.session.findFirst({
    where: { id: sessionId, revokedAt: null, expiresAt: { gt: new Date() } },
    select: { id: true, lastSeenAt: true, user: { select: { id: true, email: true, name: true, locale: true } } },
  });
  // "Last seen" for the list of sessions: one conditional write a minute at most.
  if (session && (!session.lastSeenAt || Date.now() - session.lastSeenAt.getTime() > lastSeenEveryMs)) {
    await db.session.updateMany({
      where: { id: session.id, OR: [{ lastSeenAt: null }, { lastSeenAt: { lt: new Date(Date.now() - lastSeenEveryMs) } }] },
      data: { lastSeenAt: new Date() },
    });
  }
  return session;
}

export async function revokeSession(sessionId: string) {
  await db.session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
}

/** The user's sessions that still work, newest first; `isCurrent` marks the one asking. */
export async function listActiveSessions(user: { id: string; sessionId: string }) {
  const sessions = await db.session.findMany({
    where: { userId: user.id, revokedAt: null, expiresAt: { gt: new Date() } },
    orderBy: { createdAt: "desc" },
    take: 100,
    select: { id: true, ip: true, userAgent: true, createdAt: true, lastSeenAt: true, expiresAt: true },
  });
  return sessions.map((session) => ({ ...session, isCurrent: session.id === user.sessionId }));
}

/** Ends one of the user's own sessions (another user's id: not found, nothing changes). */
export async function endSession(user: { id: string }, sessionId: unknown, client: ClientInfo) {
  if (typeof sessionId !== "string" || sessionId.length > 64) throw new AppError("NOT_FOUND", "account.sessionNotFound");
  await db.$transaction(async (tx) => {
    const ended = await tx.session.updateMany({
      where: { id: sessionId, userId: user.id, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (ended.count === 0) throw new AppError("NOT_FOUND", "account.sessionNotFound");
    await recordEvent(tx, { type: "user.session_ended", actorType: "USER", actorUserId: user.id, client, data: { sessionIds: [sessionId], reason: "ended-by-user" } });
  });
}

/** Ends every session of the user but `keepSessionId` (none kept when null), in the caller's transaction. */
export async function endSessionsInTx(tx: Tx, userId: string, keepSessionId: string | null): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    UPDATE "Session" SET "revokedAt" = now()
    WHERE "userId" = ${userId} AND "revokedAt" IS NULL AND "id" IS DISTINCT FROM ${keepSessionId}::text
    RETURNING id`;
  return rows.map((row) => row.id);
}

export async function endOtherSessions(user: { id: string; sessionId: string }, client: ClientInfo) {
  return db.$transaction(async (tx) => {
    const ended = await endSessionsInTx(tx, user.id, user.sessionId);
    if (ended.length > 0) {
      await recordEvent(tx, { type: "user.session_ended", actorType: "USER", actorUserId: user.id, client, data: { sessionIds: ended, reason: "end-all-others" } });
    }
    return ended.length;
  });
}
