import "server-only";
import { X509Certificate, createPrivateKey, type KeyObject } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import forge from "node-forge";
import type { CmsSigner } from "./cms";
import { createDevelopmentP12 } from "./development-certificate";

// The platform's sealing key: a PKCS#12 file named by SEAL_P12_PATH (password SEAL_P12_PASSWORD), or,
// when none is configured (development, the offline demo), a self-signed certificate made on first
// use and kept in SEAL_DIR (default .data/seal). Read once per process: parsing a PKCS#12 costs tens
// of milliseconds (its key derivation is deliberately slow), a seal only a few.

export type SealKey = CmsSigner & {
  subject: string;
  /** SHA-256 of the certificate, as openssl and browsers show it. */
  fingerprint256: string;
  validTo: Date;
  isDevelopment: boolean;
};

export const DEVELOPMENT_P12_FILE = "development-seal.p12";
// The development key protects nothing of value: the file's mode (0600) is what keeps it private.
export const DEVELOPMENT_P12_PASSWORD = "development-seal";

export function sealDirectory(): string {
  return process.env.SEAL_DIR || path.join(process.cwd(), ".data", "seal");
}

const cache = globalThis as unknown as { sealKey?: Promise<SealKey> };

/** The sealing key of this process, loaded on first use. A failed load is retried on the next call. */
export function getSealKey(): Promise<SealKey> {
  cache.sealKey ??= Promise.resolve()
    .then(loadSealKey)
    .catch((error: unknown) => {
      cache.sealKey = undefined;
      throw error;
    });
  return cache.sealKey;
}

/** For tests that switch SEAL_P12_PATH or SEAL_DIR. */
export function forgetSealKey(): void {
  cache.sealKey = undefined;
}

function loadSealKey(): SealKey {
  const p12Path = process.env.SEAL_P12_PATH;
  if (p12Path) {
    let file: Buffer;
    try {
      file = fs.readFileSync(p12Path);
    } catch (error) {
      // No path in the message: it is stored as the seal error, which the processor's dashboard shows.
      throw new Error(`the sealing PKCS#12 file named by SEAL_P12_PATH cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"})`);
    }
    return readPkcs12(file, process.env.SEAL_P12_PASSWORD ?? "", false);
  }
  assertSealCertificateAllowed();
  const directory = sealDirectory();
  let key: SealKey;
  try {
    key = readPkcs12(readOrCreateDevelopmentP12(directory), DEVELOPMENT_P12_PASSWORD, true);
  } catch (error) {
    if (!(error instanceof ExpiredCertificateError)) throw error;
    // After five years the development certificate is simply made anew; the old one is kept aside.
    const file = path.join(directory, DEVELOPMENT_P12_FILE);
    fs.renameSync(file, `${file}.expired-${Date.now()}`);
    key = readPkcs12(readOrCreateDevelopmentP12(directory), DEVELOPMENT_P12_PASSWORD, true);
  }
  if (process.env.NODE_ENV === "production") {
    console.warn(`[sealing] SEAL_P12_PATH is not set: PDFs are sealed with a self-signed development certificate (${key.fingerprint256.slice(0, 23)}...)`);
  }
  return key;
}

/**
 * The development PKCS#12, made once. Two processes starting at once must end up with the same
 * certificate: each writes its own temporary file and links it into place, which fails (EEXIST)
 * for all but the first; the others read the winner's file. A half-written file is never visible.
 */
export function readOrCreateDevelopmentP12(directory: string): Buffer {
  const file = path.join(directory, DEVELOPMENT_P12_FILE);
  try {
    return fs.readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  fs.mkdirSync(directory, { recursive: true, mode: 0o700 });
  const temporary = path.join(directory, `.${DEVELOPMENT_P12_FILE}.${process.pid}.${Date.now()}.tmp`);
  fs.writeFileSync(temporary, createDevelopmentP12(DEVELOPMENT_P12_PASSWORD), { mode: 0o600 });
  try {
    fs.linkSync(temporary, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  } finally {
    fs.rmSync(temporary, { force: true });
  }
  return fs.readFileSync(file);
}

class ExpiredCertificateError extends Error {
  constructor(subject: string, validTo: Date) {
    super(`the sealing certificate "${subject}" expired on ${validTo.toISOString()}`);
  }
}

const derOf = (asn1: forge.asn1.Asn1) => Buffer.from(forge.asn1.toDer(asn1).getBytes(), "binary");

/** The private key, its certificate and the rest of the chain from a PKCS#12 file (RSA or EC keys). */
export function readPkcs12(file: Buffer, password: string, isDevelopment: boolean): SealKey {
  let p12: forge.pkcs12.Pkcs12Pfx;
  try {
    p12 = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(forge.util.createBuffer(file.toString("binary"))), false, password);
  } catch (error) {
    throw new Error(`the sealing PKCS#12 file cannot be opened (wrong SEAL_P12_PASSWORD, or not a PKCS#12 file): ${(error as Error).message}`);
  }
  const bagsOf = (bagType: string) => p12.getBags({ bagType })[bagType] ?? [];
  const keyBags = [...bagsOf(forge.pki.oids.pkcs8ShroudedKeyBag!), ...bagsOf(forge.pki.oids.keyBag!)];
  if (keyBags.length !== 1) throw new Error(`the sealing PKCS#12 file must hold exactly one private key, not ${keyBags.length}`);
  const keyBag = keyBags[0]!;
  // node-forge understands RSA keys only; others (EC) it leaves as ASN.1, which node:crypto reads.
  const privateKeyInfo = keyBag.key
    ? forge.pki.wrapRsaPrivateKey(forge.pki.privateKeyToAsn1(keyBag.key as forge.pki.rsa.PrivateKey))
    : (keyBag as unknown as { asn1: forge.asn1.Asn1 }).asn1;
  const privateKey: KeyObject = createPrivateKey({ key: derOf(privateKeyInfo), format: "der", type: "pkcs8" });
  const keyType = privateKey.asymmetricKeyType;
  if (keyType !== "rsa" && keyType !== "ec") throw new Error(`the sealing key must be RSA or EC, not ${keyType}`);

  const certificates = bagsOf(forge.pki.oids.certBag!).map((bag) =>
    derOf(bag.cert ? forge.pki.certificateToAsn1(bag.cert) : (bag as unknown as { asn1: forge.asn1.Asn1 }).asn1),
  );
  const index = certificates.findIndex((der) => new X509Certificate(der).checkPrivateKey(privateKey));
  if (index < 0) throw new Error("the sealing PKCS#12 file holds no certificate for its private key");
  const certificate = certificates[index]!;
  const x509 = new X509Certificate(certificate);
  const validTo = new Date(x509.validTo);
  if (validTo.getTime() < Date.now()) throw new ExpiredCertificateError(x509.subject, validTo);
  return {
    privateKey,
    keyType,
    certificate,
    chain: certificates.filter((_, i) => i !== index),
    subject: x509.subject,
    fingerprint256: x509.fingerprint256,
    validTo,
    isDevelopment,
  };
}

/**
 * The certificates a seal of this platform may carry: the current sealing certificate, and earlier
 * ones listed in the PEM file SEAL_TRUSTED_CERTIFICATES (after a key change, so that PDFs sealed
 * before it still verify at /verify).
 */
export async function platformCertificates(): Promise<Buffer[]> {
  const key = await getSealKey();
  const file = process.env.SEAL_TRUSTED_CERTIFICATES;
  if (!file) return [key.certificate];
  const pem = fs.readFileSync(file, "utf8");
  const earlier = [...pem.matchAll(/-----BEGIN CERTIFICATE-----([\s\S]+?)-----END CERTIFICATE-----/g)].map(
    (match) => new X509Certificate(Buffer.from(match[1]!.replace(/\s+/g, ""), "base64")).raw,
  );
  return [key.certificate, ...earlier];
}

/**
 * In production (NODE_ENV=production) the self-signed development certificate is refused unless
 * SEAL_ALLOW_DEVELOPMENT_CERTIFICATE=1 (which `npm start` sets for its embedded demo database):
 * nobody outside can tell such a seal from one anyone could make.
 */
export function assertSealCertificateAllowed(env: Record<string, string | undefined> = process.env): void {
  if (env.NODE_ENV !== "production" || env.SEAL_P12_PATH || env.SEAL_ALLOW_DEVELOPMENT_CERTIFICATE === "1") return;
  throw new Error(
    "NODE_ENV=production without SEAL_P12_PATH: signed PDFs would be sealed with a self-signed development certificate. " +
      "Set SEAL_P12_PATH (and SEAL_P12_PASSWORD) to the platform's sealing certificate, or SEAL_ALLOW_DEVELOPMENT_CERTIFICATE=1 for a demo.",
  );
}
