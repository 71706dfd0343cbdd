import "server-only";
import { db, type Prisma, type Tx } from "@/lib/db";
import { checkAnchors } from "./anchor-chain-heads";
import { ChainChecker, type AuditProblem, type CheckedEvent } from "./chain-checker";
import { piiKey } from "./pii";

export type { AuditProblem, AuditProblemKind } from "./chain-checker";

export type AuditVerification = {
  /** Hash chains checked. */
  chains: number;
  /** Events in those chains. */
  events: number;
  /** Events written before the hash chain existed: listed, not checked, not a failure. */
  legacyEvents: number;
  /** Events whose remaining personal data was compared with its commitment; skipped without the key. */
  personalData: { checked: number; unchecked: number };
  /** Chain heads anchored with AUDIT_ANCHOR_KEY (the newest anchor per chain); unchecked without the key. */
  anchors: { checked: number; unchecked: number };
  problems: AuditProblem[];
};

/** The whole database (the CLI), one organisation's chains (its admin page), or one signed agreement's. */
export type VerificationScope = { organisationId?: string; signedAgreementId?: string };

const PAGE_SIZE = 500;
const MAX_UNCHAINED_REPORTED = 1000;

const eventSelect = {
  id: true, seq: true, chainKey: true, type: true, actorType: true, actorUserId: true, actorEmail: true, ip: true,
  userAgent: true, organisationId: true, agreementId: true, versionId: true, signedAgreementId: true,
  signingSessionId: true, createdAt: true, data: true, piiCommitment: true, prevHash: true, hash: true,
} satisfies Prisma.AuditEventSelect;

/**
 * Recomputes every hash chain in scope and reports each event that was edited, inserted or is
 * missing. Streams through the events in (chain, seq) order one page at a time, so the table is
 * never held in memory. `client` is for tests that check a database of their own.
 */
export async function verifyAuditChains(scope: VerificationScope = {}, client: Tx = db): Promise<AuditVerification> {
  const { chainKeys, legacyWhere } = await resolveScope(client, scope);
  const checker = new ChainChecker(client, piiKey());
  let chains = 0;
  let events = 0;
  let cursor: { chainKey: string; seq: bigint } | null = null;

  if (chainKeys === null || chainKeys.length > 0) {
    for (;;) {
      const page: CheckedEvent[] = (await client.auditEvent.findMany({
        where: {
          AND: [
            chainKeys === null ? { chainKey: { not: null } } : { chainKey: { in: chainKeys } },
            cursor ? { OR: [{ chainKey: { gt: cursor.chainKey } }, { chainKey: cursor.chainKey, seq: { gt: cursor.seq } }] } : {},
          ],
        },
        orderBy: [{ chainKey: "asc" }, { seq: "asc" }],
        take: PAGE_SIZE,
        select: eventSelect,
      })) as CheckedEvent[];
      for (const event of page) {
        if (event.chainKey !== checker.chainKey) {
          checker.startChain(event.chainKey);
          chains++;
        }
        await checker.check(event);
        events++;
      }
      if (page.length < PAGE_SIZE) break;
      const last = page[page.length - 1];
      cursor = { chainKey: last.chainKey, seq: last.seq };
    }
  }

  const legacy = await checkUnchained(client, legacyWhere);
  const anchors = await checkAnchors(client, chainKeys);
  return {
    chains,
    events,
    legacyEvents: legacy.count,
    personalData: checker.personalData,
    anchors: { checked: anchors.checked, unchecked: anchors.unchecked },
    problems: [...checker.problems, ...legacy.problems, ...anchors.problems],
  };
}

// Which chains, and which unchained events, belong to the scope. An organisation's chains are those
// its events name, its own chain, and the signing sessions of its signed agreements.
async function resolveScope(client: Tx, scope: VerificationScope): Promise<{ chainKeys: string[] | null; legacyWhere: Prisma.AuditEventWhereInput }> {
  // A scope key given without a value must not silently widen the check to every tenant's data.
  for (const [name, value] of Object.entries(scope)) {
    if (typeof value !== "string" || value === "") throw new Error(`verifyAuditChains: ${name} is empty`);
  }
  if (scope.signedAgreementId !== undefined) {
    const signed = await client.signedAgreement.findUnique({ where: { id: scope.signedAgreementId }, select: { signingSessionId: true } });
    if (!signed) return { chainKeys: [], legacyWhere: { id: { in: [] } } };
    const sessionId = signed.signingSessionId;
    return {
      chainKeys: [`sa:${scope.signedAgreementId}`, ...(sessionId ? [`ss:${sessionId}`] : [])],
      legacyWhere: { OR: [{ signedAgreementId: scope.signedAgreementId }, ...(sessionId ? [{ signingSessionId: sessionId }] : [])] },
    };
  }
  if (scope.organisationId !== undefined) {
    const organisationId = scope.organisationId;
    const [named, signed] = await Promise.all([
      client.auditEvent.groupBy({ by: ["chainKey"], where: { organisationId, chainKey: { not: null } } }),
      client.signedAgreement.findMany({ where: { organisationId }, select: { id: true, signingSessionId: true } }),
    ]);
    const keys = new Set<string>([`org:${organisationId}`]);
    for (const row of named) if (row.chainKey) keys.add(row.chainKey);
    for (const row of signed) {
      keys.add(`sa:${row.id}`);
      if (row.signingSessionId) keys.add(`ss:${row.signingSessionId}`);
    }
    return { chainKeys: [...keys], legacyWhere: { organisationId } };
  }
  return { chainKeys: null, legacyWhere: {} };
}

/**
 * Events without a chain are legacy: written before the hash chain existed (docs/decisions/010). They
 * all come before the first chained event; one written after it was not written by recordEvent.
 */
async function checkUnchained(client: Tx, where: Prisma.AuditEventWhereInput): Promise<{ count: number; problems: AuditProblem[] }> {
  const unchained = { AND: [where, { chainKey: null }] };
  const count = await client.auditEvent.count({ where: unchained });
  if (count === 0) return { count, problems: [] };
  const firstChained = await client.auditEvent.findFirst({ where: { chainKey: { not: null } }, orderBy: { seq: "asc" }, select: { seq: true } });
  if (!firstChained) return { count, problems: [] };
  const late = await client.auditEvent.findMany({
    where: { AND: [unchained, { seq: { gt: firstChained.seq } }] },
    orderBy: { seq: "asc" },
    take: MAX_UNCHAINED_REPORTED,
    select: { id: true, seq: true },
  });
  return {
    count: count - late.length,
    problems: late.map((event) => ({
      chainKey: "unchained",
      seq: event.seq.toString(),
      eventId: event.id,
      kind: "inserted" as const,
      detail: "an event without a hash chain, written after the chains began: not recorded by the application",
    })),
  };
}
