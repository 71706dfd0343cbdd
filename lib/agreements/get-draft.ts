import "server-only";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { assertCan, type OrgContext } from "@/lib/tenancy/context";
import { contentHash } from "./canonical";
import { processorFromOrganisation, toVersionDoc, versionContentInclude } from "./version-doc";

/** An agreement of this organisation with its draft (if any) as a document, for the editor. */
export async function getAgreementWithDraft(ctx: OrgContext, agreementId: string) {
  assertCan(ctx, "agreement.read");
  const agreement = await db.agreement.findFirst({
    where: { id: agreementId, organisationId: ctx.orgId },
    include: { organisation: true },
  });
  if (!agreement) throw notFound();
  const draft = await db.agreementVersion.findFirst({
    where: { agreementId: agreement.id, organisationId: ctx.orgId, status: "DRAFT" },
    include: versionContentInclude,
  });
  if (!draft) return { agreement, draft: null };
  const doc = toVersionDoc(draft, processorFromOrganisation(agreement.organisation));
  const processorSignature = await db.signature.findFirst({
    where: { versionId: draft.id, party: "PROCESSOR" },
    orderBy: { signedAt: "desc" },
    select: { id: true, signerName: true, signedAt: true, contentHash: true, method: true, imagePng: true },
  });
  const hash = contentHash(doc);
  return {
    agreement,
    draft: {
      id: draft.id,
      revision: draft.revision,
      updatedAt: draft.updatedAt,
      doc,
      contentHash: hash,
      processorSignature: processorSignature
        ? {
            signerName: processorSignature.signerName,
            signedAt: processorSignature.signedAt,
            method: processorSignature.method,
            imageDataUrl: `data:image/png;base64,${Buffer.from(processorSignature.imagePng).toString("base64")}`,
            isCurrent: processorSignature.contentHash === hash,
          }
        : null,
    },
  };
}
