import "server-only";
import { createHash } from "node:crypto";
import { CmsVerificationError, parseSignedData, signatureTimestampOf, verifySignerInfo, verifyTimestampToken } from "./verify-cms";

// The cryptographic half of /verify: does this PDF carry a valid seal of this platform? Independent
// of the database, so that a forged or lost database row cannot make a forged PDF look genuine, nor
// a genuine one look forged.

export type SealCheck =
  | { status: "valid"; level: "B-B" | "B-T"; certificateSha256: string; timestampedAt: Date | null }
  | { status: "invalid"; reason: SealProblem; detail: string }
  | { status: "absent" };

export type SealProblem = "byteRange" | "malformed" | "digest" | "signature" | "certificate" | "timestamp";

const BYTE_RANGE = /\/ByteRange\s*\[\s*(\d{1,10})\s+(\d{1,10})\s+(\d{1,10})\s+(\d{1,10})\s*\]/g;

/** The last /ByteRange of the file: our seal is the newest incremental update. */
function lastByteRange(pdf: Buffer): number[] | null {
  // Only the tail is searched: the seal's dictionary sits in the last update, and a linear regex
  // over a bounded window cannot be made slow by the file's content.
  const tail = pdf.toString("latin1", Math.max(0, pdf.length - 256 * 1024));
  let match: RegExpExecArray | null;
  let last: number[] | null = null;
  BYTE_RANGE.lastIndex = 0;
  while ((match = BYTE_RANGE.exec(tail))) last = match.slice(1).map(Number);
  return last;
}

const invalid = (reason: SealProblem, detail: string): SealCheck => ({ status: "invalid", reason, detail });

/**
 * Checks the PAdES seal of `pdf`: the ByteRange covers the whole file except the signature's own
 * /Contents, the CMS is a SignedData whose messageDigest is the SHA-256 of those bytes, its
 * signature verifies with its certificate, that certificate is one of `platformCertificates`, and
 * a signature-time-stamp, when present, verifies over the signature value.
 */
export async function verifyPdfSeal(pdf: Buffer, platformCertificates: Buffer[]): Promise<SealCheck> {
  const range = lastByteRange(pdf);
  if (!range) return { status: "absent" };
  const [start1, length1, start2, length2] = range as [number, number, number, number];
  if (start1 !== 0 || length1 <= 0 || start2 <= length1 + 1 || start2 + length2 !== pdf.length) {
    return invalid("byteRange", `the signed byte range [${range.join(" ")}] does not cover the whole file of ${pdf.length} bytes`);
  }
  if (pdf[length1] !== 0x3c /* < */ || pdf[start2 - 1] !== 0x3e /* > */) {
    return invalid("byteRange", "the gap in the signed byte range is not exactly the signature");
  }
  const hex = pdf.toString("latin1", length1 + 1, start2 - 1);
  if (!/^[0-9a-fA-F]*$/.test(hex) || hex.length % 2 !== 0) return invalid("malformed", "the signature is not hexadecimal");
  const contents = Buffer.from(hex, "hex");
  const signed = Buffer.concat([pdf.subarray(0, length1), pdf.subarray(start2, start2 + length2)]);
  try {
    const signedData = parseSignedData(contents);
    const digest = createHash("sha256").update(signed).digest();
    const messageDigest = signedData.signerInfos[0]?.signedAttrs?.attributes.find((a) => a.type === "1.2.840.113549.1.9.4")?.values[0];
    if (!messageDigest || !Buffer.from((messageDigest as { valueBlock: { valueHexView: Uint8Array } }).valueBlock.valueHexView).equals(digest)) {
      return invalid("digest", "the signed message digest is not the SHA-256 of the signed bytes: the file was changed after sealing");
    }
    const { signerCertificate, signatureValue } = await verifySignerInfo(signedData, signed).catch((error: unknown) => {
      throw Object.assign(error as Error, { reason: "signature" as const });
    });
    const certificateSha256 = createHash("sha256").update(signerCertificate).digest("hex");
    if (!platformCertificates.some((certificate) => certificate.equals(signerCertificate))) {
      return invalid("certificate", `sealed with a certificate (SHA-256 ${certificateSha256}) that is not this platform's`);
    }
    const token = signatureTimestampOf(signedData);
    if (!token) return { status: "valid", level: "B-B", certificateSha256, timestampedAt: null };
    const timestamp = await verifyTimestampToken(token, signatureValue).catch((error: unknown) => {
      throw Object.assign(error as Error, { reason: "timestamp" as const });
    });
    return { status: "valid", level: "B-T", certificateSha256, timestampedAt: timestamp.genTime };
  } catch (error) {
    const reason = (error as { reason?: SealProblem }).reason ?? "malformed";
    if (error instanceof CmsVerificationError || (error as { reason?: string }).reason) return invalid(reason, (error as Error).message);
    return invalid("malformed", `the signature cannot be read: ${(error as Error).message}`);
  }
}
