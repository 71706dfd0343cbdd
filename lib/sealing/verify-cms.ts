import "server-only";
import { createHash, webcrypto } from "node:crypto";
import * as pkijs from "pkijs";
import { OID } from "./cms";

// Checking other parties' CMS (RFC 5652) with a well-tested library, pkijs, rather than our own DER
// reader: the PAdES seal of an uploaded PDF (/verify) and the RFC 3161 token a time-stamping
// authority sends back (lib/sealing/timestamp.ts). Our own signer (cms.ts) stays as it is: it only
// writes what we made ourselves.

const engine = new pkijs.CryptoEngine({ name: "node", crypto: webcrypto as unknown as Crypto });

export class CmsVerificationError extends Error {}

/** A copy in an ArrayBuffer of its own (a Buffer is often a view into a larger, shared one). */
function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  const copy = new Uint8Array(bytes.length);
  copy.set(bytes);
  return copy.buffer;
}

/** Parses a DER ContentInfo holding a SignedData; throws CmsVerificationError when it is none. */
export function parseSignedData(der: Uint8Array): pkijs.SignedData {
  // Parsed with pkijs' own fromBER: objects from another copy of asn1js would not match its schemas.
  let contentInfo: pkijs.ContentInfo;
  try {
    contentInfo = pkijs.ContentInfo.fromBER(toArrayBuffer(der));
  } catch {
    throw new CmsVerificationError("the signature is not a CMS ContentInfo");
  }
  if (contentInfo.contentType !== OID.signedData) throw new CmsVerificationError("the signature is not a CMS SignedData");
  try {
    return new pkijs.SignedData({ schema: contentInfo.content });
  } catch {
    throw new CmsVerificationError("the CMS SignedData is malformed");
  }
}

export type VerifiedSignerInfo = {
  /** DER of the certificate that made the signature. */
  signerCertificate: Buffer;
  /** The SignerInfo's signature value (what an RFC 3161 signature-time-stamp covers). */
  signatureValue: Buffer;
};

/**
 * Verifies the only SignerInfo of `signedData`: the signed attributes' messageDigest is the SHA-256
 * of `content` (detached; for a time-stamp token: the stamped data), and the signature over them
 * verifies with the certificate the SignerInfo names, which must be in the SignedData.
 */
export async function verifySignerInfo(signedData: pkijs.SignedData, content?: Uint8Array): Promise<VerifiedSignerInfo> {
  if (signedData.signerInfos.length !== 1) throw new CmsVerificationError(`expected one signer, found ${signedData.signerInfos.length}`);
  const signerInfo = signedData.signerInfos[0]!;
  if (signerInfo.digestAlgorithm.algorithmId !== OID.sha256) throw new CmsVerificationError("the digest is not SHA-256");
  if (!signerInfo.signedAttrs) throw new CmsVerificationError("the signature has no signed attributes");
  let result: pkijs.SignedDataVerifyResult;
  try {
    result = await signedData.verify(
      { signer: 0, ...(content ? { data: toArrayBuffer(content) } : {}), extendedMode: true, checkChain: false },
      engine,
    );
  } catch (error) {
    const detail = error as { message?: string; code?: number };
    throw new CmsVerificationError(`the signature does not verify: ${detail.message ?? String(error)}`);
  }
  if (!result.signatureVerified || !result.signerCertificate) {
    throw new CmsVerificationError(`the signature does not verify: ${result.message || "no signer certificate"}`);
  }
  return {
    signerCertificate: Buffer.from(result.signerCertificate.toSchema().toBER(false)),
    signatureValue: Buffer.from(signerInfo.signature.valueBlock.valueHexView),
  };
}

export type VerifiedTimestamp = { genTime: Date; tsaCertificate: Buffer };

/**
 * Verifies an RFC 3161 TimeStampToken: a SignedData with eContentType id-ct-TSTInfo whose
 * signature verifies with the TSA certificate inside it (extended key usage timeStamping, which
 * pkijs checks), over a TSTInfo whose messageImprint is SHA-256 of `stamped`, and, when `nonce` is
 * given, repeats it. Whether the TSA itself is to be trusted is for the PDF's reader (its trust list).
 */
export async function verifyTimestampToken(token: Uint8Array, stamped: Uint8Array, nonce?: Uint8Array): Promise<VerifiedTimestamp> {
  const signedData = parseSignedData(token);
  if (signedData.encapContentInfo.eContentType !== OID.tstInfo || !signedData.encapContentInfo.eContent) {
    throw new CmsVerificationError("the time-stamp token holds no TSTInfo");
  }
  const tstInfoDer = new Uint8Array(signedData.encapContentInfo.eContent.getValue());
  // For a TSTInfo, pkijs takes the stamped data: it checks the imprint, then the signature over the
  // encapsulated TSTInfo (and the TSA certificate's timeStamping key usage).
  const { signerCertificate } = await verifySignerInfo(signedData, stamped);
  let tstInfo: pkijs.TSTInfo;
  try {
    tstInfo = pkijs.TSTInfo.fromBER(toArrayBuffer(tstInfoDer));
  } catch {
    throw new CmsVerificationError("the time-stamp token's TSTInfo is malformed");
  }
  if (tstInfo.messageImprint.hashAlgorithm.algorithmId !== OID.sha256) throw new CmsVerificationError("the time-stamp imprint is not SHA-256");
  const expected = createHash("sha256").update(stamped).digest();
  if (!Buffer.from(tstInfo.messageImprint.hashedMessage.valueBlock.valueHexView).equals(expected)) {
    throw new CmsVerificationError("the time-stamp token is for another hash");
  }
  if (nonce) {
    const own = Buffer.from(nonce);
    const theirs = tstInfo.nonce ? Buffer.from(tstInfo.nonce.valueBlock.valueHexView) : null;
    if (!theirs || !stripZeros(theirs).equals(stripZeros(own))) throw new CmsVerificationError("the time-stamp token does not repeat our nonce");
  }
  return { genTime: tstInfo.genTime, tsaCertificate: signerCertificate };
}

const stripZeros = (bytes: Buffer) => {
  let i = 0;
  while (i < bytes.length - 1 && bytes[i] === 0) i++;
  return bytes.subarray(i);
};

/** The signature-time-stamp (unsigned attribute) of the only SignerInfo, if there is one. */
export function signatureTimestampOf(signedData: pkijs.SignedData): Buffer | null {
  const attribute = signedData.signerInfos[0]?.unsignedAttrs?.attributes.find((a) => a.type === OID.signatureTimeStampToken);
  const value = attribute?.values[0];
  return value ? Buffer.from(value.toBER(false)) : null;
}
