import "server-only";
import { db } from "@/lib/db";
import { PAGE_MAX } from "@/lib/pagination/cursor";
import { assertCan, type OrgContext } from "@/lib/tenancy/context";

/**
 * The organisation's agreements with their current published version and draft, for the
 * dashboard: at most PAGE_MAX (an organisation has a handful; archived ones are not listed).
 */
export async function listAgreements(ctx: OrgContext) {
  assertCan(ctx, "agreement.read");
  const agreements = await db.agreement.findMany({
    where: { organisationId: ctx.orgId, archivedAt: null },
    orderBy: { createdAt: "asc" },
    take: PAGE_MAX,
    include: {
      versions: {
        where: { status: { in: ["DRAFT", "PUBLISHED"] } },
        select: { id: true, status: true, number: true, publishedAt: true, updatedAt: true, contentHash: true },
      },
      _count: { select: { signedAgreements: true } },
    },
  });
  return agreements.map((agreement) => ({
    id: agreement.id,
    slug: agreement.slug,
    title: agreement.title,
    language: agreement.language,
    published: agreement.versions.find((v) => v.status === "PUBLISHED") ?? null,
    draft: agreement.versions.find((v) => v.status === "DRAFT") ?? null,
    signedCount: agreement._count.signedAgreements,
  }));
}
