import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createPublishedAgreement } from "@/lib/test/agreements";
import { createOrgWithMember, unique } from "@/lib/test/factories";
import { readLatestEmail } from "@/lib/test/signing";
import { requestDownloadLink } from "./request-download-link";

process.env.NEXTAUTH_URL = "https://dpa.example.test";

/** A signed agreement stored directly (the signing flow has its own tests). */
async function createSignedAgreement() {
  const ctx = await createOrgWithMember("OWNER");
  const { agreement, versionId, contentHash } = await createPublishedAgreement(ctx);
  const signerEmail = `${unique("bram")}@bakkerij.test`;
  const submissionKey = unique("submission-key-0123456789");
  const controller = await db.controller.create({
    data: {
      processorOrganisationId: ctx.orgId,
      legalName: "Bakkerij Brood & Zo B.V.",
      registrationNumber: "58123947",
      country: "NL",
      addressLine: "Oudegracht 112",
      postalCode: "3511 AX",
      city: "Utrecht",
    },
  });
  const reference = `DPA-2026-${unique("T").slice(-6).toUpperCase()}`;
  const signed = await db.signedAgreement.create({
    data: {
      organisationId: ctx.orgId,
      agreementId: agreement.id,
      versionId,
      controllerId: controller.id,
      reference,
      submissionKey,
      signerKey: unique("signer-key"),
      signedAt: new Date(),
    },
  });
  await db.signature.create({
    data: {
      party: "CONTROLLER",
      versionId,
      signedAgreementId: signed.id,
      signerName: "Bram Visser",
      signerFunction: "Eigenaar",
      signerEmail,
      organisationName: "Bakkerij Brood & Zo B.V.",
      place: "Utrecht",
      method: "TYPED",
      typedName: "Bram Visser",
      imagePng: new Uint8Array([1]),
      contentHash,
      consentText: "test",
    },
  });
  return { reference, signerEmail, submissionKey, signedAgreementId: signed.id };
}

const client = () => ({ ip: `198.51.100.${Math.floor(Math.random() * 250)}-${unique("ip")}`, userAgent: "vitest" });
const mailsTo = (to: string) => db.emailMessage.findMany({ where: { to: { equals: to, mode: "insensitive" } } });

describe("requestDownloadLink", () => {
  it("answers alike for a matching and a non-matching pair, and mails only the matching one", async () => {
    const { reference, signerEmail } = await createSignedAgreement();
    const stranger = `${unique("someone")}@example.test`;

    // Matching, with different case and spaces: same outcome for the caller (nothing).
    const matching = await requestDownloadLink({ reference: ` ${reference.toLowerCase()} `, email: signerEmail.toUpperCase(), language: "en" }, client());
    const wrongEmail = await requestDownloadLink({ reference, email: stranger, language: "en" }, client());
    const wrongReference = await requestDownloadLink({ reference: "DPA-2026-NOPE00", email: signerEmail, language: "en" }, client());
    expect([matching, wrongEmail, wrongReference]).toEqual([undefined, undefined, undefined]);

    const mails = await mailsTo(signerEmail);
    expect(mails).toHaveLength(1);
    expect(mails[0].to).toBe(signerEmail); // the signature's address, not the typed one
    expect(mails[0].subject).toContain(reference);
    // Stored without the link; sent (rendered from the encrypted copy) with a new one.
    expect(mails[0].text).toContain("[link removed]");
    expect(mails[0].text).not.toContain("/d/");
    expect(mails[0].encryptedVars).not.toBeNull();
    expect((await readLatestEmail(signerEmail))?.text).toMatch(/https:\/\/dpa\.example\.test\/d\/[A-Za-z0-9_-]{43}\n/);
    expect(mails[0].language).toBe("en");
    expect(await mailsTo(stranger)).toHaveLength(0);
  });

  it("stops mailing after 5 requests per address per hour, with the same answer", async () => {
    const { reference, signerEmail } = await createSignedAgreement();
    for (let i = 0; i < 7; i++) {
      await expect(requestDownloadLink({ reference, email: signerEmail }, client())).resolves.toBeUndefined();
    }
    expect(await mailsTo(signerEmail)).toHaveLength(5);
  });

  it("stops after 5 requests per IP address per hour", async () => {
    const { reference, signerEmail } = await createSignedAgreement();
    const sameClient = client();
    for (let i = 0; i < 5; i++) await requestDownloadLink({ reference: "DPA-2026-NOPE00", email: `${unique("x")}@example.test` }, sameClient);
    await requestDownloadLink({ reference, email: signerEmail }, sameClient);
    expect(await mailsTo(signerEmail)).toHaveLength(0);
  });

  it("refuses malformed input with field errors (which reveal nothing)", async () => {
    const error = await requestDownloadLink({ reference: "", email: "not-an-address" }, client()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).fieldErrors).toEqual({ reference: "validation.required", email: "validation.email" });
  });
});
