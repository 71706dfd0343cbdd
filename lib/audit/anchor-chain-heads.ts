import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { db, type Tx } from "@/lib/db";
import type { AuditProblem } from "./chain-checker";

// Anchors of the audit chains' heads (docs/decisions/010-audit-trail.md, issue 8 item 14). A hash
// chain shows that nothing was changed or removed in its middle, but a chain whose last events were
// deleted is still a valid, shorter chain. So a scheduled job (pg-boss "audit.anchor") records each
// chain's head (seq and hash) with an HMAC under AUDIT_ANCHOR_KEY, a key that is in the app's
// environment and not in the database: whoever can only write to the database cannot make an anchor
// for a chain head they forged, and deleting an anchored event is reported as "truncated".

const VERSION = "anchor1";
/** Chains touched by the newest events are anchored again: this many seq numbers back, for
 * transactions that took a seq before the previous run but committed after it. */
const LOOKBACK = 1_000n;

/** AUDIT_ANCHOR_KEY, else a key derived from NEXTAUTH_SECRET (with its own label); null without both. */
export function anchorKey(env: Record<string, string | undefined> = process.env): Buffer | null {
  if (env.AUDIT_ANCHOR_KEY) return Buffer.from(env.AUDIT_ANCHOR_KEY, "utf8");
  if (!env.NEXTAUTH_SECRET) return null;
  return createHmac("sha256", env.NEXTAUTH_SECRET).update("audit-anchor-key").digest();
}

export const anchorKeyId = (key: Buffer) => createHmac("sha256", key).update("key-id").digest("hex").slice(0, 8);

export function anchorMac(key: Buffer, chainKey: string, headSeq: bigint | string, headHash: string): string {
  return createHmac("sha256", key).update(`${VERSION}\0${chainKey}\0${headSeq}\0${headHash}`).digest("hex");
}

/** Anchors the head of every chain that changed since the last run; returns how many were new. */
export async function anchorChainHeads(client: Tx = db, key: Buffer | null = anchorKey()): Promise<{ anchored: number }> {
  if (!key) throw new Error("Set AUDIT_ANCHOR_KEY or NEXTAUTH_SECRET: audit chain heads are anchored with it");
  // Where the last run got to: the newest anchor whose MAC verifies (a forged one with a huge seq,
  // inserted by someone without the key, must not stop the anchoring). None: every chain.
  const recent = await client.auditAnchor.findMany({ orderBy: { headSeq: "desc" }, take: 20 });
  const watermark = recent.find((anchor) => anchor.mac === anchorMac(key, anchor.chainKey, anchor.headSeq, anchor.headHash))?.headSeq ?? 0n;
  const since = watermark - LOOKBACK;
  const heads = await client.$queryRaw<{ chainKey: string; seq: bigint; hash: string }[]>`
    SELECT DISTINCT ON (e."chainKey") e."chainKey", e.seq, e.hash
    FROM "AuditEvent" e
    WHERE e."chainKey" IN (SELECT DISTINCT "chainKey" FROM "AuditEvent" WHERE seq > ${since} AND "chainKey" IS NOT NULL)
      AND e.hash IS NOT NULL
    ORDER BY e."chainKey", e.seq DESC`;
  const keyId = anchorKeyId(key);
  const { count } = await client.auditAnchor.createMany({
    data: heads.map((head) => ({ chainKey: head.chainKey, headSeq: head.seq, headHash: head.hash, keyId, mac: anchorMac(key, head.chainKey, head.seq, head.hash) })),
    skipDuplicates: true, // the head did not move since it was anchored
  });
  return { anchored: count };
}

export type AnchorCheck = { checked: number; unchecked: number; problems: AuditProblem[] };

/**
 * Checks the newest anchor of each chain in scope (null: all): its MAC, and that the event it names
 * is still there with the same hash. The chain check itself covers everything before that event.
 */
export async function checkAnchors(client: Tx, chainKeys: string[] | null, key: Buffer | null = anchorKey()): Promise<AnchorCheck> {
  if (chainKeys !== null && chainKeys.length === 0) return { checked: 0, unchecked: 0, problems: [] };
  const rows = await client.$queryRaw<
    { chainKey: string; headSeq: bigint; headHash: string; keyId: string; mac: string; createdAt: Date; eventId: string | null; eventHash: string | null }[]
  >`
    SELECT DISTINCT ON (a."chainKey") a."chainKey", a."headSeq", a."headHash", a."keyId", a.mac, a."createdAt", e.id AS "eventId", e.hash AS "eventHash"
    FROM "AuditAnchor" a
    LEFT JOIN "AuditEvent" e ON e.seq = a."headSeq" AND e."chainKey" = a."chainKey"
    WHERE ${chainKeys === null}::boolean OR a."chainKey" = ANY(${chainKeys ?? []}::text[])
    ORDER BY a."chainKey", a."headSeq" DESC`;
  const keyId = key ? anchorKeyId(key) : null;
  const result: AnchorCheck = { checked: 0, unchecked: 0, problems: [] };
  for (const row of rows) {
    const at = `anchored ${row.createdAt.toISOString()} at seq ${row.headSeq}`;
    if (key && row.keyId === keyId) {
      result.checked++;
      const expected = Buffer.from(anchorMac(key, row.chainKey, row.headSeq, row.headHash), "hex");
      const actual = Buffer.from(row.mac, "hex");
      if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) {
        result.problems.push({ chainKey: row.chainKey, seq: row.headSeq.toString(), eventId: row.eventId, kind: "anchor", detail: `${at}: its MAC does not verify with AUDIT_ANCHOR_KEY (not made by the application)` });
        continue;
      }
    } else {
      result.unchecked++;
    }
    if (!row.eventId) {
      result.problems.push({ chainKey: row.chainKey, seq: row.headSeq.toString(), eventId: null, kind: "truncated", detail: `${at}, but that event is missing: the end of the chain was deleted` });
    } else if (row.eventHash !== row.headHash) {
      result.problems.push({ chainKey: row.chainKey, seq: row.headSeq.toString(), eventId: row.eventId, kind: "anchor", detail: `${at} with hash ${row.headHash.slice(0, 16)}…, but the event there now has another hash` });
    }
  }
  return result;
}
