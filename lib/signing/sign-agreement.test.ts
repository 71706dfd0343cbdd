import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { testOwnerUrl } from "@/scripts/db/database-roles";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createPublishedAgreement, createReadyDraft } from "@/lib/test/agreements";
import { forgetSealKey } from "@/lib/sealing/seal-key";
import { handleSealJob } from "@/lib/sealing/seal-job";
import { createOrgWithMember, signaturePng, testClient, unique } from "@/lib/test/factories";
import { requestSigningCode, verifiedSigningSession } from "@/lib/test/signing";
import { renderMessage } from "@/lib/email/secret-vars";
import { signAgreement } from "./sign-agreement";
import { sha256Hex } from "./tokens";
import { getBlob } from "@/lib/storage";

/** A complete form for a signer whose address was verified in a session of its own. */
async function verifiedForm(versionId: string, overrides: Record<string, unknown> = {}) {
  const email = `${unique("bram")}@bakkerij.test`;
  const signingSessionId = await verifiedSigningSession(versionId, email);
  return signForm(versionId, signingSessionId, email, overrides);
}

function signForm(versionId: string, signingSessionId: string, email: string, overrides: Record<string, unknown> = {}) {
  return {
    versionId,
    submissionKey: unique("form-key-0123456789"),
    signingSessionId,
    controller: { legalName: "Bakkerij Brood & Zo B.V.", registrationNumber: "58123947", addressLine: "Oudegracht 112", postalCode: "3511 AX", city: "Utrecht", country: "NL" },
    signer: { name: "Bram Visser", function: "Eigenaar", email, place: "Utrecht" },
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

const pdfText = (bytes: Uint8Array) => {
  const dir = mkdtempSync(join(tmpdir(), "signed-"));
  writeFileSync(join(dir, "a.pdf"), Buffer.from(bytes));
  return execFileSync("pdftotext", ["-layout", join(dir, "a.pdf"), "-"]).toString().replace(/\s+/g, " ");
};

const pdfsig = (bytes: Uint8Array) => {
  const dir = mkdtempSync(join(tmpdir(), "sealed-"));
  writeFileSync(join(dir, "a.pdf"), Buffer.from(bytes));
  try {
    return execFileSync("pdfsig", [join(dir, "a.pdf")]).toString();
  } catch (error) {
    return String((error as { stdout?: Buffer }).stdout ?? error);
  }
};

async function sealJobsFor(signedAgreementId: string) {
  return db.$queryRaw<{ state: string }[]>`
    SELECT "state" FROM "pgboss"."job" WHERE "name" = 'pdf.seal' AND "data"->>'signedAgreementId' = ${signedAgreementId}`;
}

describe("a controller signs a published version", () => {
  it("stores the signed agreement, the signature, the sealed PDF, the audit events and both e-mails together", async () => {
    const ctx = await createOrgWithMember("OWNER");
    const { versionId, contentHash } = await createPublishedAgreement(ctx);
    const form = await verifiedForm(versionId);
    const result = await signAgreement(form, testClient);
    expect(result.status).toBe("signed");
    if (result.status !== "signed") return;
    expect(result.reference).toMatch(/^DPA-\d{4}-[0-9A-Z]{6}$/);

    const row = await db.signedAgreement.findUniqueOrThrow({
      where: { reference: result.reference },
      include: { document: true, unsealedDocument: true, signatures: true, controller: true, signingSession: true, downloadLinks: true },
    });
    // Only hashes: of the form's key and of the link's secret (valid 30 days).
    expect(row.submissionKey).toBe(sha256Hex(form.submissionKey));
    expect(row.downloadLinks.map((link) => link.tokenHash)).toEqual([sha256Hex(result.downloadToken)]);
    expect(row.downloadLinks[0]!.expiresAt.getTime() - row.signedAt.getTime()).toBe(30 * 24 * 3600 * 1000);
    expect(row.controller.legalName).toBe("Bakkerij Brood & Zo B.V.");
    expect(row.signingSessionId).toBe(form.signingSessionId);
    // The verified address is part of the evidence.
    expect(row.signatures[0]).toMatchObject({ party: "CONTROLLER", signerName: "Bram Visser", signerEmail: form.signer.email, contentHash, ip: "203.0.113.7", method: "DRAWN" });
    expect(row.signatures[0]!.emailVerifiedAt).toEqual(row.signingSession!.emailVerifiedAt);
    expect(row.signatures[0]!.emailVerifiedAt).not.toBeNull();

    // Sealed inline: the sealed PDF is served, the render is kept beside it.
    expect(row).toMatchObject({ sealStatus: "SEALED", sealLevel: "B-B", sealError: null });
    expect(row.sealedAt).not.toBeNull();
    expect(row.documentId).not.toBe(row.unsealedDocumentId);
    expect(row.pdfSha256).toBe(sha256Hex(await getBlob(row.document!)));
    expect(row.unsealedDocument!.sha256).toBe(sha256Hex(await getBlob(row.unsealedDocument!)));
    const signatureCheck = pdfsig(await getBlob(row.document!));
    expect(signatureCheck).toContain("Signature is Valid");
    expect(signatureCheck).toContain("ETSI.CAdES.detached");

    const events = await db.auditEvent.findMany({ where: { signedAgreementId: row.id }, orderBy: { seq: "asc" } });
    expect(events.map((e) => e.type)).toEqual(["signing.consent_given", "agreement.signed", "pdf.generated", "pdf.sealed"]);
    expect(events.every((e) => e.signingSessionId === form.signingSessionId || e.actorType === "SYSTEM")).toBe(true);

    // The PDF names the controller, the reference, the version's content hash, and lists the
    // audit trail up to the signature on its certificate page.
    const text = pdfText(await getBlob(row.document!));
    expect(text).toContain("Bakkerij Brood & Zo B.V.");
    expect(text).toContain(result.reference);
    expect(text.replace(/ /g, "")).toContain(contentHash);
    // In sentences of the agreement's language (Dutch), never as raw keys or "visitor".
    for (const sentence of ["Ondertekening gestart", "Verificatiecode per e-mail verstuurd", "E-mailadres bevestigd", "Verklaard bevoegd", "Overeenkomst ondertekend"]) {
      expect(text).toContain(sentence);
    }
    // The head of the session's hash chain is printed, and the signed agreement's chain continues it.
    const sessionHead = await db.auditEvent.findFirstOrThrow({ where: { chainKey: `ss:${form.signingSessionId}` }, orderBy: { seq: "desc" } });
    expect(text).toContain(`event ${sessionHead.seq}`.replace("event", "gebeurtenis"));
    expect(text.replace(/ /g, "")).toContain(sessionHead.hash!);
    expect(events[0]!.prevHash).toBe(sessionHead.hash);
    // The actor column wraps: "de ondertekenaar" and the address are on lines of their own.
    expect(text).toMatch(new RegExp(`de ondertekenaar \\(${form.signer.email.replace(/[.]/g, "\\.")}\\)|de ondertekenaar[^()]*\\(${form.signer.email.replace(/[.]/g, "\\.")}\\)`));
    expect(text).not.toMatch(/\b(signing|agreement)\.(started|code_sent|code_accepted|consent_given|signed|viewed)\b/);
    expect(text).not.toMatch(/\b(visitor|bezoeker)\b/i);

    // Both parties' e-mails are queued with the signature, in the agreement's language.
    const toController = await db.emailMessage.findUniqueOrThrow({ where: { dedupeKey: `signed:${row.id}:controller` } });
    expect(toController).toMatchObject({ to: form.signer.email, language: "nl", attachmentId: row.documentId });
    // Stored with the link redacted; the mail as sent (from the encrypted copy) carries it.
    expect(toController.text).toContain("[link verwijderd]");
    expect(toController.text).not.toContain(result.downloadToken);
    expect(renderMessage(toController).text).toContain(`/d/${result.downloadToken}`);
    const processor = await db.organisation.findUniqueOrThrow({ where: { id: ctx.orgId } });
    const toProcessor = await db.emailMessage.findUniqueOrThrow({ where: { dedupeKey: `signed:${row.id}:processor` } });
    expect(toProcessor).toMatchObject({ to: processor.privacyEmail, language: "nl" });
    expect(toProcessor.text).toContain(result.reference);
  });

  it("gives exactly one signed agreement for parallel submissions of one form", async () => {
    const ctx = await createOrgWithMember("OWNER");
    const { versionId } = await createPublishedAgreement(ctx);
    const form = await verifiedForm(versionId);
    const results = await Promise.all(Array.from({ length: 8 }, () => signAgreement(form, testClient)));
    expect(await countSignedFor(versionId)).toBe(1);
    expect(new Set(results.map((r) => r.reference)).size).toBe(1);
    expect(results.every((r) => r.status === "signed")).toBe(true);
    const signed = await db.signedAgreement.findFirstOrThrow({ where: { versionId } });
    expect(await db.emailMessage.count({ where: { dedupeKey: { startsWith: `signed:${signed.id}:` } } })).toBe(2);
  });

  it("a second tab (another form) for the same signer gets the first result without its link", async () => {
    const ctx = await createOrgWithMember("OWNER");
    const { versionId } = await createPublishedAgreement(ctx);
    const first = await verifiedForm(versionId);
    const second = { ...signForm(versionId, first.signingSessionId, first.signer.email), controller: first.controller };
    const [a, b] = await Promise.all([signAgreement(first, testClient), signAgreement(second, testClient)]);
    expect(await countSignedFor(versionId)).toBe(1);
    expect(a.reference).toBe(b.reference);
    expect([a.status, b.status].sort()).toEqual(["already-signed", "signed"]);

    // One session signs once: another organisation in the same session gets that result too.
    const third = { ...signForm(versionId, first.signingSessionId, first.signer.email), controller: { ...first.controller, registrationNumber: "12345678" } };
    expect(await signAgreement(third, testClient)).toMatchObject({ status: "already-signed", reference: a.reference });
    expect(await countSignedFor(versionId)).toBe(1);
  });

  it("refuses to sign without a session whose address was verified for this version and signer", async () => {
    const ctx = await createOrgWithMember("OWNER");
    const { versionId } = await createPublishedAgreement(ctx);
    const other = await createPublishedAgreement(ctx);
    const email = `${unique("eva")}@klant.test`;
    const refusal = (form: unknown) =>
      signAgreement(form, testClient).then(
        () => ({ fieldErrors: "signed" }) as { fieldErrors: unknown },
        (error: AppError) => error as { fieldErrors: unknown },
      );

    // No session at all.
    const { signingSessionId: _, ...withoutSession } = signForm(versionId, "x".repeat(32), email);
    expect((await refusal(withoutSession)).fieldErrors).toMatchObject({ signingSessionId: "signing.emailNotVerified" });
    // A session that does not exist.
    expect((await refusal(signForm(versionId, "y".repeat(32), email))).fieldErrors).toEqual({ "signer.email": "signing.emailNotVerified" });
    // A code was sent but never entered.
    const pending = await requestSigningCode(versionId, email);
    expect((await refusal(signForm(versionId, pending.sessionId, email))).fieldErrors).toEqual({ "signer.email": "signing.emailNotVerified" });
    // Verified, but for another address than the signer's.
    const verified = await verifiedSigningSession(versionId, email);
    const otherAddress = await refusal(signForm(versionId, verified, `${unique("mallory")}@klant.test`));
    expect(otherAddress.fieldErrors).toEqual({ "signer.email": "signing.emailNotTheVerified" });
    // Verified, but for another version.
    const elsewhere = await verifiedSigningSession(other.versionId, email);
    expect((await refusal(signForm(versionId, elsewhere, email))).fieldErrors).toEqual({ "signer.email": "signing.emailNotVerified" });
    // Verified, but the session has expired since.
    await db.signingSession.update({ where: { id: verified }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await refusal(signForm(versionId, verified, email))).fieldErrors).toEqual({ "signer.email": "signing.verificationExpired" });

    expect(await countSignedFor(versionId)).toBe(0);
    expect(await db.auditEvent.count({ where: { versionId, type: "agreement.signed" } })).toBe(0);
  });

  it("refuses drafts, unknown versions and bad signatures, storing nothing", async () => {
    const ctx = await createOrgWithMember("OWNER");
    const { versionId } = await createPublishedAgreement(ctx);
    const draft = await createReadyDraft(await createOrgWithMember("OWNER"));
    const draftVersion = await db.agreementVersion.findFirstOrThrow({ where: { agreementId: draft.agreement.id } });
    const form = await verifiedForm(versionId);
    const { signingSessionId, signer } = form;
    const again = (overrides: Record<string, unknown>) => signForm(versionId, signingSessionId, signer.email, overrides);

    expect(await codeOf(signAgreement(signForm(draftVersion.id, signingSessionId, signer.email), testClient))).toBe("NOT_FOUND");
    expect(await codeOf(signAgreement(signForm("no-such-version", signingSessionId, signer.email), testClient))).toBe("NOT_FOUND");

    const blank = await signAgreement(again({ imageDataUrl: signaturePng({ isBlank: true }) }), testClient).catch((e) => e);
    expect(blank.fieldErrors).toEqual({ signature: "signing.signatureEmpty" });
    const notPng = await signAgreement(again({ imageDataUrl: "data:image/jpeg;base64,/9j/4AAQ" }), testClient).catch((e) => e);
    expect(notPng.fieldErrors).toEqual({ signature: "signing.signatureNotPng" });
    const fakePng = await signAgreement(again({ imageDataUrl: `data:image/png;base64,${Buffer.from("GIF89a not a png").toString("base64")}` }), testClient).catch((e) => e);
    expect(fakePng.fieldErrors).toEqual({ signature: "signing.signatureNotPng" });
    const huge = await signAgreement(again({ imageDataUrl: `data:image/png;base64,${"A".repeat(1_450_000)}` }), testClient).catch((e) => e);
    expect(huge.fieldErrors).toEqual({ signature: "signing.signatureTooLarge" });

    const missing = await signAgreement(again({ consent: false, signer: { name: "", function: "x", email: "nope", place: "x" } }), testClient).catch((e) => e);
    expect(missing.code).toBe("VALIDATION");
    expect(missing.fieldErrors).toMatchObject({ consent: "signing.consentRequired", "signer.name": "validation.required", "signer.email": "validation.email" });
    const badKvk = await signAgreement(again({ controller: { ...form.controller, registrationNumber: "1234" } }), testClient).catch((e) => e);
    expect(badKvk.fieldErrors).toMatchObject({ "controller.registrationNumber": "validation.kvk" });

    expect(await countSignedFor(versionId)).toBe(0);
    // The session is still good for a correct form.
    expect((await signAgreement(again({}), testClient)).status).toBe("signed");
  });

  it("keeps the signature when sealing fails: stored PENDING, unsealed, with a seal job that seals it later", async () => {
    const ctx = await createOrgWithMember("OWNER");
    const { versionId } = await createPublishedAgreement(ctx);
    const form = await verifiedForm(versionId);
    const saved = process.env.SEAL_P12_PATH;
    process.env.SEAL_P12_PATH = join(tmpdir(), `${unique("no-such-seal")}.p12`);
    forgetSealKey();
    let result;
    try {
      result = await signAgreement(form, testClient);
    } finally {
      if (saved === undefined) delete process.env.SEAL_P12_PATH;
      else process.env.SEAL_P12_PATH = saved;
      forgetSealKey();
    }
    expect(result.status).toBe("signed");
    const row = await db.signedAgreement.findUniqueOrThrow({ where: { reference: result.reference }, include: { document: true } });
    expect(row).toMatchObject({ sealStatus: "PENDING", sealLevel: null, sealedAt: null, documentId: row.unsealedDocumentId });
    expect(row.sealError).toMatch(/SEAL_P12_PATH/);
    expect(row.pdfSha256).toBe(sha256Hex(await getBlob(row.document!)));
    expect(pdfsig(await getBlob(row.document!))).not.toContain("Signature is Valid");
    expect(await sealJobsFor(row.id)).toHaveLength(1);
    const events = await db.auditEvent.findMany({ where: { signedAgreementId: row.id }, orderBy: { seq: "asc" } });
    expect(events.map((e) => e.type)).toEqual(["signing.consent_given", "agreement.signed", "pdf.generated", "pdf.seal_failed"]);
    // The e-mails go out all the same.
    expect(await db.emailMessage.count({ where: { dedupeKey: { startsWith: `signed:${row.id}:` } } })).toBe(2);

    // The job (run here directly) seals the kept render; the link then serves the sealed PDF.
    await handleSealJob({ signedAgreementId: row.id });
    const sealed = await db.signedAgreement.findUniqueOrThrow({ where: { id: row.id }, include: { document: true } });
    expect(sealed).toMatchObject({ sealStatus: "SEALED", unsealedDocumentId: row.unsealedDocumentId });
    expect(sealed.documentId).not.toBe(row.documentId);
    expect(pdfsig(await getBlob(sealed.document!))).toContain("Signature is Valid");
  });

  it("leaves nothing behind when storing fails half-way", async () => {
    const ctx = await createOrgWithMember("OWNER");
    const { versionId } = await createPublishedAgreement(ctx);
    // A real failure inside the transaction: the signature insert (after the controller, the
    // document and the signed agreement were written) is refused by a trigger for this signer.
    const marker = unique("FAIL-ME");
    // DDL is the owner's: the app's role (DATABASE_URL) cannot create triggers.
    const owner = new pg.Client({ connectionString: testOwnerUrl() });
    await owner.connect();
    await owner.query(`
      CREATE OR REPLACE FUNCTION test_fail_signature() RETURNS trigger AS $$
      BEGIN
        IF NEW."signerName" LIKE 'FAIL-ME-%' THEN RAISE EXCEPTION 'simulated crash'; END IF;
        RETURN NEW;
      END $$ LANGUAGE plpgsql`);
    await owner.query(`DROP TRIGGER IF EXISTS test_fail_signature ON "Signature"`);
    await owner.query(`CREATE TRIGGER test_fail_signature BEFORE INSERT ON "Signature" FOR EACH ROW EXECUTE FUNCTION test_fail_signature()`);
    const controllersBefore = await db.controller.count({ where: { processorOrganisationId: ctx.orgId } });
    const email = `${marker.toLowerCase()}@x.test`;
    const form = signForm(versionId, await verifiedSigningSession(versionId, email), email, { signer: { name: marker, function: "x", email, place: "x" } });
    await expect(signAgreement(form, testClient)).rejects.toThrow(/simulated crash/);
    expect(await countSignedFor(versionId)).toBe(0);
    expect(await db.controller.count({ where: { processorOrganisationId: ctx.orgId } })).toBe(controllersBefore);
    expect(await db.auditEvent.count({ where: { versionId, type: "agreement.signed" } })).toBe(0);
    // Only the code e-mail: no mail about a signature that does not exist.
    expect(await db.emailMessage.count({ where: { to: email } })).toBe(1);
    await owner.query(`DROP TRIGGER IF EXISTS test_fail_signature ON "Signature"`);
    await owner.end();
  });
});
