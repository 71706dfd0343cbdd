import "server-only";
import { db, type Tx } from "@/lib/db";
import type { DescribableAuditEvent } from "./events";

export type AuditTrailEntry = DescribableAuditEvent & { at: Date; ip: string | null };

/**
 * The events of a signed agreement and of the signing session it was signed in, oldest first, for
 * the certificate page of the signed PDF (which words them with describeAuditEvent/-Actor in the
 * document's language). Unscoped: for the system's own use (rendering, sealing); the admin page
 * goes through getAuditTrail(ctx, ...). `client` lets a caller read inside its transaction.
 */
export async function listAuditTrail(signedAgreementId: string, client: Tx = db): Promise<AuditTrailEntry[]> {
  const signed = await client.signedAgreement.findUnique({ where: { id: signedAgreementId }, select: { signingSessionId: true } });
  if (!signed) return [];
  const events = await client.auditEvent.findMany({
    where: {
      OR: [{ signedAgreementId }, ...(signed.signingSessionId ? [{ signingSessionId: signed.signingSessionId }] : [])],
    },
    orderBy: { seq: "asc" },
    select: { createdAt: true, type: true, data: true, actorType: true, actorEmail: true, actorUserId: true, signingSessionId: true, ip: true },
  });
  return events.map(({ createdAt, ...event }) => ({ ...event, at: createdAt }));
}
