import "server-only";
import { db, Prisma } from "@/lib/db";
import { recordEvent } from "@/lib/audit/record-event";
import { notFound, validationError } from "@/lib/errors";
import type { ClientInfo } from "@/lib/http/client-info";
import { getPublishedVersionById } from "@/lib/agreements/get-published-version-by-id";
import { renderSignedAgreementPdf } from "@/lib/pdf";
import { consentText } from "./consent";
import { signInput } from "./schemas";
import { validateSignatureImage } from "./signature-image";
import { downloadTokenFor, newReference, sha256Hex, signerKeyFor } from "./tokens";

export type SignResult =
  | { status: "signed"; reference: string; downloadToken: string; signedAt: Date }
  | { status: "already-signed"; reference: string; signedAt: Date };

async function existingResult(submissionKey: string, signerKey: string): Promise<SignResult | null> {
  const bySubmission = await db.signedAgreement.findUnique({ where: { submissionKey }, select: { reference: true, signedAt: true } });
  if (bySubmission) return { status: "signed", ...bySubmission, downloadToken: downloadTokenFor(submissionKey) };
  const bySigner = await db.signedAgreement.findUnique({ where: { signerKey }, select: { reference: true, signedAt: true } });
  // Another form (another tab) signed first: the same agreement, but its link belongs to that form.
  return bySigner ? { status: "already-signed", ...bySigner } : null;
}

/**
 * A controller signs a published version. The PDF is rendered first; then the controller, the
 * signed agreement, the signature, the PDF and the audit events are stored in one transaction,
 * so a failure leaves nothing behind. Repeats of the same form return the first result.
 */
export async function signAgreement(raw: unknown, client: ClientInfo): Promise<SignResult> {
  const parsed = signInput.safeParse(raw);
  if (!parsed.success) throw validationError(parsed.error, "validation.fix");
  const input = parsed.data;
  const { controller, signer } = input;
  const signerKey = signerKeyFor(input.versionId, controller.country, controller.registrationNumber, signer.email);

  const earlier = await existingResult(input.submissionKey, signerKey);
  if (earlier) return earlier;

  const published = await getPublishedVersionById(input.versionId);
  if (!published || published.status !== "PUBLISHED" || !published.processorSignature) throw notFound();
  const { version, processorSignature } = published;
  const imagePng = validateSignatureImage(input.imageDataUrl);

  const signedAt = new Date();
  const reference = newReference(signedAt);
  const controllerSignature = {
    party: "CONTROLLER" as const,
    signerName: signer.name,
    signerFunction: signer.function,
    signerEmail: signer.email,
    organisationName: controller.legalName,
    place: signer.place,
    method: input.method,
    imagePng,
    signedAt,
    ip: client.ip,
    userAgent: client.userAgent,
    contentHash: version.contentHash,
  };
  const pdf = await renderSignedAgreementPdf({
    version,
    reference,
    controller: {
      legalName: controller.legalName,
      registrationNumber: controller.registrationNumber,
      address: `${controller.addressLine}, ${controller.postalCode} ${controller.city}`,
      city: controller.city,
      country: controller.country,
    },
    signatures: [{ ...processorSignature, party: "PROCESSOR" }, controllerSignature],
  });
  const pdfSha256 = sha256Hex(pdf);
  const downloadToken = downloadTokenFor(input.submissionKey);

  try {
    await db.$transaction(async (tx) => {
      const controllerRow = await tx.controller.create({
        data: { processorOrganisationId: published.organisationId, ...controller },
      });
      const document = await tx.document.create({
        data: { sha256: pdfSha256, contentType: "application/pdf", bytes: new Uint8Array(pdf), size: pdf.length },
      });
      const signedAgreement = await tx.signedAgreement.create({
        data: {
          organisationId: published.organisationId,
          agreementId: version.agreementId,
          versionId: version.id,
          controllerId: controllerRow.id,
          reference,
          submissionKey: input.submissionKey,
          signerKey,
          downloadTokenHash: sha256Hex(downloadToken),
          documentId: document.id,
          pdfSha256,
          signedAt,
        },
      });
      await tx.signature.create({
        data: {
          ...controllerSignature,
          imagePng: new Uint8Array(imagePng),
          versionId: version.id,
          signedAgreementId: signedAgreement.id,
          typedName: input.method === "TYPED" ? input.typedName : null,
          consentText: consentText(version.language, "controller"),
        },
      });
      const event = {
        actorType: "SIGNER" as const,
        actorEmail: signer.email,
        organisationId: published.organisationId,
        agreementId: version.agreementId,
        versionId: version.id,
        signedAgreementId: signedAgreement.id,
        client,
      };
      await recordEvent(tx, { ...event, type: "signing.consent_given", data: { authority: true } });
      await recordEvent(tx, { ...event, type: "agreement.signed", data: { reference, contentHash: version.contentHash, method: input.method } });
      await recordEvent(tx, { ...event, type: "pdf.generated", actorType: "SYSTEM", data: { sha256: pdfSha256, bytes: pdf.length } });
    }, { timeout: 20_000 });
  } catch (error) {
    // A parallel request with the same form or signer won the race: answer with its result.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const winner = await existingResult(input.submissionKey, signerKey);
      if (winner) return winner;
    }
    throw error;
  }
  return { status: "signed", reference, downloadToken, signedAt };
}
