import "server-only";
import { db } from "@/lib/db";
import { toSignatureView } from "./get-published-version";
import type { PublishedVersion } from "./types";
import { processorFromSnapshot, toVersionDoc, versionContentInclude } from "./version-doc";

/** A published (or retired) version by id, with the processor's signature over its hash; null if none. */
export async function getPublishedVersionById(versionId: string) {
  const version = await db.agreementVersion.findFirst({
    where: { id: versionId, status: { in: ["PUBLISHED", "RETIRED"] } },
    include: versionContentInclude,
  });
  if (!version || version.number === null || !version.contentHash || !version.publishedAt) return null;
  const signature = await db.signature.findFirst({
    where: { versionId: version.id, party: "PROCESSOR", contentHash: version.contentHash },
    orderBy: { signedAt: "desc" },
  });
  const published: PublishedVersion = {
    ...toVersionDoc(version, processorFromSnapshot(version)),
    id: version.id,
    agreementId: version.agreementId,
    number: version.number,
    contentHash: version.contentHash,
    publishedAt: version.publishedAt,
    changeSummary: version.changeSummary,
  };
  return {
    organisationId: version.organisationId,
    status: version.status,
    version: published,
    processorSignature: signature ? toSignatureView(signature) : null,
  };
}
