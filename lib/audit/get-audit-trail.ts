import "server-only";
import { z } from "zod";
import { db, type ActorType } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { assertCan, type OrgContext } from "@/lib/tenancy/context";
import type { DescribableAuditEvent, UserNames } from "./events";
import { userNamesOf } from "./user-names";
import { verifyAuditChains, type AuditVerification } from "./verify-audit-chains";

export type AuditTrailDetail = {
  signedAgreement: { id: string; reference: string; signedAt: Date; controller: string; agreementTitle: string; versionNumber: number | null };
  /** actorEmail, ip and userAgent are null once erased. */
  events: (DescribableAuditEvent & { seq: string; at: Date; actorType: ActorType; ip: string | null; userAgent: string | null; isChained: boolean })[];
  verification: AuditVerification;
  /** Names of the users the events mention, for describeAuditEvent/-Actor. */
  users: UserNames;
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
      select: { seq: true, createdAt: true, type: true, data: true, actorType: true, actorEmail: true, actorUserId: true, signingSessionId: true, ip: true, userAgent: true, hash: true },
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
      data: event.data,
      actorType: event.actorType,
      actorEmail: event.actorEmail,
      actorUserId: event.actorUserId,
      signingSessionId: event.signingSessionId,
      ip: event.ip,
      userAgent: event.userAgent,
      isChained: event.hash !== null,
    })),
    verification,
    users: await userNamesOf(events),
  };
}
