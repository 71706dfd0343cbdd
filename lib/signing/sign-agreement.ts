import "server-only";
import { prefixOf, putBlob, type StoredRef } from "@/lib/storage";
import { db, Prisma } from "@/lib/db";
import { recordEvent } from "@/lib/audit/record-event";
import { isTransientDatabaseError, notFound, validationError } from "@/lib/errors";
import type { ClientInfo } from "@/lib/http/client-info";
import { getPublishedVersionById } from "@/lib/agreements/get-published-version-by-id";
import { renderSignedAgreementPdf } from "@/lib/pdf";
import { enqueueSeal } from "@/lib/sealing/enqueue-seal";
import { consentText } from "./consent";
import { issueDownloadLink } from "./download-links";
import { enqueueSignedEmails } from "./enqueue-signed-emails";
import { signInput } from "./schemas";
import { sealSignedPdf } from "./seal-signed-pdf";
import { validateSignatureImage } from "./signature-image";
import { signingTrailForPdf } from "./signing-trail";
import { chainHead } from "@/lib/audit/chain-head";
import { sessionChainKey } from "@/lib/audit/chain";
import { downloadTokenFor, newReference, sha256Hex, signerKeyFor } from "./tokens";
import { assertVerifiedSession } from "./verified-session";
import { transactionOptions } from "@/lib/db/transaction-options";

export type SignResult =
  | { status: "signed"; reference: string; downloadToken: string; signedAt: Date }
  | { status: "already-signed"; reference: string; signedAt: Date };

async function existingResult(submissionKey: string, signerKey: string, signingSessionId: string): Promise<SignResult | null> {
  const select = { reference: true, signedAt: true } as const;
  // Only the key's hash is stored; the link is derived from the key, which only the form knows.
  const bySubmission = await db.signedAgreement.findUnique({ where: { submissionKey: sha256Hex(submissionKey) }, select });
  if (bySubmission) return { status: "signed", ...bySubmission, downloadToken: downloadTokenFor(submissionKey) };
  // Another form (another tab) signed first, as this signer or in this session: the same
  // agreement, but its link belongs to that form.
  const other =
    (await db.signedAgreement.findUnique({ where: { signerKey }, select })) ??
    (await db.signedAgreement.findUnique({ where: { signingSessionId }, select }));
  return other ? { status: "already-signed", ...other } : null;
}

/**
 * A controller signs a published version, in a signing session whose e-mail address they proved.
 * The PDF is rendered with the audit trail so far and sealed first; then the controller, the
 * signed agreement, the signature, the PDF(s), the audit events and the e-mails to both parties
 * are stored in one transaction, so a failure leaves nothing behind. When sealing fails the
 * signature is stored all the same, with the unsealed PDF and a job that seals it later.
 * Repeats of the same form return the first result.
 */
export async function signAgreement(raw: unknown, client: ClientInfo): Promise<SignResult> {
  const parsed = signInput.safeParse(raw);
  if (!parsed.success) throw validationError(parsed.error, "validation.fix");
  const input = parsed.data;
  const { controller, signer } = input;
  const signerKey = signerKeyFor(input.versionId, controller.country, controller.registrationNumber, signer.email);

  // First the session, verified for this signer's address (one small query): nothing is told,
  // not even "already signed", and nothing heavy is done for someone who has not proven the address.
  const session = await assertVerifiedSession(input.signingSessionId, input.versionId, signer.email).catch(async (error: unknown) => {
    // A version that cannot be signed is a 404 as before (published versions are public anyway).
    const isSignable = await db.agreementVersion.count({ where: { id: input.versionId, status: "PUBLISHED" } });
    throw isSignable ? error : notFound();
  });
  const earlier = await existingResult(input.submissionKey, signerKey, input.signingSessionId);
  if (earlier) return earlier;

  const published = await getPublishedVersionById(input.versionId);
  if (!published || published.status !== "PUBLISHED" || !published.processorSignature) throw notFound();
  const { version, processorSignature } = published;
  const imagePng = validateSignatureImage(input.imageDataUrl);
  const processor = await db.organisation.findUniqueOrThrow({
    where: { id: published.organisationId },
    select: { id: true, slug: true, privacyEmail: true },
  });

  const signedAt = new Date();
  const reference = newReference(signedAt);
  const controllerSignature = {
    party: "CONTROLLER" as const,
    signerName: signer.name,
    signerFunction: signer.function,
    // The address proven with a code: part of the evidence.
    signerEmail: session.email,
    emailVerifiedAt: session.emailVerifiedAt,
    organisationName: controller.legalName,
    place: signer.place,
    method: input.method,
    imagePng,
    signedAt,
    ip: client.ip,
    userAgent: client.userAgent,
    contentHash: version.contentHash,
    consentText: consentText(version.language, "controller"),
  };
  // Recorded below, in the transaction that stores the signature, with exactly this data.
  const signerEvent = { at: signedAt, actorType: "SIGNER" as const, actorEmail: session.email, signingSessionId: session.id, ip: client.ip };
  const signingEvents = [
    { ...signerEvent, type: "signing.consent_given", data: { authority: true } },
    { ...signerEvent, type: "agreement.signed", data: { reference, contentHash: version.contentHash, method: input.method } },
  ];
  const rendered = await renderSignedAgreementPdf({
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
    auditEvents: await signingTrailForPdf(session.id, signingEvents),
    // The signed agreement's chain will continue this one (lib/audit/record-event.ts).
    auditChainHead: await chainHead(sessionChainKey(session.id)),
  });
  const renderedSha256 = sha256Hex(rendered);
  const seal = await sealSignedPdf(rendered);
  const stored = seal.isSealed ? seal.pdf : rendered;
  const storedSha256 = sha256Hex(stored);
  const downloadToken = downloadTokenFor(input.submissionKey);
  // The bytes go to lib/storage first (content-addressed, idempotent): a row refers to them only once they are stored.
  // Sealed inline, the render is the start of the sealed PDF (an incremental update): it is kept as
  // that prefix, not as a second copy.
  const storedRef = await putBlob(stored, "application/pdf", storedSha256);
  const renderedPrefixOf = seal.isSealed ? prefixOf(rendered, stored, storedSha256) : null;
  const renderedRef = !seal.isSealed ? storedRef : renderedPrefixOf ? { storage: storedRef.storage, sha256: renderedSha256, size: rendered.length } : await putBlob(rendered, "application/pdf", renderedSha256);

  try {
    await db.$transaction(async (tx) => {
      const controllerRow = await tx.controller.create({
        data: { processorOrganisationId: published.organisationId, ...controller },
      });
      const documentOf = (ref: StoredRef, prefixOfSha256: string | null = null) =>
        tx.document.create({ data: { sha256: ref.sha256, contentType: "application/pdf", storage: ref.storage, size: ref.size, prefixOf: prefixOfSha256 } });
      // The render is kept as it was before sealing; while pending it is also the document served.
      const unsealedDocument = await documentOf(renderedRef, renderedPrefixOf);
      const document = seal.isSealed ? await documentOf(storedRef) : unsealedDocument;
      const signedAgreement = await tx.signedAgreement.create({
        data: {
          organisationId: published.organisationId,
          agreementId: version.agreementId,
          versionId: version.id,
          controllerId: controllerRow.id,
          signingSessionId: session.id,
          reference,
          submissionKey: sha256Hex(input.submissionKey),
          signerKey,
          documentId: document.id,
          unsealedDocumentId: unsealedDocument.id,
          pdfSha256: storedSha256,
          signedAt,
          sealAttempts: 1,
          ...(seal.isSealed
            ? { sealStatus: "SEALED" as const, sealLevel: seal.level, sealedAt: new Date() }
            : { sealStatus: "PENDING" as const, sealError: seal.error }),
        },
      });
      await issueDownloadLink(tx, signedAgreement.id, downloadToken, signedAt);
      await tx.signature.create({
        data: {
          ...controllerSignature,
          imagePng: new Uint8Array(imagePng),
          versionId: version.id,
          signedAgreementId: signedAgreement.id,
          typedName: input.method === "TYPED" ? input.typedName : null,
        },
      });
      const event = {
        actorType: "SIGNER" as const,
        actorEmail: session.email,
        organisationId: published.organisationId,
        agreementId: version.agreementId,
        versionId: version.id,
        signedAgreementId: signedAgreement.id,
        signingSessionId: session.id,
        client,
      };
      const system = { ...event, actorType: "SYSTEM" as const, actorEmail: null };
      await recordEvent(tx, { ...event, type: "signing.consent_given", data: { authority: true } });
      await recordEvent(tx, { ...event, type: "agreement.signed", data: { reference, contentHash: version.contentHash, method: input.method } });
      await recordEvent(tx, { ...system, type: "pdf.generated", data: { sha256: renderedSha256, bytes: rendered.length } });
      if (seal.isSealed) {
        await recordEvent(tx, { ...system, type: "pdf.sealed", data: { sha256: storedSha256, level: seal.level } });
        if (seal.timestampError) await recordEvent(tx, { ...system, type: "pdf.timestamp_failed", data: { error: seal.timestampError } });
      } else {
        await recordEvent(tx, { ...system, type: "pdf.seal_failed", data: { error: seal.error } });
        await enqueueSeal(tx, signedAgreement.id);
      }
      await enqueueSignedEmails(tx, {
        signedAgreementId: signedAgreement.id,
        reference,
        documentId: document.id,
        downloadToken,
        language: version.language,
        agreementTitle: version.title,
        processorName: version.processor.legalName,
        controllerName: controller.legalName,
        signerName: signer.name,
        signerEmail: session.email,
        processor,
      });
    }, transactionOptions.signing);
  } catch (error) {
    // A parallel request with the same form, signer or session won the race: answer with its result.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const winner = await existingResult(input.submissionKey, signerKey, input.signingSessionId);
      if (winner) return winner;
    }
    // A lost connection or an expired transaction can come after COMMIT reached the database: the
    // signature may be stored although this call failed. Never answer an error for a stored
    // signature; when the database cannot tell now, the error stands (503: send the same form again,
    // which returns the stored result).
    if (isTransientDatabaseError(error)) {
      const stored = await existingResult(input.submissionKey, signerKey, input.signingSessionId).catch(() => null);
      if (stored) return stored;
    }
    throw error;
  }
  return { status: "signed", reference, downloadToken, signedAt };
}
