import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { AccountTokenPurpose, Tx } from "@/lib/db";

export const tokenLifetimeMs: Record<AccountTokenPurpose, number> = {
  VERIFY_EMAIL: 24 * 60 * 60 * 1000,
  RESET_PASSWORD: 60 * 60 * 1000,
};

/** Hex: proxy.ts only lets slug-like segments through, and a 64-character hex token is one. */
const tokenPattern = /^[0-9a-f]{64}$/;

export function hashAccountToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** A new single-use link token; only its hash is stored. Earlier open tokens of the same purpose die. */
export async function issueAccountToken(tx: Tx, userId: string, purpose: AccountTokenPurpose): Promise<string> {
  const token = randomBytes(32).toString("hex");
  await tx.accountToken.updateMany({ where: { userId, purpose, usedAt: null }, data: { usedAt: new Date() } });
  await tx.accountToken.create({
    data: { userId, purpose, tokenHash: hashAccountToken(token), expiresAt: new Date(Date.now() + tokenLifetimeMs[purpose]) },
  });
  return token;
}

/** Spends a token in one statement (of two parallel uses exactly one wins); the user's id, or null. */
export async function consumeAccountToken(tx: Tx, token: unknown, purpose: AccountTokenPurpose): Promise<string | null> {
  if (typeof token !== "string" || !tokenPattern.test(token)) return null;
  const rows = await tx.$queryRaw<{ userId: string }[]>`
    UPDATE "AccountToken" SET "usedAt" = now()
    WHERE "tokenHash" = ${hashAccountToken(token)} AND "purpose" = ${purpose}::"AccountTokenPurpose"
      AND "usedAt" IS NULL AND "expiresAt" > now()
    RETURNING "userId"`;
  return rows[0]?.userId ?? null;
}
