import "server-only";
import { db } from "@/lib/db";

export type Limit = { max: number; windowSeconds: number };

function windowStart(windowSeconds: number, now = Date.now()): Date {
  const size = windowSeconds * 1000;
  return new Date(Math.floor(now / size) * size);
}

/** Counts one hit atomically (safe across instances and parallel requests); returns the new count. */
export async function hit(key: string, limit: Limit): Promise<{ count: number; isLimited: boolean; retryAfterSeconds: number }> {
  const start = windowStart(limit.windowSeconds);
  const rows = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimit" ("key", "windowStart", "count") VALUES (${key}, ${start}, 1)
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimit"."count" + 1
    RETURNING "count"`;
  const count = Number(rows[0].count);
  const retryAfterSeconds = Math.ceil((start.getTime() + limit.windowSeconds * 1000 - Date.now()) / 1000);
  return { count, isLimited: count > limit.max, retryAfterSeconds };
}

/** Reads without counting. */
export async function isLimited(key: string, limit: Limit): Promise<{ isLimited: boolean; retryAfterSeconds: number }> {
  const start = windowStart(limit.windowSeconds);
  const row = await db.rateLimit.findUnique({ where: { key_windowStart: { key, windowStart: start } } });
  const retryAfterSeconds = Math.ceil((start.getTime() + limit.windowSeconds * 1000 - Date.now()) / 1000);
  return { isLimited: (row?.count ?? 0) >= limit.max, retryAfterSeconds };
}

/** Old windows are useless; dropping them keeps the table small. */
export async function pruneRateLimits(olderThan = new Date(Date.now() - 24 * 3600 * 1000)) {
  await db.rateLimit.deleteMany({ where: { windowStart: { lt: olderThan } } });
}

/** Gives back one counted hit (e.g. a sign-in that turned out right), never below zero. */
export async function refund(key: string, limit: Limit): Promise<void> {
  const start = windowStart(limit.windowSeconds);
  await db.$executeRaw`
    UPDATE "RateLimit" SET "count" = GREATEST("count" - 1, 0) WHERE "key" = ${key} AND "windowStart" = ${start}`;
}
