import "server-only";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { assertCan, type OrgContext } from "@/lib/tenancy/context";

/** The stored signed PDF of one of this organisation's signed agreements: the identical bytes every time. */
export async function getSignedPdf(ctx: OrgContext, signedAgreementId: string) {
  assertCan(ctx, "agreement.read");
  const row = await db.signedAgreement.findFirst({
    where: { id: signedAgreementId, organisationId: ctx.orgId },
    select: { reference: true, document: { select: { bytes: true, sha256: true } } },
  });
  if (!row?.document) throw notFound();
  return { reference: row.reference, bytes: Buffer.from(row.document.bytes), sha256: row.document.sha256 };
}
