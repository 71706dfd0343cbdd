import "server-only";
import { db } from "@/lib/db";
import type { ClientInfo } from "@/lib/http/client-info";

export const sessionMaxAgeSeconds = 12 * 60 * 60;

export async function createSession(userId: string, client: ClientInfo) {
  return db.session.create({
    data: {
      userId,
      expiresAt: new Date(Date.now() + sessionMaxAgeSeconds * 1000),
      ip: client.ip,
      userAgent: client.userAgent,
    },
  });
}

export async function findActiveSession(sessionId: string) {
  return db.session.findFirst({
    where: { id: sessionId, revokedAt: null, expiresAt: { gt: new Date() } },
    select: { id: true, user: { select: { id: true, email: true, name: true, locale: true } } },
  });
}

export async function revokeSession(sessionId: string) {
  await db.session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
}
