import "server-only";
import type { getPublishedVersion } from "@/lib/agreements/get-published-version";
import { renderUnsignedAgreementPdf } from "./render-agreement-pdf";
import { getOrRenderStoredPdf, type StoredPdf } from "./stored-pdf";

type Published = Awaited<ReturnType<typeof getPublishedVersion>>;

/**
 * The unsigned PDF of a published (or retired) version: its text never changes, so it is rendered
 * once per version and processor signature and then served from the database.
 */
export function getUnsignedVersionPdf({ version, processorSignature }: Published): Promise<StoredPdf> {
  return getOrRenderStoredPdf(
    { kind: "unsigned", versionId: version.id, language: version.language, variant: processorSignature?.signedAt.toISOString() ?? "" },
    () => renderUnsignedAgreementPdf(version, processorSignature ? { ...processorSignature, party: "PROCESSOR" } : null),
  );
}
