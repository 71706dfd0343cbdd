import "server-only";
import type { ActorType, Prisma, Tx } from "@/lib/db";
import type { ClientInfo } from "@/lib/http/client-info";

export type AuditInput = {
  type: string;
  actorType: ActorType;
  actorUserId?: string | null;
  actorEmail?: string | null;
  organisationId?: string | null;
  agreementId?: string | null;
  versionId?: string | null;
  signedAgreementId?: string | null;
  client?: ClientInfo;
  data?: Record<string, unknown>;
};

/** Always called inside the transaction of the change it records, so both land or neither does. */
export async function recordEvent(tx: Tx, event: AuditInput) {
  return tx.auditEvent.create({
    data: {
      type: event.type,
      actorType: event.actorType,
      actorUserId: event.actorUserId ?? null,
      actorEmail: event.actorEmail ?? null,
      organisationId: event.organisationId ?? null,
      agreementId: event.agreementId ?? null,
      versionId: event.versionId ?? null,
      signedAgreementId: event.signedAgreementId ?? null,
      ip: event.client?.ip ?? null,
      userAgent: event.client?.userAgent ?? null,
      data: (event.data ?? {}) as Prisma.InputJsonValue,
    },
  });
}
