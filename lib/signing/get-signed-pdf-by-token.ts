import "server-only";
import { db } from "@/lib/db";
import { getBlob } from "@/lib/storage";
import { recordEvent } from "@/lib/audit/record-event";
import { AppError, notFound } from "@/lib/errors";
import type { ClientInfo } from "@/lib/http/client-info";
import { sha256Hex } from "./tokens";
import { transactionOptions } from "@/lib/db/transaction-options";

/** Download tokens are base64url HMACs (43 characters); anything else cannot match. */
const tokenPattern = /^[A-Za-z0-9_-]{32,128}$/;

/** A link that was valid once: expired (after DOWNLOAD_LINK_DAYS) or replaced by a newer request. */
export class DownloadLinkGoneError extends AppError {
  constructor(readonly reason: "expired" | "replaced") {
    super("NOT_FOUND", `download link ${reason}`);
  }
}

/**
 * A signed agreement's PDF by the secret in its download link. Only the token's hash is stored,
 * so the lookup is by hash; the token is the whole authorisation (like a signed URL), until it
 * expires or a new link replaces it.
 */
export async function getSignedPdfByToken(
  token: string,
  client: ClientInfo,
): Promise<{ reference: string; bytes: Buffer; contentType: string }> {
  if (typeof token !== "string" || !tokenPattern.test(token)) throw notFound();
  return db.$transaction(async (tx) => {
    const link = await tx.downloadLink.findUnique({
      where: { tokenHash: sha256Hex(token) },
      select: {
        expiresAt: true,
        replacedAt: true,
        signedAgreement: {
          select: {
            id: true, reference: true, organisationId: true, agreementId: true, versionId: true, pdfSha256: true,
            document: { select: { sha256: true, storage: true, prefixOf: true, size: true, contentType: true } },
          },
        },
      },
    });
    if (!link) throw notFound();
    if (link.replacedAt) throw new DownloadLinkGoneError("replaced");
    if (link.expiresAt <= new Date()) throw new DownloadLinkGoneError("expired");
    const signed = link.signedAgreement;
    if (!signed.document) throw notFound();
    const bytes = await getBlob(signed.document);
    await recordEvent(tx, {
      type: "pdf.downloaded",
      actorType: "PUBLIC",
      organisationId: signed.organisationId,
      agreementId: signed.agreementId,
      versionId: signed.versionId,
      signedAgreementId: signed.id,
      client,
      data: { via: "download-link", sha256: signed.pdfSha256 },
    });
    return { reference: signed.reference, bytes, contentType: signed.document.contentType };
  }, transactionOptions.document);
}
