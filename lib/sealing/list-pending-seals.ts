import "server-only";
import { db } from "@/lib/db";
import { assertCan, type OrgContext } from "@/lib/tenancy/context";

export type PendingSeal = {
  id: string;
  reference: string;
  signedAt: Date;
  agreementTitle: string;
  controller: string;
  attempts: number;
  lastError: string | null;
};

/**
 * The organisation's signed agreements whose PDF is still waiting for its seal after
 * `olderThanMinutes`: normally none, as sealing happens at signing or within seconds after it.
 */
export async function listPendingSeals(ctx: OrgContext, olderThanMinutes = 5): Promise<PendingSeal[]> {
  assertCan(ctx, "agreement.read");
  const minutes = Number.isFinite(olderThanMinutes) && olderThanMinutes >= 0 ? olderThanMinutes : 5;
  const rows = await db.signedAgreement.findMany({
    where: { organisationId: ctx.orgId, sealStatus: "PENDING", signedAt: { lt: new Date(Date.now() - minutes * 60_000) } },
    orderBy: { signedAt: "asc" },
    take: 100,
    select: {
      id: true,
      reference: true,
      signedAt: true,
      sealAttempts: true,
      sealError: true,
      agreement: { select: { title: true } },
      controller: { select: { legalName: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    reference: row.reference,
    signedAt: row.signedAt,
    agreementTitle: row.agreement.title,
    controller: row.controller.legalName,
    attempts: row.sealAttempts,
    lastError: row.sealError,
  }));
}
