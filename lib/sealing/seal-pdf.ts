import "server-only";
import { createHash } from "node:crypto";
import { encodeSignedData, signAttributes } from "./cms";
import { addSignaturePlaceholder, embedSignature, type Placeholder } from "./pdf-update";
import { getSealKey, type SealKey } from "./seal-key";
import { requestTimestamp, TIMESTAMP_TIMEOUT_MS } from "./timestamp";

export type SealLevel = "B-B" | "B-T";
export type SealResult = { pdf: Buffer; level: SealLevel; timestampError?: string };

export type SealOptions = {
  /** The RFC 3161 time-stamping authority; default SEAL_TSA_URL. An empty string turns it off. */
  tsaUrl?: string;
  timestampTimeoutMs?: number;
  /** The claimed signing time (/M); default now. */
  signingTime?: Date;
};

// Room for the CMS beyond its certificates: attributes, signature, structure (about 600 bytes for
// RSA 2048), and for a time-stamp token (usually 2-6 KB with the TSA's certificates).
const SIGNATURE_ROOM = 2_048;
const TIMESTAMP_ROOM = 12_288;

function digestOfRanges(placeholder: Placeholder): Buffer {
  const [start1, length1, start2, length2] = placeholder.byteRange;
  return createHash("sha256")
    .update(placeholder.pdf.subarray(start1, start1 + length1))
    .update(placeholder.pdf.subarray(start2, start2 + length2))
    .digest();
}

/**
 * Seals a PDF with the platform's certificate: a PAdES baseline signature (ETSI.CAdES.detached) in
 * an incremental update, so the original bytes and their rendering stay unchanged. With a
 * time-stamping authority configured the level is B-T; when it cannot be reached the PDF is still
 * sealed, at B-B, and `timestampError` says why (the caller records it in the audit trail).
 * Throws when the PDF cannot be sealed at all.
 */
export async function sealPdf(pdf: Buffer, options: SealOptions = {}): Promise<SealResult> {
  const key = await getSealKey();
  const tsaUrl = options.tsaUrl ?? process.env.SEAL_TSA_URL ?? "";
  const signingTime = options.signingTime ?? new Date();
  const certificateBytes = key.certificate.length + key.chain.reduce((sum, der) => sum + der.length, 0);
  let capacity = certificateBytes + SIGNATURE_ROOM + (tsaUrl ? TIMESTAMP_ROOM : 0);

  // At most twice: an unusually large time-stamp token gets a second try with room for it.
  for (let attempt = 0; ; attempt++) {
    const result = await sealOnce(pdf, key, { capacity, signingTime, tsaUrl, timeoutMs: options.timestampTimeoutMs ?? TIMESTAMP_TIMEOUT_MS });
    if ("pdf" in result) return result;
    if (attempt > 0) throw new Error(`the signature (${result.needed} bytes) does not fit its placeholder`);
    capacity = result.needed + 1_024;
  }
}

async function sealOnce(
  pdf: Buffer,
  key: SealKey,
  options: { capacity: number; signingTime: Date; tsaUrl: string; timeoutMs: number },
): Promise<SealResult | { needed: number }> {
  const placeholder = addSignaturePlaceholder(pdf, { capacity: options.capacity, signingTime: options.signingTime });
  const parts = signAttributes(key, { messageDigest: digestOfRanges(placeholder) });
  let timeStampToken: Buffer | undefined;
  let timestampError: string | undefined;
  if (options.tsaUrl) {
    try {
      timeStampToken = await requestTimestamp(options.tsaUrl, parts.signature, options.timeoutMs);
    } catch (error) {
      timestampError = error instanceof Error ? error.message : String(error);
    }
  }
  const cms = encodeSignedData(key, parts, { timeStampToken });
  if (cms.length > placeholder.contentsCapacity) return { needed: cms.length };
  const sealed = embedSignature(placeholder, cms);
  return timeStampToken ? { pdf: sealed, level: "B-T" } : { pdf: sealed, level: "B-B", ...(timestampError ? { timestampError } : {}) };
}
