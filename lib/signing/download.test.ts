import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createPublishedAgreement } from "@/lib/test/agreements";
import { addMember, createOrgWithMember, signaturePng, uniqueClient, unique } from "@/lib/test/factories";
import { readLatestEmail, verifiedSigningSession } from "@/lib/test/signing";
import { requestDownloadLink } from "@/lib/email/request-download-link";
import { GET as downloadRoute } from "@/app/d/[token]/route";
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
  return { ctx, email, ...result };
}

const get = (token: string) =>
  downloadRoute(new Request(`http://localhost/d/${token}`), { params: Promise.resolve({ token }) });

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

  it("expires after 30 days, and a new request replaces the old link, which then says so (410, not 500)", async () => {
    const { reference, email, downloadToken } = await signOne();
    expect((await get(downloadToken)).status).toBe(200);

    await requestDownloadLink({ reference, email, language: "en" }, uniqueClient());
    const newToken = (await readLatestEmail(email))?.text.match(/\/d\/([A-Za-z0-9_-]{43})/)?.[1];
    expect(newToken).toBeDefined();
    expect(newToken).not.toBe(downloadToken);

    const old = await get(downloadToken);
    expect(old.status).toBe(410);
    const page = await old.text();
    expect(page).toContain("This download link has been replaced");
    expect(page).toContain("Deze downloadlink is vervangen");
    expect(page).toContain('href="/download-link?lang=en"');
    const fresh = await get(newToken!);
    expect(fresh.status).toBe(200);
    expect(fresh.headers.get("content-type")).toBe("application/pdf");

    // 30 days on, the newest link expires too.
    const signed = await db.signedAgreement.findUniqueOrThrow({ where: { reference } });
    await db.downloadLink.updateMany({ where: { signedAgreementId: signed.id, replacedAt: null }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const expired = await get(newToken!);
    expect(expired.status).toBe(410);
    expect(await expired.text()).toContain("This download link has expired");
    expect((await get("y".repeat(43))).status).toBe(404);
  });
});
