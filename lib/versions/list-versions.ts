import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { PAGE_MAX } from "@/lib/pagination/cursor";
import { assertCan, type OrgContext } from "@/lib/tenancy/context";

const idSchema = z.string().trim().min(1).max(64);

export type VersionListItem = {
  id: string;
  number: number | null;
  status: "DRAFT" | "PUBLISHED" | "RETIRED";
  language: "nl" | "en";
  isBinding: boolean;
  effectiveDate: string | null;
  publishedAt: Date | null;
  retiredAt: Date | null;
  updatedAt: Date;
  changeSummary: string | null;
  contentHash: string | null;
};

/**
 * The versions of one of this organisation's agreements: the draft first, then newest to oldest,
 * at most PAGE_MAX (a version is published by hand, with a signature: years of weekly revisions).
 */
export async function listVersions(ctx: OrgContext, agreementId: string) {
  assertCan(ctx, "agreement.read");
  const id = idSchema.safeParse(agreementId);
  if (!id.success) throw notFound();
  const agreement = await db.agreement.findFirst({
    where: { id: id.data, organisationId: ctx.orgId },
    select: { id: true, slug: true, title: true, language: true },
  });
  if (!agreement) throw notFound();
  const rows = await db.agreementVersion.findMany({
    where: { agreementId: agreement.id, organisationId: ctx.orgId },
    orderBy: [{ number: { sort: "desc", nulls: "first" } }, { isBinding: "desc" }, { createdAt: "desc" }],
    take: PAGE_MAX,
    select: {
      id: true,
      number: true,
      status: true,
      language: true,
      isBinding: true,
      effectiveDate: true,
      publishedAt: true,
      retiredAt: true,
      updatedAt: true,
      changeSummary: true,
      contentHash: true,
    },
  });
  const versions: VersionListItem[] = rows.map((row) => ({
    ...row,
    effectiveDate: row.effectiveDate ? row.effectiveDate.toISOString().slice(0, 10) : null,
  }));
  return { agreement, versions };
}

/**
 * The pair a redline opens with: the latest published version against the draft, or else the last
 * two published versions (binding texts only). Null when there is nothing to compare.
 */
export function defaultComparison(versions: VersionListItem[]): { from: string; to: string } | null {
  const draft = versions.find((version) => version.status === "DRAFT");
  const published = versions
    .filter((version) => version.status !== "DRAFT" && version.isBinding && version.number !== null)
    .sort((a, b) => b.number! - a.number!);
  if (draft && published[0]) return { from: published[0].id, to: draft.id };
  if (published.length >= 2) return { from: published[1].id, to: published[0].id };
  return null;
}
