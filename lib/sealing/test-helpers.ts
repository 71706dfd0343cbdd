// Test helpers for sealing: pdfsig, reading the CMS back out of a sealed PDF, and a tiny RFC 3161
// time-stamping authority on localhost (the machines are offline; this is enough to exercise B-T).
import { execFileSync } from "node:child_process";
import { createHash, generateKeyPairSync, randomBytes } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import forge from "node-forge";
import { encodeSignedData, OID, signAttributes, type CmsSigner } from "./cms";
import { childrenOf, decodeOid, generalizedTime, oid, readNode, sequence, unsignedInteger, type DerNode } from "./der";

const scratch = mkdtempSync(join(tmpdir(), "seal-test-"));
let fileCount = 0;

export function writeTemp(bytes: Buffer, name = "file.pdf"): string {
  const file = join(scratch, `${++fileCount}-${name}`);
  writeFileSync(file, bytes);
  return file;
}

/** pdfsig's report on a PDF (poppler-utils). */
export function pdfsig(pdf: Buffer): string {
  return execFileSync("pdfsig", [writeTemp(pdf)], { encoding: "utf8" });
}


export function pageCount(pdf: Buffer): number {
  const info = execFileSync("pdfinfo", [writeTemp(pdf)], { encoding: "utf8" });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
}

/** Page `page` rasterised at 50 dpi (PNG bytes), to compare how two PDFs look. */
export function renderPage(pdf: Buffer, page = 1): Buffer {
  const file = writeTemp(pdf);
  return execFileSync("pdftoppm", ["-r", "50", "-f", String(page), "-l", String(page), "-png", file]);
}

/** The last signature's /ByteRange and its CMS (DER, padding removed). */
export function readSignature(pdf: Buffer): { byteRange: number[]; cms: Buffer } {
  const text = pdf.toString("latin1");
  const at = text.lastIndexOf("/ByteRange");
  const byteRange = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/.exec(text.slice(at))!.slice(1).map(Number);
  const hex = text.slice(byteRange[1]! + 1, byteRange[2]! - 1);
  const padded = Buffer.from(hex, "hex");
  return { byteRange, cms: Buffer.from(readNode(padded).raw) };
}

export type ParsedSignerInfo = {
  signedAttributes: Map<string, DerNode>;
  unsignedAttributes: Map<string, DerNode>;
  signature: Buffer;
  certificates: Buffer[];
};

/** The parts of a CMS SignedData the tests look at. */
export function parseCms(cms: Buffer): ParsedSignerInfo {
  const signedData = childrenOf(childrenOf(childrenOf(readNode(cms))[1]!)[0]!);
  const certificates = childrenOf(signedData.find((node) => node.tag === 0xa0)!).map((node) => Buffer.from(node.raw));
  const signerInfo = childrenOf(childrenOf(signedData[signedData.length - 1]!)[0]!);
  const attributes = (node: DerNode | undefined) =>
    new Map((node ? childrenOf(node) : []).map((attribute) => {
      const [type, values] = childrenOf(attribute);
      return [decodeOid(type!), childrenOf(values!)[0]!] as const;
    }));
  const signedAttributes = attributes(signerInfo.find((node) => node.tag === 0xa0));
  const unsignedAttributes = attributes(signerInfo.find((node) => node.tag === 0xa1));
  const signature = signerInfo.find((node) => node.tag === 0x04)!.content;
  return { signedAttributes, unsignedAttributes, signature: Buffer.from(signature), certificates };
}

export function sha256(...parts: Buffer[]): Buffer {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part);
  return hash.digest();
}

/** A certificate for a test TSA: RSA 2048, extended key usage timeStamping (critical), as RFC 3161 requires. */
function tsaSigner(): CmsSigner {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const key = forge.pki.privateKeyFromPem(privateKey.export({ type: "pkcs1", format: "pem" }).toString());
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(publicKey.export({ type: "spki", format: "pem" }).toString());
  cert.serialNumber = `01${randomBytes(8).toString("hex")}`;
  cert.validity.notBefore = new Date(Date.now() - 3600_000);
  cert.validity.notAfter = new Date(Date.now() + 365 * 86400_000);
  const name = [{ name: "commonName", value: "Test TSA" }];
  cert.setSubject(name);
  cert.setIssuer(name);
  cert.setExtensions([{ name: "extKeyUsage", critical: true, timeStamping: true }]);
  cert.sign(key, forge.md.sha256.create());
  const certificate = Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes(), "binary");
  return { privateKey, keyType: "rsa", certificate, chain: [] };
}

export type TestTsa = { url: string; requests: number; close: () => Promise<void> };
/** forged: a token with the right imprint and nonce, signed by a key other than its certificate's. */
export type TsaBehaviour = "grant" | "refuse" | "hang" | "garbage" | "forged";

/** A local RFC 3161 responder: grants a token over the requested imprint, or misbehaves on purpose. */
export async function startTestTsa(behaviour: TsaBehaviour = "grant"): Promise<TestTsa> {
  const signer =
    behaviour === "grant" ? tsaSigner() : behaviour === "forged" ? { ...tsaSigner(), privateKey: generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey } : null;
  let serial = 0;
  const state = { requests: 0 };
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      state.requests++;
      if (behaviour === "hang") return; // never answers
      if (behaviour === "garbage") return void response.end("not DER");
      if (behaviour === "refuse" || !signer) {
        response.writeHead(200, { "Content-Type": "application/timestamp-reply" });
        return void response.end(sequence(sequence(unsignedInteger(2))));
      }
      const fields = childrenOf(readNode(Buffer.concat(chunks)));
      const messageImprint = fields[1]!.raw;
      const nonce = fields.find((node, i) => i > 1 && node.tag === 0x02);
      const tstInfo = sequence(
        unsignedInteger(1),
        oid("1.3.6.1.4.1.99999.1"), // a test policy
        messageImprint,
        unsignedInteger(++serial),
        generalizedTime(new Date()),
        ...(nonce ? [nonce.raw] : []),
      );
      const parts = signAttributes(signer, { messageDigest: sha256(tstInfo), contentType: OID.tstInfo });
      const token = encodeSignedData(signer, parts, { contentType: OID.tstInfo, content: tstInfo });
      response.writeHead(200, { "Content-Type": "application/timestamp-reply" });
      response.end(sequence(sequence(unsignedInteger(0)), token));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/tsa`,
    get requests() {
      return state.requests;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
