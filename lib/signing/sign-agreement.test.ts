import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createPublishedAgreement, createReadyDraft } from "@/lib/test/agreements";
import { createOrgWithMember, signaturePng, testClient, unique } from "@/lib/test/factories";
import { signAgreement } from "./sign-agreement";
import { sha256Hex } from "./tokens";

function signForm(versionId: string, overrides: Record<string, unknown> = {}) {
  return {
    versionId,
    submissionKey: unique("form-key-0123456789"),
    controller: { legalName: "Bakkerij Brood & Zo B.V.", registrationNumber: "58123947", addressLine: "Oudegracht 112", postalCode: "3511 AX", city: "Utrecht", country: "NL" },
    signer: { name: "Bram Visser", function: "Eigenaar", email: `${unique("bram")}@bakkerij.test`, place: "Utrecht" },
    method: "DRAWN",
    imageDataUrl: signaturePng(),
    consent: true,
    authority: true,
    ...overrides,
  };
}

const codeOf = (promise: Promise<unknown>) =>
  promise.then(() => "resolved", (error) => (error instanceof AppError ? error.code : String(error)));

async function countSignedFor(versionId: string) {
  return db.signedAgreement.count({ where: { versionId } });
}

describe("a controller signs a published version", () => {
  it("stores the signed agreement, the signature, the PDF and the audit events together", async () => {
    const ctx = await createOrgWithMember("OWNER");
    const { versionId, contentHash } = await createPublishedAgreement(ctx);
    const form = signForm(versionId);
    const result = await signAgreement(form, testClient);
    expect(result.status).toBe("signed");
    if (result.status !== "signed") return;
    expect(result.reference).toMatch(/^DPA-\d{4}-[0-9A-Z]{6}$/);

    const row = await db.signedAgreement.findUniqueOrThrow({
      where: { reference: result.reference },
      include: { document: true, signatures: true, controller: true },
    });
    expect(row.downloadTokenHash).toBe(sha256Hex(result.downloadToken));
    expect(row.controller.legalName).toBe("Bakkerij Brood & Zo B.V.");
    expect(row.signatures[0]).toMatchObject({ party: "CONTROLLER", signerName: "Bram Visser", contentHash, ip: "203.0.113.7", method: "DRAWN" });
    expect(row.pdfSha256).toBe(sha256Hex(Buffer.from(row.document!.bytes)));
    const events = await db.auditEvent.findMany({ where: { signedAgreementId: row.id } });
    expect(events.map((e) => e.type)).toEqual(expect.arrayContaining(["agreement.signed", "signing.consent_given", "pdf.generated"]));

    // The PDF names the controller, the reference and the version's content hash.
    const dir = mkdtempSync(join(tmpdir(), "signed-"));
    writeFileSync(join(dir, "a.pdf"), Buffer.from(row.document!.bytes));
    const text = execFileSync("pdftotext", ["-layout", join(dir, "a.pdf"), "-"]).toString().replace(/\s+/g, " ");
    expect(text).toContain("Bakkerij Brood & Zo B.V.");
    expect(text).toContain(result.reference);
    expect(text.replace(/ /g, "")).toContain(contentHash);
  });

  it("gives exactly one signed agreement for parallel submissions of one form", async () => {
    const ctx = await createOrgWithMember("OWNER");
    const { versionId } = await createPublishedAgreement(ctx);
    const form = signForm(versionId);
    const results = await Promise.all(Array.from({ length: 8 }, () => signAgreement(form, testClient)));
    expect(await countSignedFor(versionId)).toBe(1);
    expect(new Set(results.map((r) => r.reference)).size).toBe(1);
    expect(results.every((r) => r.status === "signed")).toBe(true);
  });

  it("a second tab (another form) for the same signer gets the first result without its link", async () => {
    const ctx = await createOrgWithMember("OWNER");
    const { versionId } = await createPublishedAgreement(ctx);
    const first = signForm(versionId);
    const second = { ...signForm(versionId), signer: first.signer, controller: first.controller };
    const [a, b] = await Promise.all([signAgreement(first, testClient), signAgreement(second, testClient)]);
    expect(await countSignedFor(versionId)).toBe(1);
    expect(a.reference).toBe(b.reference);
    expect([a.status, b.status].sort()).toEqual(["already-signed", "signed"]);
  });

  it("refuses drafts, unknown versions and bad signatures, storing nothing", async () => {
    const ctx = await createOrgWithMember("OWNER");
    const { versionId } = await createPublishedAgreement(ctx);
    const draft = await createReadyDraft(await createOrgWithMember("OWNER"));
    const draftVersion = await db.agreementVersion.findFirstOrThrow({ where: { agreementId: draft.agreement.id } });

    expect(await codeOf(signAgreement(signForm(draftVersion.id), testClient))).toBe("NOT_FOUND");
    expect(await codeOf(signAgreement(signForm("no-such-version"), testClient))).toBe("NOT_FOUND");

    const blank = await signAgreement(signForm(versionId, { imageDataUrl: signaturePng({ isBlank: true }) }), testClient).catch((e) => e);
    expect(blank.fieldErrors).toEqual({ signature: "signing.signatureEmpty" });
    const notPng = await signAgreement(signForm(versionId, { imageDataUrl: "data:image/jpeg;base64,/9j/4AAQ" }), testClient).catch((e) => e);
    expect(notPng.fieldErrors).toEqual({ signature: "signing.signatureNotPng" });
    const fakePng = await signAgreement(signForm(versionId, { imageDataUrl: `data:image/png;base64,${Buffer.from("GIF89a not a png").toString("base64")}` }), testClient).catch((e) => e);
    expect(fakePng.fieldErrors).toEqual({ signature: "signing.signatureNotPng" });
    const huge = await signAgreement(signForm(versionId, { imageDataUrl: `data:image/png;base64,${"A".repeat(1_450_000)}` }), testClient).catch((e) => e);
    expect(huge.fieldErrors).toEqual({ signature: "signing.signatureTooLarge" });

    const missing = await signAgreement(signForm(versionId, { consent: false, signer: { name: "", function: "x", email: "nope", place: "x" } }), testClient).catch((e) => e);
    expect(missing.code).toBe("VALIDATION");
    expect(missing.fieldErrors).toMatchObject({ consent: "signing.consentRequired", "signer.name": "validation.required", "signer.email": "validation.email" });
    const badKvk = await signAgreement(signForm(versionId, { controller: { ...signForm(versionId).controller, registrationNumber: "1234" } }), testClient).catch((e) => e);
    expect(badKvk.fieldErrors).toMatchObject({ "controller.registrationNumber": "validation.kvk" });

    expect(await countSignedFor(versionId)).toBe(0);
  });

  it("leaves nothing behind when storing fails half-way", async () => {
    const ctx = await createOrgWithMember("OWNER");
    const { versionId } = await createPublishedAgreement(ctx);
    // A real failure inside the transaction: the signature insert (after the controller, the
    // document and the signed agreement were written) is refused by a trigger for this signer.
    const marker = unique("FAIL-ME");
    await db.$executeRawUnsafe(`
      CREATE OR REPLACE FUNCTION test_fail_signature() RETURNS trigger AS $$
      BEGIN
        IF NEW."signerName" LIKE 'FAIL-ME-%' THEN RAISE EXCEPTION 'simulated crash'; END IF;
        RETURN NEW;
      END $$ LANGUAGE plpgsql`);
    await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS test_fail_signature ON "Signature"`);
    await db.$executeRawUnsafe(`CREATE TRIGGER test_fail_signature BEFORE INSERT ON "Signature" FOR EACH ROW EXECUTE FUNCTION test_fail_signature()`);
    const controllersBefore = await db.controller.count({ where: { processorOrganisationId: ctx.orgId } });
    const form = signForm(versionId, { signer: { name: marker, function: "x", email: `${marker.toLowerCase()}@x.test`, place: "x" } });
    await expect(signAgreement(form, testClient)).rejects.toThrow(/simulated crash/);
    expect(await countSignedFor(versionId)).toBe(0);
    expect(await db.controller.count({ where: { processorOrganisationId: ctx.orgId } })).toBe(controllersBefore);
    expect(await db.auditEvent.count({ where: { versionId, type: "agreement.signed" } })).toBe(0);
    await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS test_fail_signature ON "Signature"`);
  });
});

