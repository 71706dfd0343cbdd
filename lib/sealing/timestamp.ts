import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { OID } from "./cms";
import { CmsVerificationError, verifyTimestampToken } from "./verify-cms";
import { booleanValue, childrenOf, decodeOid, decodeSmallInteger, octetString, oid, readNode, sequence, unsignedInteger, type DerNode } from "./der";

// An RFC 3161 time-stamp over the signature value (CAdES signature-time-stamp, level B-T). Before it
// is used (and B-T recorded), the token is checked for what we asked (our hash, our nonce) and its
// signature is verified with the TSA certificate it carries (pkijs, lib/sealing/verify-cms.ts).
// Whether that TSA is trusted is for whoever validates the PDF (their trust list).

export const TIMESTAMP_TIMEOUT_MS = 5_000;

export class TimestampError extends Error {}

export function timestampRequest(hash: Buffer, nonce: Buffer): Buffer {
  return sequence(
    unsignedInteger(1),
    sequence(sequence(oid(OID.sha256)), octetString(hash)), // messageImprint
    unsignedInteger(nonce),
    booleanValue(true), // certReq: put the TSA's certificate in the token
  );
}

/** The TSTInfo inside a TimeStampToken (a CMS SignedData with eContentType id-ct-TSTInfo). */
export function readTstInfo(token: Buffer): { hash: Buffer; nonce: Buffer | null; genTime: string } {
  const [contentType, wrapped] = childrenOf(readNode(token));
  if (!contentType || decodeOid(contentType) !== OID.signedData || !wrapped) throw new TimestampError("the token is not a SignedData");
  const signedData = childrenOf(childrenOf(wrapped)[0]!);
  const [eContentType, eContent] = childrenOf(signedData[2]!);
  if (!eContentType || decodeOid(eContentType) !== OID.tstInfo || !eContent) throw new TimestampError("the token holds no TSTInfo");
  const tstInfo = childrenOf(readNode(childrenOf(eContent)[0]!.content));
  const imprint = childrenOf(tstInfo[2]!);
  const genTime = tstInfo[4]!;
  if (genTime.tag !== 0x18) throw new TimestampError("the token has no time");
  const nonce = tstInfo.slice(5).find((node: DerNode) => node.tag === 0x02);
  return { hash: imprint[1]!.content, nonce: nonce ? nonce.content : null, genTime: genTime.content.toString("latin1") };
}

const positive = (bytes: Buffer) => readNode(unsignedInteger(bytes)).content;

/** Asks the TSA at `url` for a token over `signatureValue`. Throws TimestampError with the reason. */
export async function requestTimestamp(url: string, signatureValue: Buffer, timeoutMs = TIMESTAMP_TIMEOUT_MS): Promise<Buffer> {
  const hash = createHash("sha256").update(signatureValue).digest();
  const nonce = randomBytes(8);
  let response: Response;
  try {
    response = await fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/timestamp-query", Accept: "application/timestamp-reply" },
      body: new Uint8Array(timestampRequest(hash, nonce)),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const reason = error instanceof Error && error.name === "TimeoutError" ? `no answer within ${timeoutMs} ms` : (error as Error).cause ?? error;
    throw new TimestampError(`the time-stamping authority cannot be reached: ${reason instanceof Error ? reason.message : String(reason)}`);
  }
  if (!response.ok) throw new TimestampError(`the time-stamping authority answered HTTP ${response.status}`);
  const body = Buffer.from(await response.arrayBuffer());
  try {
    const [statusInfo, token] = childrenOf(readNode(body));
    const status = decodeSmallInteger(childrenOf(statusInfo!)[0]!);
    if (status !== 0 && status !== 1) throw new TimestampError(`the time-stamping authority refused (PKIStatus ${status})`);
    if (!token) throw new TimestampError("the answer holds no token");
    const info = readTstInfo(token.raw);
    if (!info.hash.equals(hash)) throw new TimestampError("the token is for another hash");
    if (!info.nonce || !info.nonce.equals(positive(nonce))) throw new TimestampError("the token does not repeat our nonce");
    await verifyTimestampToken(token.raw, signatureValue, nonce).catch((error: unknown) => {
      if (error instanceof CmsVerificationError) throw new TimestampError(`the token does not verify: ${error.message}`);
      throw error;
    });
    return Buffer.from(token.raw);
  } catch (error) {
    if (error instanceof TimestampError) throw error;
    throw new TimestampError(`the answer is not a valid time-stamp response: ${(error as Error).message}`);
  }
}
