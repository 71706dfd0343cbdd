import "server-only";
import { db } from "@/lib/db";
import { getBlob } from "@/lib/storage";
import { recordEvent } from "@/lib/audit/record-event";
import { notFound } from "@/lib/errors";
import type { ClientInfo } from "@/lib/http/client-info";
import { assertCan, type OrgContext } from "@/lib/tenancy/context";
import { transactionOptions } from "@/lib/db/transaction-options";

/** The stored signed PDF of one of this organisation's signed agreements: the identical bytes every time. */
export async function getSignedPdf(ctx: OrgContext, signedAgreementId: string, client: ClientInfo) {
  assertCan(ctx, "agreement.read");
  return db.$transaction(async (tx) => {
    const row = await tx.signedAgreement.findFirst({
      where: { id: signedAgreementId, organisationId: ctx.orgId },
      select: { id: true, reference: true, agreementId: true, versionId: true, document: { select: { sha256: true, storage: true, prefixOf: true, size: true } } },
    });
    if (!row?.document) throw notFound();
    const bytes = await getBlob(row.document);
    await recordEvent(tx, {
      type: "pdf.downloaded",
      actorType: "USER",
      actorUserId: ctx.userId,
      organisationId: ctx.orgId,
      agreementId: row.agreementId,
      versionId: row.versionId,
      signedAgreementId: row.id,
      client,
      data: { via: "dashboard", sha256: row.document.sha256 },
    });
    return { reference: row.reference, bytes, sha256: row.document.sha256 };
  }, transactionOptions.document);
}
