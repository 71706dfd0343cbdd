import "server-only";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { sha256Hex } from "./tokens";

/** Download tokens are base64url HMACs (43 characters); anything else cannot match. */
const tokenPattern = /^[A-Za-z0-9_-]{32,128}$/;

/**
 * A signed agreement's PDF by the secret in its download link. Only the token's hash is stored,
 * so the lookup is by hash; the token is the whole authorisation (like a signed URL).
 */
export async function getSignedPdfByToken(token: string): Promise<{ reference: string; bytes: Buffer; contentType: string }> {
  if (typeof token !== "string" || !tokenPattern.test(token)) throw notFound();
  const signed = await db.signedAgreement.findUnique({
    where: { downloadTokenHash: sha256Hex(token) },
    select: { reference: true, document: { select: { bytes: true, contentType: true } } },
  });
  if (!signed?.document) throw notFound();
  return { reference: signed.reference, bytes: Buffer.from(signed.document.bytes), contentType: signed.document.contentType };
}
