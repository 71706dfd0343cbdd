import "server-only";
import { z } from "zod";
import { db, type ActorType } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { assertCan, type OrgContext } from "@/lib/tenancy/context";
import { verifyAuditChains, type AuditVerification } from "./verify-audit-chains";

export type AuditTrailDetail = {
  signedAgreement: { id: string; reference: string; signedAt: Date; controller: string; agreementTitle: string; versionNumber: number | null };
  /** actorEmail, ip and userAgent are null once erased. */
  events: { seq: string; at: Date; type: string; actorType: ActorType; actorEmail: string | null; ip: string | null; userAgent: string | null; isChained: boolean }[];
  verification: AuditVerification;
};

const signedAgreementIdSchema = z.string().min(1).max(64);

/** One signed agreement's trail (its signing session's events included) and the check of its chains. */
export async function getAuditTrail(ctx: OrgContext, rawSignedAgreementId: unknown): Promise<AuditTrailDetail> {
  assertCan(ctx, "audit.read");
  const parsed = signedAgreementIdSchema.safeParse(rawSignedAgreementId);
  if (!parsed.success) throw notFound();
  const signed = await db.signedAgreement.findFirst({
    where: { id: parsed.data, organisationId: ctx.orgId },
    select: {
      id: true, reference: true, signedAt: true, signingSessionId: true,
      controller: { select: { legalName: true } },
      agreement: { select: { title: true } },
      version: { select: { number: true } },
    },
  });
  if (!signed) throw notFound();

  const [events, verification] = await Promise.all([
    db.auditEvent.findMany({
      where: { OR: [{ signedAgreementId: signed.id }, ...(signed.signingSessionId ? [{ signingSessionId: signed.signingSessionId }] : [])] },
      orderBy: { seq: "asc" },
      select: { seq: true, createdAt: true, type: true, actorType: true, actorEmail: true, ip: true, userAgent: true, hash: true },
    }),
    verifyAuditChains({ signedAgreementId: signed.id }),
  ]);
  return {
    signedAgreement: {
      id: signed.id,
      reference: signed.reference,
      signedAt: signed.signedAt,
      controller: signed.controller.legalName,
      agreementTitle: signed.agreement.title,
      versionNumber: signed.version.number,
    },
    events: events.map((event) => ({
      seq: event.seq.toString(),
      at: event.createdAt,
      type: event.type,
      actorType: event.actorType,
      actorEmail: event.actorEmail,
      ip: event.ip,
      userAgent: event.userAgent,
      isChained: event.hash !== null,
    })),
    verification,
  };
}
