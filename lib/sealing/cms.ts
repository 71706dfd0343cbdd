import "server-only";
import { createHash, sign, type KeyObject } from "node:crypto";
import { childrenOf, contextConstructed, octetString, oid, readNode, sequence, setOf, tlv, unsignedInteger, nullValue } from "./der";

// CMS SignedData (RFC 5652) as CAdES (ETSI EN 319 122-1) wants it for PAdES baseline signatures:
// detached content, SHA-256, signed attributes contentType, messageDigest and signingCertificateV2,
// and no signing-time (PAdES puts the claimed time in the signature dictionary's /M). An RFC 3161
// token over the signature value, when there is one, goes in as the unsigned attribute
// signatureTimeStampToken (level B-T).

export const OID = {
  data: "1.2.840.113549.1.7.1",
  signedData: "1.2.840.113549.1.7.2",
  tstInfo: "1.2.840.113549.1.9.16.1.4",
  contentType: "1.2.840.113549.1.9.3",
  messageDigest: "1.2.840.113549.1.9.4",
  signingCertificateV2: "1.2.840.113549.1.9.16.2.47",
  signatureTimeStampToken: "1.2.840.113549.1.9.16.2.14",
  sha256: "2.16.840.1.101.3.4.2.1",
  rsaEncryption: "1.2.840.113549.1.1.1",
  ecdsaWithSha256: "1.2.840.10045.4.3.2",
} as const;

/** What a CMS signer needs: the key (node:crypto) and the certificates, signer first, in DER. */
export type CmsSigner = {
  privateKey: KeyObject;
  keyType: "rsa" | "ec";
  certificate: Buffer;
  chain: Buffer[];
};

const sha256AlgorithmId = () => sequence(oid(OID.sha256));

function signatureAlgorithmId(keyType: CmsSigner["keyType"]): Buffer {
  return keyType === "rsa" ? sequence(oid(OID.rsaEncryption), nullValue()) : sequence(oid(OID.ecdsaWithSha256));
}

const attribute = (type: string, value: Buffer) => sequence(oid(type), setOf([value]));

/** IssuerAndSerialNumber of a certificate: tbsCertificate's issuer and serialNumber, byte for byte. */
export function issuerAndSerialNumber(certificate: Buffer): Buffer {
  const tbs = childrenOf(childrenOf(readNode(certificate))[0]!);
  const fields = tbs[0]!.tag === 0xa0 ? tbs.slice(1) : tbs; // [0] version is optional
  const serial = fields[0]!;
  const issuer = fields[2]!;
  return sequence(issuer.raw, serial.raw);
}

/** ESS signingCertificateV2: the SHA-256 of the signing certificate (hashAlgorithm left at its default). */
function signingCertificateV2(certificate: Buffer): Buffer {
  const certHash = createHash("sha256").update(certificate).digest();
  return sequence(sequence(sequence(octetString(certHash))));
}

export type SignerInfoParts = {
  signedAttributes: Buffer[];
  signature: Buffer;
};

/** Signs the signed attributes (their DER SET OF encoding, RFC 5652 5.4). */
export function signAttributes(signer: CmsSigner, input: { messageDigest: Buffer; contentType?: string }): SignerInfoParts {
  const signedAttributes = [
    attribute(OID.contentType, oid(input.contentType ?? OID.data)),
    attribute(OID.messageDigest, octetString(input.messageDigest)),
    attribute(OID.signingCertificateV2, signingCertificateV2(signer.certificate)),
  ];
  const signature = sign("sha256", setOf(signedAttributes), signer.privateKey);
  return { signedAttributes, signature };
}

/** The ContentInfo holding the SignedData, DER-encoded: what goes into the PDF's /Contents. */
export function encodeSignedData(
  signer: CmsSigner,
  parts: SignerInfoParts,
  options: { timeStampToken?: Buffer; contentType?: string; content?: Buffer } = {},
): Buffer {
  const unsigned = options.timeStampToken ? [tlv(0xa1, attribute(OID.signatureTimeStampToken, options.timeStampToken))] : [];
  const signerInfo = sequence(
    unsignedInteger(1),
    issuerAndSerialNumber(signer.certificate),
    sha256AlgorithmId(),
    tlv(0xa0, ...[...parts.signedAttributes].sort(Buffer.compare)),
    signatureAlgorithmId(signer.keyType),
    octetString(parts.signature),
    ...unsigned,
  );
  const contentType = options.contentType ?? OID.data;
  const encapsulated = options.content
    ? sequence(oid(contentType), contextConstructed(0, octetString(options.content)))
    : sequence(oid(contentType));
  const signedData = sequence(
    unsignedInteger(contentType === OID.data ? 1 : 3),
    setOf([sha256AlgorithmId()]),
    encapsulated,
    // certificates is a SET OF: DER wants its elements in ascending order of their encodings.
    tlv(0xa0, ...[signer.certificate, ...signer.chain].sort(Buffer.compare)),
    setOf([signerInfo]),
  );
  return sequence(oid(OID.signedData), contextConstructed(0, signedData));
}
