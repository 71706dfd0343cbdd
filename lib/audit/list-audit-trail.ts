import "server-only";
import { db, type ActorType, type Tx } from "@/lib/db";

export type AuditTrailEntry = { at: Date; type: string; actor: string; ip: string | null };

/**
 * The events of a signed agreement and of the signing session it was signed in, oldest first, for
 * the certificate page of the signed PDF. Unscoped: for the system's own use (rendering, sealing);
 * the admin page goes through getAuditTrail(ctx, ...). `client` lets a caller read inside its transaction.
 */
export async function listAuditTrail(signedAgreementId: string, client: Tx = db): Promise<AuditTrailEntry[]> {
  const signed = await client.signedAgreement.findUnique({ where: { id: signedAgreementId }, select: { signingSessionId: true } });
  if (!signed) return [];
  const events = await client.auditEvent.findMany({
    where: {
      OR: [{ signedAgreementId }, ...(signed.signingSessionId ? [{ signingSessionId: signed.signingSessionId }] : [])],
    },
    orderBy: { seq: "asc" },
    select: { createdAt: true, type: true, actorType: true, actorEmail: true, ip: true },
  });
  return events.map((event) => ({ at: event.createdAt, type: event.type, actor: actorLabel(event), ip: event.ip }));
}

const actorTypeLabel: Record<ActorType, string> = { USER: "user", SIGNER: "signer", SYSTEM: "system", PUBLIC: "visitor" };

/** Who acted: the e-mail address while it is kept, else the kind of actor ("signer", "system", ...). */
export function actorLabel(event: { actorType: ActorType; actorEmail: string | null }): string {
  return event.actorEmail ?? actorTypeLabel[event.actorType];
}
