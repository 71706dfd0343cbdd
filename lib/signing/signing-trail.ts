import "server-only";
import { db } from "@/lib/db";
import type { PdfAuditEvent } from "@/lib/pdf";

/**
 * The audit events up to the signature, for the certificate page. The PDF is rendered (and sealed)
 * before the transaction that stores the signature, so listAuditTrail (which starts from the signed
 * agreement) cannot be used yet: the session's events come from the database, and the events of
 * the signing itself, recorded in that transaction, are given by the caller with the signature's time.
 */
export async function signingTrailForPdf(signingSessionId: string, signingEvents: PdfAuditEvent[]): Promise<PdfAuditEvent[]> {
  const rows = await db.auditEvent.findMany({
    where: { signingSessionId },
    orderBy: { seq: "asc" },
    select: { createdAt: true, type: true, data: true, actorType: true, actorEmail: true, actorUserId: true, signingSessionId: true, ip: true },
  });
  const recorded = rows.map(({ createdAt, ...row }) => ({ ...row, at: createdAt }));
  return [...recorded, ...signingEvents];
}
