import "server-only";
import type { Tx } from "@/lib/db";
import { appUrl } from "@/lib/email/app-url";
import { enqueueEmail } from "@/lib/email/enqueue-email";

/**
 * Both parties get the signed agreement by e-mail, queued in the signing transaction (so mail goes
 * out if and only if the signature is stored). The dedupe keys make a repeat queue nothing.
 */
export async function enqueueSignedEmails(
  tx: Tx,
  signed: {
    signedAgreementId: string;
    reference: string;
    documentId: string;
    downloadToken: string;
    language: "nl" | "en";
    agreementTitle: string;
    processorName: string;
    controllerName: string;
    signerName: string;
    signerEmail: string;
    processor: { id: string; slug: string; privacyEmail: string };
  },
) {
  const attachment = { attachmentDocumentId: signed.documentId, attachmentName: `${signed.reference}.pdf` };
  await enqueueEmail(tx, {
    to: signed.signerEmail,
    template: "signed-controller",
    language: signed.language,
    vars: {
      reference: signed.reference,
      agreementTitle: signed.agreementTitle,
      processorName: signed.processorName,
      signerName: signed.signerName,
    },
    secretVars: { downloadUrl: appUrl(`/d/${signed.downloadToken}`) },
    organisationId: signed.processor.id,
    signedAgreementId: signed.signedAgreementId,
    ...attachment,
    dedupeKey: `signed:${signed.signedAgreementId}:controller`,
  });
  await enqueueEmail(tx, {
    to: signed.processor.privacyEmail,
    template: "signed-processor",
    language: signed.language,
    vars: {
      reference: signed.reference,
      agreementTitle: signed.agreementTitle,
      controllerName: signed.controllerName,
      signerName: signed.signerName,
      dashboardUrl: appUrl(`/app/${signed.processor.slug}`),
    },
    organisationId: signed.processor.id,
    signedAgreementId: signed.signedAgreementId,
    ...attachment,
    dedupeKey: `signed:${signed.signedAgreementId}:processor`,
  });
}
