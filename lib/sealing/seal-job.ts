import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { getBlob, putBlob, sha256Hex } from "@/lib/storage";
import { recordEvent } from "@/lib/audit/record-event";
import { sealPdf } from "./seal-pdf";
import { transactionOptions } from "@/lib/db/transaction-options";

const jobData = z.object({ signedAgreementId: z.string().min(1).max(64) });

/**
 * The "pdf.seal" job: seals the stored, unsealed PDF of a signed agreement whose inline sealing
 * failed. One transaction stores the sealed PDF as a new Document, points documentId (what the
 * download links serve) at it, keeps unsealedDocumentId on the original, marks the agreement
 * SEALED and records "pdf.sealed". Idempotent: an agreement already sealed is left alone.
 * On failure the attempt and its error are stored and the error is rethrown, so pg-boss retries.
 */
export async function handleSealJob(data: { signedAgreementId: string }): Promise<void> {
  const { signedAgreementId } = jobData.parse(data);
  const signed = await db.signedAgreement.findUnique({
    where: { id: signedAgreementId },
    select: { sealStatus: true, unsealedDocumentId: true, documentId: true },
  });
  if (!signed) {
    // Retrying cannot make it appear; signed agreements are never deleted.
    console.warn(`[sealing] job for unknown signed agreement ${signedAgreementId}: dropped`);
    return;
  }
  if (signed.sealStatus === "SEALED") return;

  try {
    const unsealedId = signed.unsealedDocumentId ?? signed.documentId;
    if (!unsealedId) throw new Error("the signed agreement has no PDF to seal");
    const unsealed = await db.document.findUniqueOrThrow({ where: { id: unsealedId }, select: { id: true, sha256: true, storage: true, prefixOf: true, size: true } });
    const sealed = await sealPdf(await getBlob(unsealed));
    const sha256 = sha256Hex(sealed.pdf);
    const ref = await putBlob(sealed.pdf, "application/pdf", sha256);

    await db.$transaction(async (tx) => {
      // A second worker (or a retry racing a slow first attempt) waits here, then finds it sealed.
      const [current] = await tx.$queryRaw<{ sealStatus: string }[]>`
        SELECT "sealStatus" FROM "SignedAgreement" WHERE "id" = ${signedAgreementId} FOR UPDATE`;
      if (current?.sealStatus === "SEALED") return;
      const row = await tx.signedAgreement.findUniqueOrThrow({
        where: { id: signedAgreementId },
        select: { organisationId: true, agreementId: true, versionId: true },
      });
      const document = await tx.document.create({
        data: { sha256, contentType: "application/pdf", storage: ref.storage, size: ref.size },
      });
      await tx.signedAgreement.update({
        where: { id: signedAgreementId },
        data: {
          documentId: document.id,
          unsealedDocumentId: unsealed.id,
          pdfSha256: sha256,
          sealStatus: "SEALED",
          sealLevel: sealed.level,
          sealedAt: new Date(),
          sealError: null,
          sealAttempts: { increment: 1 },
        },
      });
      const event = { ...row, signedAgreementId, actorType: "SYSTEM" as const };
      await recordEvent(tx, { ...event, type: "pdf.sealed", data: { sha256, level: sealed.level } });
      // The same event type as when sealing at signing time falls back to B-B.
      if (sealed.timestampError) await recordEvent(tx, { ...event, type: "pdf.timestamp_failed", data: { error: sealed.timestampError } });
    }, transactionOptions.document);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await db.signedAgreement
      .update({ where: { id: signedAgreementId }, data: { sealAttempts: { increment: 1 }, sealError: message.slice(0, 500) } })
      .catch((updateError: unknown) => console.error("[sealing] could not record the failed attempt", updateError));
    throw error;
  }
}
