import "server-only";
import { generateKeyPairSync, randomBytes } from "node:crypto";
import forge from "node-forge";

// A self-signed sealing certificate for development and the offline demo. Viewers show its seal as
// valid but "issuer unknown": only a certificate from a trusted CA (SEAL_P12_PATH) fixes that.

export const DEVELOPMENT_SUBJECT = "Verwerkersovereenkomst development seal";
const VALID_YEARS = 5;

/** A PKCS#12 file (DER) with a new RSA 2048 key and its certificate, valid for five years. */
export function createDevelopmentP12(password: string, now = new Date()): Buffer {
  // node:crypto makes the key in native code; node-forge builds the certificate and the PKCS#12.
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const key = forge.pki.privateKeyFromPem(privateKey.export({ type: "pkcs1", format: "pem" }).toString());
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(publicKey.export({ type: "spki", format: "pem" }).toString());
  cert.serialNumber = `01${randomBytes(15).toString("hex")}`; // positive, 16 bytes
  cert.validity.notBefore = new Date(now.getTime() - 60 * 60 * 1000);
  cert.validity.notAfter = new Date(now);
  cert.validity.notAfter.setUTCFullYear(now.getUTCFullYear() + VALID_YEARS);
  const name = [
    { name: "commonName", value: DEVELOPMENT_SUBJECT },
    { name: "organizationName", value: "Verwerkersovereenkomst (development)" },
    { name: "countryName", value: "NL" },
  ];
  cert.setSubject(name);
  cert.setIssuer(name);
  cert.setExtensions([
    { name: "basicConstraints", cA: false, critical: true },
    { name: "keyUsage", critical: true, digitalSignature: true, nonRepudiation: true },
    { name: "subjectKeyIdentifier" },
  ]);
  cert.sign(key, forge.md.sha256.create());
  const p12 = forge.pkcs12.toPkcs12Asn1(key, [cert], password, { algorithm: "aes256", friendlyName: DEVELOPMENT_SUBJECT });
  return Buffer.from(forge.asn1.toDer(p12).getBytes(), "binary");
}
