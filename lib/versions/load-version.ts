import "server-only";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { VersionDoc } from "@/lib/agreements/types";
import { processorFromOrganisation, processorFromSnapshot, toVersionDoc, versionContentInclude } from "@/lib/agreements/version-doc";
import type { OrgContext } from "@/lib/tenancy/context";

export type VersionLabel = {
  id: string;
  number: number | null;
  status: "DRAFT" | "PUBLISHED" | "RETIRED";
  language: "nl" | "en";
  publishedAt: Date | null;
  effectiveDate: string | null;
  changeSummary: string | null;
};

/**
 * One version of one of this organisation's agreements as a document. Tenant-scoped: an id of
 * another organisation's version, or of another agreement, is not found. A draft shows the
 * organisation's current details, a published version its frozen copy.
 */
export async function loadVersionDoc(ctx: OrgContext, agreementId: string, versionId: string): Promise<{ label: VersionLabel; doc: VersionDoc }> {
  const version = await db.agreementVersion.findFirst({
    where: { id: versionId, agreementId, organisationId: ctx.orgId },
    include: { ...versionContentInclude, organisation: true },
  });
  if (!version) throw notFound();
  const processor = version.status === "DRAFT" ? processorFromOrganisation(version.organisation) : processorFromSnapshot(version);
  return {
    label: {
      id: version.id,
      number: version.number,
      status: version.status,
      language: version.language,
      publishedAt: version.publishedAt,
      effectiveDate: version.effectiveDate ? version.effectiveDate.toISOString().slice(0, 10) : null,
      changeSummary: version.changeSummary,
    },
    doc: toVersionDoc(version, processor),
  };
}
