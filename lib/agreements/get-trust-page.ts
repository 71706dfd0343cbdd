import "server-only";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { getSubProcessorHistory, type SubProcessorHistoryEntry } from "@/lib/versions/sub-processor-history";
import type { SubProcessorDoc, TransferBasis } from "./types";

export type TrustPage = {
  organisation: { slug: string; legalName: string; privacyEmail: string | null };
  agreements: {
    slug: string;
    title: string;
    language: "nl" | "en";
    number: number;
    effectiveDate: string | null;
    publishedAt: Date;
    contentHash: string;
    subProcessors: SubProcessorDoc[];
    /** Published versions, newest first, with the sub-processors each one added, removed or changed. */
    subProcessorHistory: SubProcessorHistoryEntry[];
  }[];
};

/**
 * A processor's public trust page: its published agreements and their current sub-processors.
 * Only published data: the processor's name and contact come from the frozen copy in its latest
 * publication, and an organisation that has published nothing has no trust page (404), so the
 * page tells nothing about tenants that do not publish.
 */
export async function getTrustPage(orgSlug: string): Promise<TrustPage> {
  const organisation = await db.organisation.findUnique({ where: { slug: orgSlug }, select: { id: true, slug: true } });
  if (!organisation) throw notFound();
  const versions = await db.agreementVersion.findMany({
    where: { organisationId: organisation.id, status: "PUBLISHED", agreement: { archivedAt: null } },
    // The binding text first, so that an agreement published in two languages is listed once.
    orderBy: [{ isBinding: "desc" }, { publishedAt: "desc" }],
    select: {
      agreementId: true,
      number: true,
      title: true,
      language: true,
      effectiveDate: true,
      publishedAt: true,
      contentHash: true,
      processorLegalName: true,
      processorPrivacyEmail: true,
      agreement: { select: { slug: true } },
      subProcessors: {
        orderBy: { position: "asc" },
        select: { name: true, serviceArea: true, purposes: true, dataConcerned: true, country: true, transferBasis: true },
      },
    },
  });
  const history = await getSubProcessorHistory(organisation.id);
  const seen = new Set<string>();
  const agreements: TrustPage["agreements"] = [];
  for (const version of versions) {
    if (seen.has(version.agreementId) || version.number === null || !version.publishedAt || !version.contentHash) continue;
    seen.add(version.agreementId);
    agreements.push({
      slug: version.agreement.slug,
      title: version.title,
      language: version.language,
      number: version.number,
      effectiveDate: version.effectiveDate ? version.effectiveDate.toISOString().slice(0, 10) : null,
      publishedAt: version.publishedAt,
      contentHash: version.contentHash,
      subProcessors: version.subProcessors.map((row) => ({ ...row, transferBasis: row.transferBasis as TransferBasis })),
      subProcessorHistory: history.get(version.agreementId) ?? [],
    });
  }
  if (agreements.length === 0) throw notFound();
  agreements.sort((a, b) => a.title.localeCompare(b.title));
  const latest = versions.reduce((a, b) => ((b.publishedAt ?? 0) > (a.publishedAt ?? 0) ? b : a));
  return {
    organisation: {
      slug: organisation.slug,
      legalName: latest.processorLegalName || orgSlug,
      privacyEmail: latest.processorPrivacyEmail || null,
    },
    agreements,
  };
}
