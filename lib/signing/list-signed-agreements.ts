import "server-only";
import { db } from "@/lib/db";
import { decodeCursor, olderThan, pageSize, toPage } from "@/lib/pagination/cursor";
import { assertCan, type OrgContext } from "@/lib/tenancy/context";

/**
 * Who signed which version, newest first, for the processor's dashboard: one page of at most
 * PAGE_MAX rows after `cursor` (from the URL; unreadable means the first page).
 */
export async function listSignedAgreements(ctx: OrgContext, { take, cursor }: { take?: number; cursor?: unknown } = {}) {
  assertCan(ctx, "agreement.read");
  const size = pageSize(take);
  const rows = await db.signedAgreement.findMany({
    where: { organisationId: ctx.orgId, ...olderThan("signedAt", decodeCursor(cursor)) },
    orderBy: [{ signedAt: "desc" }, { id: "desc" }],
    take: size + 1,
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
  const page = toPage(rows, size, (row) => ({ at: row.signedAt, id: row.id }));
  const items = page.items.map((row) => ({
    id: row.id,
    reference: row.reference,
    signedAt: row.signedAt,
    status: row.status,
    agreementTitle: row.agreement.title,
    versionNumber: row.version.number,
    controller: row.controller.legalName,
    signer: row.signatures[0] ?? null,
  }));
  return { items, nextCursor: page.nextCursor };
}
