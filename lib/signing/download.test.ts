import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createPublishedAgreement } from "@/lib/test/agreements";
import { addMember, createOrgWithMember, signaturePng, uniqueClient, unique } from "@/lib/test/factories";
import { verifiedSigningSession } from "@/lib/test/signing";
import { getSignedPdf } from "./get-signed-pdf";
import { getSignedPdfByToken } from "./get-signed-pdf-by-token";
import { signAgreement } from "./sign-agreement";

const sha = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

async function signOne() {
  const ctx = await createOrgWithMember("OWNER");
  const { versionId } = await createPublishedAgreement(ctx);
  const email = `${unique("signer")}@example.test`;
  const client = uniqueClient();
  const result = await signAgreement(
    {
      versionId,
      signingSessionId: await verifiedSigningSession(versionId, email, client),
      submissionKey: unique("download-test-key-0123"),
      controller: { legalName: "Drukkerij De Pers B.V.", registrationNumber: "33445566", addressLine: "Markt 1", postalCode: "6811 CG", city: "Arnhem", country: "NL" },
      signer: { name: "Ilse Bos", function: "Directeur", email, place: "Arnhem" },
      method: "DRAWN",
      imageDataUrl: signaturePng(),
      consent: true,
      authority: true,
    },
    client,
  );
  if (result.status !== "signed") throw new Error("expected a new signature");
  return { ctx, ...result };
}

describe("downloading a signed PDF", () => {
  it("returns the identical bytes every time and records each download in the audit trail", async () => {
    const { ctx, reference, downloadToken } = await signOne();
    const signed = await db.signedAgreement.findUniqueOrThrow({ where: { reference } });
    const first = await getSignedPdfByToken(downloadToken, { ip: "198.51.100.1", userAgent: "Safari" });
    const second = await getSignedPdfByToken(downloadToken, { ip: "198.51.100.2", userAgent: "Firefox" });
    const viaDashboard = await getSignedPdf(ctx, signed.id, { ip: "198.51.100.3", userAgent: "Chrome" });
    expect(sha(first.bytes)).toBe(signed.pdfSha256);
    expect(sha(second.bytes)).toBe(signed.pdfSha256);
    expect(sha(viaDashboard.bytes)).toBe(signed.pdfSha256);
    const downloads = await db.auditEvent.findMany({ where: { signedAgreementId: signed.id, type: "pdf.downloaded" }, orderBy: { seq: "asc" } });
    expect(downloads.map((event) => [event.actorType, event.ip])).toEqual([
      ["PUBLIC", "198.51.100.1"],
      ["PUBLIC", "198.51.100.2"],
      ["USER", "198.51.100.3"],
    ]);
  });

  it("refuses a wrong or malformed link and another organisation's member, recording nothing", async () => {
    const { reference } = await signOne();
    const signed = await db.signedAgreement.findUniqueOrThrow({ where: { reference } });
    const stranger = await addMember(await createOrgWithMember("OWNER"), "ADMIN");
    const client = { ip: "198.51.100.9", userAgent: "curl" };
    for (const attempt of [
      () => getSignedPdfByToken("x".repeat(43), client),
      () => getSignedPdfByToken("../../etc/passwd", client),
      () => getSignedPdf(stranger, signed.id, client),
    ]) {
      await expect(attempt()).rejects.toSatisfy((error) => error instanceof AppError && error.code === "NOT_FOUND");
    }
    expect(await db.auditEvent.count({ where: { signedAgreementId: signed.id, type: "pdf.downloaded" } })).toBe(0);
  });
});
