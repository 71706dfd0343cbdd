import "server-only";
import { createHash } from "node:crypto";

/**
 * The hash chain of the audit log (docs/decisions/010-audit-trail.md). Pure functions, shared by
 * recordEvent (which writes the chain) and verifyAuditChains (which recomputes it).
 */

export type ChainFields = {
  signedAgreementId?: string | null;
  signingSessionId?: string | null;
  organisationId?: string | null;
};

/** One chain per signed agreement, per signing session before it, per organisation, and one for the rest. */
export function chainKeyFor(event: ChainFields): string {
  if (event.signedAgreementId) return `sa:${event.signedAgreementId}`;
  if (event.signingSessionId) return `ss:${event.signingSessionId}`;
  if (event.organisationId) return `org:${event.organisationId}`;
  return "system";
}

export const sessionChainKey = (signingSessionId: string) => `ss:${signingSessionId}`;

/** Everything an event's hash covers. Personal data only through its commitment (lib/audit/pii.ts). */
export type HashedEvent = {
  chainKey: string;
  type: string;
  actorType: string;
  actorUserId: string | null;
  organisationId: string | null;
  agreementId: string | null;
  versionId: string | null;
  signedAgreementId: string | null;
  signingSessionId: string | null;
  createdAt: Date;
  data: unknown;
  piiCommitment: string | null;
  prevHash: string | null;
};

/** SHA-256 (hex) over the canonical JSON of the event and the previous event's hash. */
export function eventHash(event: HashedEvent): string {
  const payload = {
    v: 1, // the encoding's version, so that a later change of it can be told apart
    chainKey: event.chainKey,
    type: event.type,
    actorType: event.actorType,
    actorUserId: event.actorUserId,
    organisationId: event.organisationId,
    agreementId: event.agreementId,
    versionId: event.versionId,
    signedAgreementId: event.signedAgreementId,
    signingSessionId: event.signingSessionId,
    createdAt: event.createdAt.toISOString(),
    data: event.data ?? {},
    piiCommitment: event.piiCommitment,
    prevHash: event.prevHash,
  };
  return createHash("sha256").update(canonicalJson(payload), "utf8").digest("hex");
}

/**
 * JSON with object keys sorted at every level and no whitespace: the same value always gives the
 * same bytes, whatever order PostgreSQL's jsonb hands the keys back in.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(",")}}`;
}

/**
 * What `data` will be once stored as jsonb and read back (Dates become strings, undefined goes),
 * so the hash computed before the insert matches the one recomputed from the row.
 */
export function normaliseData(data: Record<string, unknown> | undefined): Record<string, unknown> {
  return JSON.parse(JSON.stringify(data ?? {})) as Record<string, unknown>;
}

/** A 64-bit advisory lock key for a chain; a collision only makes two chains wait for each other. */
export function chainLockKey(chainKey: string): bigint {
  return createHash("sha256").update(`audit-chain\0${chainKey}`).digest().readBigInt64BE(0);
}
