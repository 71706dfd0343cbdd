import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { X509Certificate } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderSignedAgreementPdf } from "@/lib/pdf";
import { pdfTestSignedInput } from "@/lib/pdf/test-fixture";
import { OID, encodeSignedData, signAttributes } from "./cms";
import { readTstInfo } from "./timestamp";
import { sealPdf } from "./seal-pdf";
import { forgetSealKey, getSealKey } from "./seal-key";
import { requireTool } from "@/lib/test/required-tools";
import { pageCount, parseCms, pdfsig, readSignature, renderPage, sha256, startTestTsa, writeTemp, type TestTsa } from "./test-helpers";

const signingTimeOid = "1.2.840.113549.1.9.5";
let unsealed: Buffer;

beforeAll(async () => {
  process.env.SEAL_DIR = mkdtempSync(join(tmpdir(), "seal-key-"));
  delete process.env.SEAL_P12_PATH;
  delete process.env.SEAL_TSA_URL;
  forgetSealKey();
  unsealed = await renderSignedAgreementPdf(pdfTestSignedInput);
});

describe("sealPdf", () => {
  it("adds a PAdES signature that pdfsig reports valid, covering the whole document", async () => {
    const { pdf, level, timestampError } = await sealPdf(unsealed);
    expect(level).toBe("B-B");
    expect(timestampError).toBeUndefined();
    const report = pdfsig(pdf);
    expect(report).toContain("Signature Validation: Signature is Valid.");
    expect(report).toContain("Signature Type: ETSI.CAdES.detached");
    expect(report).toContain("Total document signed");
    expect(report).toContain("Verwerkersovereenkomst development seal");
  });

  it("keeps the original bytes as they are and renders the same pages", async () => {
    const { pdf } = await sealPdf(unsealed);
    // An incremental update: the unsealed PDF is the first revision, byte for byte.
    expect(pdf.subarray(0, unsealed.length).equals(unsealed)).toBe(true);
    expect(renderPage(pdf, 1).equals(renderPage(unsealed, 1))).toBe(true);
    const lastPage = pageCount(unsealed);
    expect(lastPage).toBeGreaterThan(1);
    expect(renderPage(pdf, lastPage).equals(renderPage(unsealed, lastPage))).toBe(true);
  });

  it("is invalid once one byte inside the signed range changes", async () => {
    const { pdf } = await sealPdf(unsealed);
    const { byteRange } = readSignature(pdf);
    for (const offset of [1_000, Math.floor(unsealed.length / 2), byteRange[2]! + 5]) {
      const tampered = Buffer.from(pdf);
      tampered[offset] = tampered[offset]! ^ 0x01;
      const report = pdfsig(tampered);
      expect(report, `byte ${offset}`).not.toContain("Signature is Valid.");
    }
  });

  it("builds a CAdES CMS: contentType, messageDigest, signingCertificateV2, and no signing-time", async () => {
    const { pdf } = await sealPdf(unsealed, { signingTime: new Date("2026-03-02T13:08:00Z") });
    const { byteRange, cms } = readSignature(pdf);
    const [a, b, c, d] = byteRange as [number, number, number, number];
    expect(a).toBe(0);
    expect(c + d).toBe(pdf.length);
    const parsed = parseCms(cms);
    expect([...parsed.signedAttributes.keys()].sort()).toEqual([OID.contentType, OID.messageDigest, OID.signingCertificateV2].sort());
    expect(parsed.signedAttributes.has(signingTimeOid)).toBe(false);
    expect(parsed.signedAttributes.get(OID.messageDigest)!.content.equals(sha256(pdf.subarray(a, b), pdf.subarray(c, c + d)))).toBe(true);
    const certificate = parsed.certificates[0]!;
    expect(parsed.signedAttributes.get(OID.signingCertificateV2)!.raw.includes(sha256(certificate))).toBe(true);
    expect(new X509Certificate(certificate).subject).toContain("CN=Verwerkersovereenkomst development seal");
    expect(pdf.toString("latin1")).toContain("/M (D:20260302130800Z)");
    // A second, independent verifier: OpenSSL's CMS code.
    requireTool("openssl");
    {
      const output = execFileSync(
        "openssl",
        ["cms", "-verify", "-binary", "-inform", "DER", "-in", writeTemp(cms, "seal.p7s"), "-content", writeTemp(Buffer.concat([pdf.subarray(a, b), pdf.subarray(c, c + d)]), "content.bin"), "-noverify", "-out", "/dev/null"],
        { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
      );
      expect(output).toBe("");
    }
  });

  it("seals many times with the key loaded once, in a few milliseconds", async () => {
    await sealPdf(unsealed);
    const times: number[] = [];
    for (let i = 0; i < 10; i++) {
      const start = performance.now();
      await sealPdf(unsealed);
      times.push(performance.now() - start);
    }
    times.sort((x, y) => x - y);
    // A generous bound for a busy shared machine; bench/seal.ts measures it properly.
    expect(times[5]).toBeLessThan(50);
  });

  it("refuses what is not a PDF", async () => {
    await expect(sealPdf(Buffer.from("hello"))).rejects.toThrow(/not a PDF/);
  });
});

describe("the CMS certificates SET", () => {
  it("is in DER order (ascending encodings), whatever order the chain comes in", async () => {
    const key = await getSealKey();
    // Only the signer's own certificate is parsed; the chain's entries are copied as they are.
    const a = Buffer.from("3003020101", "hex");
    const b = Buffer.from("3003020102", "hex");
    const signer = { ...key, chain: [b, a] };
    const cms = encodeSignedData(signer, signAttributes(signer, { messageDigest: sha256(Buffer.from("x")) }));
    const expected = [key.certificate, a, b].sort(Buffer.compare).map((der) => der.toString("hex"));
    expect(expected[2]).toBe(key.certificate.toString("hex")); // the signer's is not first: the order really changed
    expect(parseCms(cms).certificates.map((der) => der.toString("hex"))).toEqual(expected);
  });
});

describe("sealPdf with a time-stamping authority", () => {
  let tsa: TestTsa;
  beforeAll(async () => {
    tsa = await startTestTsa("grant");
  });
  afterAll(async () => {
    await tsa.close();
  });

  it("adds an RFC 3161 token over the signature value (B-T) and stays valid", async () => {
    const { pdf, level, timestampError } = await sealPdf(unsealed, { tsaUrl: tsa.url });
    expect(timestampError).toBeUndefined();
    expect(level).toBe("B-T");
    expect(pdfsig(pdf)).toContain("Signature is Valid.");
    const parsed = parseCms(readSignature(pdf).cms);
    const token = parsed.unsignedAttributes.get(OID.signatureTimeStampToken);
    expect(token).toBeDefined();
    expect(readTstInfo(Buffer.from(token!.raw)).hash.equals(sha256(parsed.signature))).toBe(true);
  });

  it("falls back to B-B with the reason when the TSA cannot be reached", async () => {
    const closed = await startTestTsa("grant");
    const url = closed.url;
    await closed.close();
    const { pdf, level, timestampError } = await sealPdf(unsealed, { tsaUrl: url });
    expect(level).toBe("B-B");
    expect(timestampError).toMatch(/cannot be reached/);
    expect(pdfsig(pdf)).toContain("Signature is Valid.");
    expect(parseCms(readSignature(pdf).cms).unsignedAttributes.size).toBe(0);
  });

  it("gives up on a TSA that does not answer in time", async () => {
    const hanging = await startTestTsa("hang");
    try {
      const start = Date.now();
      const { level, timestampError } = await sealPdf(unsealed, { tsaUrl: hanging.url, timestampTimeoutMs: 300 });
      expect(Date.now() - start).toBeLessThan(3_000);
      expect(level).toBe("B-B");
      expect(timestampError).toMatch(/no answer within 300 ms/);
    } finally {
      await hanging.close();
    }
  });

  it("falls back to B-B when the TSA refuses or answers nonsense", async () => {
    for (const behaviour of ["refuse", "garbage"] as const) {
      const bad = await startTestTsa(behaviour);
      try {
        const { level, timestampError } = await sealPdf(unsealed, { tsaUrl: bad.url });
        expect(level).toBe("B-B");
        expect(timestampError).toMatch(behaviour === "refuse" ? /refused/ : /not a valid time-stamp response/);
      } finally {
        await bad.close();
      }
    }
  });

  it("refuses a forged token (right hash and nonce, signed by another key than its certificate's): B-B, not B-T", async () => {
    const forged = await startTestTsa("forged");
    try {
      const { pdf, level, timestampError } = await sealPdf(unsealed, { tsaUrl: forged.url });
      expect(forged.requests).toBe(1);
      expect(level).toBe("B-B");
      expect(timestampError).toMatch(/the token does not verify/);
      expect(parseCms(readSignature(pdf).cms).unsignedAttributes.size).toBe(0);
    } finally {
      await forged.close();
    }
  });

  it("uses SEAL_TSA_URL when no URL is given", async () => {
    process.env.SEAL_TSA_URL = tsa.url;
    try {
      const before = tsa.requests;
      expect((await sealPdf(unsealed)).level).toBe("B-T");
      expect(tsa.requests).toBe(before + 1);
    } finally {
      delete process.env.SEAL_TSA_URL;
    }
  });
});
