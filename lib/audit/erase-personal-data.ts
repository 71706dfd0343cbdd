import "server-only";
import type { Prisma, Tx } from "@/lib/db";
import { PII_FIELDS, type PiiField } from "./pii";

/** Which events to erase from. At least one criterion; all given criteria must match. */
export type ErasureScope = {
  ids?: string[];
  actorEmail?: string;
  signedAgreementId?: string;
  signingSessionId?: string;
  organisationId?: string;
  /** Retention: events recorded before this instant. */
  createdBefore?: Date;
};

/**
 * Sets the personal data of the matching audit events (all of actorEmail, ip and userAgent, or the
 * fields given) to NULL: the only change the database lets anyone make to an audit event. The hash
 * chains stay valid, because they hash a commitment to these fields, not the fields.
 * For retention and erasure requests; the caller records its own event about it.
 */
export async function eraseAuditPersonalData(
  tx: Tx,
  scope: ErasureScope,
  { fields = [...PII_FIELDS] }: { fields?: PiiField[] } = {},
): Promise<{ count: number }> {
  const criteria = scopeCriteria(scope);
  if (fields.length === 0 || fields.some((field) => !PII_FIELDS.includes(field))) {
    throw new Error(`eraseAuditPersonalData: fields must be some of ${PII_FIELDS.join(", ")}`);
  }
  const { count } = await tx.auditEvent.updateMany({
    // Only rows that still hold one of the fields: the database refuses an update that erases nothing.
    where: { AND: [...criteria, { OR: fields.map((field) => ({ [field]: { not: null } })) }] },
    data: Object.fromEntries(fields.map((field) => [field, null])),
  });
  return { count };
}

// An undefined criterion must never widen the erasure to every event (STYLE.md: no optional value in a where).
function scopeCriteria(scope: ErasureScope): Prisma.AuditEventWhereInput[] {
  const criteria: Prisma.AuditEventWhereInput[] = [];
  if (scope.ids !== undefined) criteria.push({ id: { in: scope.ids } });
  if (scope.actorEmail !== undefined) criteria.push({ actorEmail: scope.actorEmail });
  if (scope.signedAgreementId !== undefined) criteria.push({ signedAgreementId: scope.signedAgreementId });
  if (scope.signingSessionId !== undefined) criteria.push({ signingSessionId: scope.signingSessionId });
  if (scope.organisationId !== undefined) criteria.push({ organisationId: scope.organisationId });
  if (scope.createdBefore !== undefined) criteria.push({ createdAt: { lt: scope.createdBefore } });
  if (criteria.length === 0) throw new Error("eraseAuditPersonalData: give at least one criterion");
  for (const [name, value] of Object.entries(scope)) {
    if (value === null || value === "" || (value instanceof Date && Number.isNaN(value.getTime()))) {
      throw new Error(`eraseAuditPersonalData: ${name} is empty`);
    }
  }
  return criteria;
}
