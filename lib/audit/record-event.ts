import "server-only";
import type { ActorType, Db, Prisma, Tx } from "@/lib/db";
import type { ClientInfo } from "@/lib/http/client-info";
import { chainKeyFor, chainLockKey, eventHash, normaliseData, sessionChainKey } from "./chain";
import { parseAuditEventData, type AuditEventData, type AuditEventType } from "./events";
import { commitPersonalData } from "./pii";
import { transactionOptions } from "@/lib/db/transaction-options";

export type AuditInputBase = {
  actorType: ActorType;
  actorUserId?: string | null;
  /** Personal data: kept out of the hash chain (only its commitment is hashed), erasable later. */
  actorEmail?: string | null;
  organisationId?: string | null;
  agreementId?: string | null;
  versionId?: string | null;
  signedAgreementId?: string | null;
  signingSessionId?: string | null;
  /** Personal data, like actorEmail. */
  client?: ClientInfo;
};

/**
 * One event of the catalogue (./events.ts): `type` is one of its keys and `data` fits that type's
 * schema. Hashed and never erasable: no personal data in `data` (e-mail addresses, names, IP addresses).
 */
export type AuditInput = {
  [T in AuditEventType]: AuditInputBase & { type: T } & ({} extends AuditEventData<T> ? { data?: AuditEventData<T> } : { data: AuditEventData<T> });
}[AuditEventType];

/**
 * Always called inside the transaction of the change it records, so both land or neither does.
 * Appends the event to its hash chain: writers of one chain are serialised by an advisory lock held
 * until the transaction ends, so each event links to the one committed before it. Needs the
 * default READ COMMITTED isolation: a snapshot taken before the lock would miss the last event.
 */
export async function recordEvent(tx: Tx, input: AuditInput) {
  // Refused before any write: a type outside the catalogue, or data that does not fit it.
  const event = { ...input, data: parseAuditEventData(input.type, input.data) };
  // Given the top-level client instead of a transaction, the lock would end with its own statement.
  if (isTopLevelClient(tx)) return tx.$transaction((inner) => appendEvent(inner, event), transactionOptions.short);
  return appendEvent(tx, event);
}

// A transaction client has a $transaction of its own (nested transactions), but no $connect.
function isTopLevelClient(client: Tx | Db): client is Db {
  return typeof (client as Db).$connect === "function";
}

async function appendEvent(tx: Tx, event: AuditInputBase & { type: AuditEventType; data: Record<string, unknown> }) {
  const chainKey = chainKeyFor(event);
  await lockChain(tx, chainKey);
  const prevHash = await previousHash(tx, chainKey, event.signedAgreementId ?? null);

  const fields = {
    chainKey,
    type: event.type,
    actorType: event.actorType,
    actorUserId: event.actorUserId ?? null,
    organisationId: event.organisationId ?? null,
    agreementId: event.agreementId ?? null,
    versionId: event.versionId ?? null,
    signedAgreementId: event.signedAgreementId ?? null,
    signingSessionId: event.signingSessionId ?? null,
    // Set here, not by the database default, so that exactly this instant is hashed.
    createdAt: new Date(),
    data: normaliseData(event.data),
    piiCommitment: commitPersonalData({
      actorEmail: event.actorEmail ?? null,
      ip: event.client?.ip ?? null,
      userAgent: event.client?.userAgent ?? null,
    }),
    prevHash,
  };
  return tx.auditEvent.create({
    data: {
      ...fields,
      data: fields.data as Prisma.InputJsonValue,
      hash: eventHash(fields),
      actorEmail: event.actorEmail ?? null,
      ip: event.client?.ip ?? null,
      userAgent: event.client?.userAgent ?? null,
    },
  });
}

async function lockChain(tx: Tx, chainKey: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${chainLockKey(chainKey)})`;
}

function lastEvent(tx: Tx, chainKey: string) {
  return tx.auditEvent.findFirst({ where: { chainKey }, orderBy: { seq: "desc" }, select: { hash: true } });
}

/**
 * The hash this event links to: the chain's last event; for the first event of a signed agreement
 * signed through a signing session, the last event of that session's chain, so that one chain runs
 * from the first page view to the signed and sealed PDF.
 */
async function previousHash(tx: Tx, chainKey: string, signedAgreementId: string | null): Promise<string | null> {
  const last = await lastEvent(tx, chainKey);
  if (last || !signedAgreementId) return last?.hash ?? null;
  const signed = await tx.signedAgreement.findUnique({ where: { id: signedAgreementId }, select: { signingSessionId: true } });
  if (!signed?.signingSessionId) return null;
  // Held to the end of the transaction: no session event may slip in between its last one and this.
  const sessionKey = sessionChainKey(signed.signingSessionId);
  await lockChain(tx, sessionKey);
  return (await lastEvent(tx, sessionKey))?.hash ?? null;
}
