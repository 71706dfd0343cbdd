import "server-only";
import { db } from "@/lib/db";
import { assertCan, type OrgContext } from "@/lib/tenancy/context";

/** Who signed which version, newest first, for the processor's dashboard. */
export async function listSignedAgreements(ctx: OrgContext, { take = 50 }: { take?: number } = {}) {
  assertCan(ctx, "agreement.read");
  const rows = await db.signedAgreement.findMany({
    where: { organisationId: ctx.orgId },
    orderBy: { signedAt: "desc" },
    take,
    select: {
      id: true,
      reference: true,
      signedAt: true,
      status: true,
      agreement: { select: { title: true } },
      version: { select: { number: true } },
      controller: { select: { legalName: true, city: true } },
      signatures: { where: { party: "CONTROLLER" }, select: { signerName: true, signerFunction: true, signerEmail: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    reference: row.reference,
    signedAt: row.signedAt,
    status: row.status,
    agreementTitle: row.agreement.title,
    versionNumber: row.version.number,
    controller: row.controller.legalName,
    signer: row.signatures[0] ?? null,
  }));
}
