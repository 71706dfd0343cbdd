import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createPublishedAgreement } from "@/lib/test/agreements";
import { createOrgWithMember, signaturePng, testClient, unique } from "@/lib/test/factories";
import { signAgreement } from "@/lib/signing/sign-agreement";
import { unsafeCreateVerifiedSigningSession } from "@/lib/signing/unsafe-create-verified-signing-session";
import { createHash, generateKeyPairSync, randomBytes } from "node:crypto";
import { encodeSignedData, signAttributes } from "./cms";
import { childrenOf, readNode } from "./der";
import { addSignaturePlaceholder, embedSignature } from "./pdf-update";
import { readCappedBody } from "@/lib/http/read-capped-body";
import { forgetSealKey, getSealKey } from "./seal-key";
import { startTestTsa } from "./test-helpers";
import { timestampRequest } from "./timestamp";
import { MAX_VERIFY_BYTES, verifyDocument, verifyDocumentHash } from "./verify-document";
import { verifyPdfSeal } from "./verify-pdf-seal";
import { getBlob } from "@/lib/storage";

const platformSealDir = mkdtempSync(join(tmpdir(), "seal-verify-"));

beforeAll(() => {
  process.env.SEAL_DIR = platformSealDir;
  delete process.env.SEAL_P12_PATH;
  delete process.env.SEAL_TSA_URL;
  forgetSealKey();
});

const codeOf = (promise: Promise<unknown>) =>
  promise.then(() => "resolved", (error) => (error instanceof AppError ? `${error.code}:${error.message}` : String(error)));

/** A signed (and, by the signing flow, sealed) agreement with both of its PDFs. */
async function signedAgreement() {
  const ctx = await createOrgWithMember("OWNER");
  const { versionId } = await createPublishedAgreement(ctx);
  const email = `${unique("signer")}@klant.test`;
  const { sessionId } = await unsafeCreateVerifiedSigningSession(versionId, email, testClient, { assertedBy: "verify-document.test" });
  const controllerName = `${unique("Klant")} B.V.`;
  const result = await signAgreement(
    {
      versionId,
      submissionKey: unique("form-key-0123456789"),
      signingSessionId: sessionId,
      controller: { legalName: controllerName, registrationNumber: "58123947", addressLine: "Oudegracht 112", postalCode: "3511 AX", city: "Utrecht", country: "NL" },
      signer: { name: "Bram Visser", function: "Eigenaar", email, place: "Utrecht" },
      method: "DRAWN",
      imageDataUrl: signaturePng(),
      consent: true,
      authority: true,
    },
    testClient,
  );
  const row = await db.signedAgreement.findUniqueOrThrow({
    where: { reference: result.reference },
    include: { document: true, unsealedDocument: true, version: true, organisation: true },
  });
  return { row, controllerName, sealed: (await getBlob(row.document!)), unsealed: (await getBlob(row.unsealedDocument!)) };
}

describe("verifyDocument (an uploaded PDF)", () => {
  it("recognises the sealed PDF, with its reference, version, parties, date and seal", async () => {
    const { row, controllerName, sealed } = await signedAgreement();
    expect(row.sealStatus).toBe("SEALED");
    const result = await verifyDocument(sealed);
    expect(result.isMatch).toBe(true);
    if (!result.isMatch) return;
    expect(result.document).toMatchObject({
      reference: row.reference,
      agreementTitle: row.version.title,
      versionNumber: 1,
      processorName: row.version.processorLegalName,
      controllerName,
      signedAt: row.signedAt,
      copy: "sealed",
      sealStatus: "SEALED",
      sealLevel: "B-B",
    });
    expect(result.sha256).toBe(row.document!.sha256);
  });

  it("recognises the copy from before sealing as genuine, and says which copy it is", async () => {
    const { row, unsealed } = await signedAgreement();
    const result = await verifyDocument(unsealed);
    expect(result.isMatch && result.document).toMatchObject({ reference: row.reference, copy: "unsealed", sealStatus: "SEALED" });
  });

  it("refuses a PDF with one changed byte, and a PDF not made here, with the same answer", async () => {
    const { sealed } = await signedAgreement();
    const tampered = Buffer.from(sealed);
    tampered[2_000] = tampered[2_000]! ^ 0x01;
    expect(await verifyDocument(tampered)).toEqual({ isMatch: false, sha256: expect.stringMatching(/^[0-9a-f]{64}$/), seal: { status: "invalid", reason: "digest" } });
    const foreign = Buffer.from("%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n");
    expect((await verifyDocument(foreign)).isMatch).toBe(false);
  });

  it("refuses what is not a PDF by its content, and anything over 10 MB", async () => {
    expect(await codeOf(verifyDocument(Buffer.from("<html>%PDF-1.7</html>")))).toBe("VALIDATION:verify.notPdf");
    expect(await codeOf(verifyDocument(Buffer.alloc(0)))).toBe("VALIDATION:verify.notPdf");
    const big = Buffer.alloc(MAX_VERIFY_BYTES + 1, 0x20);
    big.write("%PDF-1.7");
    expect(await codeOf(verifyDocument(big))).toBe("TOO_LARGE:verify.tooLarge");
  });
});

/** Seals `pdf` by hand as sealPdf does, with room for changes a forger would make. */
async function sealByHand(pdf: Buffer, options: { privateKey?: import("node:crypto").KeyObject; timeStampToken?: Buffer } = {}) {
  const key = await getSealKey();
  const placeholder = addSignaturePlaceholder(pdf, { capacity: 16_384, signingTime: new Date() });
  const [s1, l1, s2, l2] = placeholder.byteRange;
  const digest = createHash("sha256").update(placeholder.pdf.subarray(s1, s1 + l1)).update(placeholder.pdf.subarray(s2, s2 + l2)).digest();
  const signer = options.privateKey ? { ...key, privateKey: options.privateKey } : key;
  const parts = signAttributes(signer, { messageDigest: digest });
  return embedSignature(placeholder, encodeSignedData(key, parts, { timeStampToken: options.timeStampToken }));
}

describe("verifyDocument checks the seal cryptographically", () => {
  it("reports a valid PAdES B-B seal of the platform on the sealed copy, none on the unsealed one", async () => {
    const { sealed, unsealed } = await signedAgreement();
    const result = await verifyDocument(sealed);
    expect(result).toMatchObject({ isMatch: true, seal: { status: "valid", level: "B-B", timestampedAt: null } });
    expect(await verifyDocument(unsealed)).toMatchObject({ isMatch: true, seal: { status: "absent" } });
  });

  it("refuses a byte changed inside the signed range, bytes added after it, and a changed signature", async () => {
    const { sealed } = await signedAgreement();
    const inside = Buffer.from(sealed);
    inside[1_000] = inside[1_000]! ^ 0x01;
    expect(await verifyDocument(inside)).toMatchObject({ isMatch: false, seal: { status: "invalid", reason: "digest" } });

    const appended = Buffer.concat([sealed, Buffer.from("\n% a later change\n")]);
    expect(await verifyDocument(appended)).toMatchObject({ isMatch: false, seal: { status: "invalid", reason: "byteRange" } });

    // Outside the signed range, in the signature itself: its last bytes are the RSA signature value.
    const text = sealed.toString("latin1");
    const contentsAt = text.lastIndexOf("/Contents <") + "/Contents <".length;
    const der = readNode(Buffer.from(text.slice(contentsAt, text.indexOf(">", contentsAt)), "hex"));
    const changed = Buffer.from(sealed);
    const lastHexDigit = contentsAt + der.raw.length * 2 - 1;
    changed[lastHexDigit] = changed[lastHexDigit] === 0x30 ? 0x31 : 0x30;
    expect(await verifyDocument(changed)).toMatchObject({ isMatch: false, seal: { status: "invalid", reason: "signature" } });
    expect(childrenOf(der).length).toBe(2); // it was a ContentInfo: the change hit the signature, not the framing
  });

  it("refuses a stored PDF whose seal is not the platform's: the database alone cannot make a PDF genuine", async () => {
    const { sealed } = await signedAgreement(); // stored, so the hash lookup matches
    process.env.SEAL_DIR = mkdtempSync(join(tmpdir(), "seal-other-platform-"));
    forgetSealKey();
    try {
      const result = await verifyDocument(sealed);
      expect(result).toMatchObject({ isMatch: false, seal: { status: "invalid", reason: "certificate" } });
    } finally {
      process.env.SEAL_DIR = platformSealDir;
      forgetSealKey();
    }
  });

  it("refuses a CMS signed by another key than its certificate's", async () => {
    const { unsealed } = await signedAgreement();
    const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const forged = await sealByHand(unsealed, { privateKey });
    expect(await verifyPdfSeal(forged, [(await getSealKey()).certificate])).toMatchObject({ status: "invalid", reason: "signature" });
    // The same hand-made seal with the right key verifies: the test can tell the two apart.
    expect(await verifyPdfSeal(await sealByHand(unsealed), [(await getSealKey()).certificate])).toMatchObject({ status: "valid", level: "B-B" });
  });

  it("refuses a forged time-stamp token, and accepts a genuine one as B-T", async () => {
    const { unsealed } = await signedAgreement();
    const tokenFrom = async (behaviour: "grant" | "forged", signatureValue: Buffer) => {
      const tsa = await startTestTsa(behaviour);
      try {
        const hash = createHash("sha256").update(signatureValue).digest();
        const response = await fetch(tsa.url, { method: "POST", body: new Uint8Array(timestampRequest(hash, randomBytes(8))) });
        return Buffer.from(childrenOf(readNode(Buffer.from(await response.arrayBuffer())))[1]!.raw);
      } finally {
        await tsa.close();
      }
    };
    const key = await getSealKey();
    for (const behaviour of ["grant", "forged"] as const) {
      const placeholder = addSignaturePlaceholder(unsealed, { capacity: 16_384, signingTime: new Date() });
      const [s1, l1, s2, l2] = placeholder.byteRange;
      const digest = createHash("sha256").update(placeholder.pdf.subarray(s1, s1 + l1)).update(placeholder.pdf.subarray(s2, s2 + l2)).digest();
      const parts = signAttributes(key, { messageDigest: digest });
      const pdf = embedSignature(placeholder, encodeSignedData(key, parts, { timeStampToken: await tokenFrom(behaviour, parts.signature) }));
      const check = await verifyPdfSeal(pdf, [key.certificate]);
      if (behaviour === "grant") expect(check).toMatchObject({ status: "valid", level: "B-T", timestampedAt: expect.any(Date) });
      else expect(check).toMatchObject({ status: "invalid", reason: "timestamp" });
    }
  });
});

describe("verifyDocumentHash (a reference with a SHA-256)", () => {
  it("answers for a matching pair only: the sealed or the unsealed PDF's hash", async () => {
    const { row } = await signedAgreement();
    const sealed = await verifyDocumentHash({ reference: row.reference.toLowerCase(), sha256: row.document!.sha256.toUpperCase() });
    expect(sealed.isMatch && sealed.document).toMatchObject({ reference: row.reference, copy: "sealed" });
    const unsealed = await verifyDocumentHash({ reference: ` ${row.reference} `, sha256: row.unsealedDocument!.sha256 });
    expect(unsealed.isMatch && unsealed.document).toMatchObject({ copy: "unsealed" });
  });

  it("reveals nothing for a reference with another hash, or a hash with another reference", async () => {
    const a = await signedAgreement();
    const b = await signedAgreement();
    const wrongHash = "0".repeat(64);
    expect(await verifyDocumentHash({ reference: a.row.reference, sha256: wrongHash })).toEqual({ isMatch: false, sha256: wrongHash });
    expect(await verifyDocumentHash({ reference: "DPA-2026-ZZZZZZ", sha256: wrongHash })).toEqual({ isMatch: false, sha256: wrongHash });
    expect((await verifyDocumentHash({ reference: a.row.reference, sha256: b.row.document!.sha256 })).isMatch).toBe(false);
  });

  it("refuses malformed input field by field", async () => {
    const error = await verifyDocumentHash({ reference: "hello", sha256: "abc" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).fieldErrors).toEqual({ reference: "verify.referenceFormat", sha256: "verify.sha256Format" });
    expect(await codeOf(verifyDocumentHash(null))).toBe("VALIDATION:validation.fix");
  });
});

describe("readCappedBody", () => {
  it("refuses a declared length over the cap without reading the body", async () => {
    let isRead = false;
    const body = new ReadableStream({
      pull() {
        isRead = true;
        throw new Error("must not be read");
      },
    }, { highWaterMark: 0 }); // nothing is pulled until someone reads
    const request = new Request("http://localhost/verify/check", {
      method: "POST",
      body,
      headers: { "content-length": String(MAX_VERIFY_BYTES + 1) },
      duplex: "half",
    } as RequestInit);
    expect(await codeOf(readCappedBody(request, MAX_VERIFY_BYTES))).toBe("TOO_LARGE:verify.tooLarge");
    expect(isRead).toBe(false);
  });

  it("stops reading a body without a length as soon as it passes the cap", async () => {
    let sent = 0;
    const chunk = new Uint8Array(1024 * 1024);
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += chunk.length;
        if (sent > 50 * 1024 * 1024) return controller.close();
        controller.enqueue(chunk);
      },
    });
    const request = new Request("http://localhost/verify/check", { method: "POST", body, duplex: "half" } as RequestInit);
    expect(await codeOf(readCappedBody(request, MAX_VERIFY_BYTES))).toBe("TOO_LARGE:verify.tooLarge");
    expect(sent).toBeLessThan(13 * 1024 * 1024);
  });

  it("returns a body within the cap", async () => {
    const request = new Request("http://localhost/verify/check", { method: "POST", body: "%PDF-1.7 hello" });
    expect((await readCappedBody(request, 100)).toString()).toBe("%PDF-1.7 hello");
  });
});
