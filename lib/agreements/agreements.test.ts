import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createOrgWithMember, addMember, signaturePng, testClient } from "@/lib/test/factories";
import { createPublishedAgreement, createReadyDraft } from "@/lib/test/agreements";
import { getAgreementWithDraft } from "./get-draft";
import { publishVersion } from "./publish-version";
import { saveDraft } from "./save-draft";
import { signAsProcessor } from "./sign-as-processor";
import { startNewDraft } from "./start-new-draft";
import { getPublishedVersion } from "./get-published-version";

const codeOf = (promise: Promise<unknown>) =>
  promise.then(() => "resolved", (error) => (error instanceof AppError ? error.code : String(error)));

describe("drafts", () => {
  it("saves a draft and refuses a save from a stale revision", async () => {
    const ctx = await createOrgWithMember("EDITOR");
    const { agreement, revision, content } = await createReadyDraft(ctx);
    content.articles[0].title = "Doeleinden (gewijzigd)";
    const first = await saveDraft(ctx, { agreementId: agreement.id, revision, content });
    expect(first.revision).toBe(revision + 1);
    // A second editor who loaded the same revision saves later: refused, nothing overwritten.
    content.articles[0].title = "Overschreven?";
    expect(await codeOf(saveDraft(ctx, { agreementId: agreement.id, revision, content }))).toBe("CONFLICT");
    const { draft } = await getAgreementWithDraft(ctx, agreement.id);
    expect(draft!.doc.articles[0].title).toBe("Doeleinden (gewijzigd)");
  });

  it("refuses edits by a viewer and hides the agreement from other organisations", async () => {
    const owner = await createOrgWithMember("OWNER");
    const viewer = await addMember(owner, "VIEWER");
    const stranger = await createOrgWithMember("OWNER");
    const { agreement, revision, content } = await createReadyDraft(owner);
    expect(await codeOf(saveDraft(viewer, { agreementId: agreement.id, revision, content }))).toBe("FORBIDDEN");
    expect(await codeOf(saveDraft(stranger, { agreementId: agreement.id, revision, content }))).toBe("NOT_FOUND");
    expect(await codeOf(getAgreementWithDraft(stranger, agreement.id))).toBe("NOT_FOUND");
  });

  it("refuses malformed input with field errors and stores nothing", async () => {
    const ctx = await createOrgWithMember("EDITOR");
    const { agreement, revision, content } = await createReadyDraft(ctx);
    const error = await saveDraft(ctx, { agreementId: agreement.id, revision, content: { ...content, title: "" } }).catch((e) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error.fieldErrors).toMatchObject({ "content.title": "validation.required" });
    const { draft } = await getAgreementWithDraft(ctx, agreement.id);
    expect(draft!.revision).toBe(revision);
  });
});

describe("publishing", () => {
  it("requires a current processor signature, then freezes the version with its number and hash", async () => {
    const ctx = await createOrgWithMember("ADMIN");
    const { agreement, revision, content } = await createReadyDraft(ctx);
    expect(await codeOf(publishVersion(ctx, { agreementId: agreement.id }, testClient))).toBe("VALIDATION");

    await signAsProcessor(ctx, { agreementId: agreement.id, revision, method: "DRAWN", imageDataUrl: signaturePng(), consent: true }, testClient);
    // An edit after signing makes the signature stale.
    content.preamble += " Extra overweging.";
    const saved = await saveDraft(ctx, { agreementId: agreement.id, revision, content });
    expect(await codeOf(publishVersion(ctx, { agreementId: agreement.id }, testClient))).toBe("VALIDATION");

    await signAsProcessor(ctx, { agreementId: agreement.id, revision: saved.revision, method: "DRAWN", imageDataUrl: signaturePng(), consent: true }, testClient);
    const published = await publishVersion(ctx, { agreementId: agreement.id }, testClient);
    expect(published.number).toBe(1);
    expect(published.contentHash).toMatch(/^[0-9a-f]{64}$/);

    const view = await getPublishedVersion(ctx.orgSlug, agreement.slug);
    expect(view.version.contentHash).toBe(published.contentHash);
    expect(view.processorSignature?.signerName).toBe("Sanne de Vries");
    const events = await db.auditEvent.findMany({ where: { agreementId: agreement.id }, select: { type: true } });
    expect(events.map((e) => e.type)).toEqual(expect.arrayContaining(["agreement.created", "version.signed_by_processor", "version.published"]));
  });

  it("refuses publishing by an editor", async () => {
    const owner = await createOrgWithMember("OWNER");
    const editor = await addMember(owner, "EDITOR");
    const { agreement, revision } = await createReadyDraft(owner);
    expect(await codeOf(signAsProcessor(editor, { agreementId: agreement.id, revision, method: "DRAWN", imageDataUrl: signaturePng(), consent: true }, testClient))).toBe("FORBIDDEN");
    expect(await codeOf(publishVersion(editor, { agreementId: agreement.id }, testClient))).toBe("FORBIDDEN");
  });

  it("lists what blocks publication: an empty clause, a non-EU sub-processor without basis, a duplicate", async () => {
    const ctx = await createOrgWithMember("OWNER");
    const { agreement, revision } = await createReadyDraft(ctx, (content) => {
      content.articles[1].clauses[0].content = [];
      content.subProcessors = [
        { name: "Cloud Inc.", serviceArea: "App", purposes: "Hosting", dataConcerned: "Alles", country: "US", transferBasis: "NONE_NEEDED" },
        { name: "Mail B.V.", serviceArea: "App", purposes: "E-mail", dataConcerned: "E-mail", country: "NL", transferBasis: "NONE_NEEDED" },
        { name: "mail b.v.", serviceArea: "app", purposes: "E-mail", dataConcerned: "E-mail", country: "NL", transferBasis: "NONE_NEEDED" },
      ];
    });
    await signAsProcessor(ctx, { agreementId: agreement.id, revision, method: "DRAWN", imageDataUrl: signaturePng(), consent: true }, testClient);
    const error = await publishVersion(ctx, { agreementId: agreement.id }, testClient).catch((e) => e);
    expect(error.fieldErrors).toMatchObject({
      "articles.1.clauses.0": "agreements.emptyClause",
      "subProcessors.0.transferBasis": "agreements.transferBasisNeeded",
      "subProcessors.2.name": "agreements.duplicateSubProcessor",
    });
  });
});

describe("published versions are facts", () => {
  it("the database refuses to change or delete a published version or its content", async () => {
    const ctx = await createOrgWithMember("OWNER");
    const { versionId } = await createPublishedAgreement(ctx);
    await expect(db.$executeRaw`UPDATE "AgreementVersion" SET title = 'Changed' WHERE id = ${versionId}`).rejects.toThrow(/immutable/);
    await expect(db.$executeRaw`DELETE FROM "AgreementVersion" WHERE id = ${versionId}`).rejects.toThrow(/immutable/);
    await expect(db.$executeRaw`UPDATE "Article" SET title = 'Changed' WHERE "versionId" = ${versionId}`).rejects.toThrow(/immutable/);
    await expect(db.$executeRaw`UPDATE "Signature" SET "signerName" = 'Someone else' WHERE "versionId" = ${versionId}`).rejects.toThrow(/immutable/);
    const row = await db.agreementVersion.findUniqueOrThrow({ where: { id: versionId } });
    expect(row.status).toBe("PUBLISHED");
  });

  it("a new version starts as a copy of the published one; only one draft at a time", async () => {
    const ctx = await createOrgWithMember("OWNER");
    const { agreement } = await createPublishedAgreement(ctx);
    await startNewDraft(ctx, agreement.id, testClient);
    expect(await codeOf(startNewDraft(ctx, agreement.id, testClient))).toBe("CONFLICT");
    const { draft } = await getAgreementWithDraft(ctx, agreement.id);
    expect(draft!.doc.articles).toHaveLength(13);
    expect(draft!.doc.effectiveDate).toBeNull();
  });
});
