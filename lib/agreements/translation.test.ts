import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { addMember, createOrgWithMember, signaturePng, testClient } from "@/lib/test/factories";
import { completeTemplateFields, createPublishedAgreement, createReadyDraft } from "@/lib/test/agreements";
import { bindingStatement } from "./binding";
import { getAgreementWithDraft } from "./get-draft";
import { getPublishedVersion } from "./get-published-version";
import { publishVersion } from "./publish-version";
import { listTranslationCandidates, setTranslationOf } from "./set-translation-of";
import { signAsProcessor } from "./sign-as-processor";

const codeOf = (promise: Promise<unknown>) =>
  promise.then(() => "resolved", (error) => (error instanceof AppError ? error.code : String(error)));

describe("a translation and its binding text", () => {
  it("refuses to link two texts in the same language", async () => {
    const ctx = await createOrgWithMember("OWNER");
    const dutch = await createPublishedAgreement(ctx);
    const english = await createReadyDraft(ctx, (content) => {
      content.title = "Data Processing Agreement (translation)";
    });
    // createReadyDraft makes a Dutch template; its language is what the agreement was created with.
    const { candidates } = await listTranslationCandidates(ctx, english.agreement.id);
    // Same language (nl) as the candidate: refused.
    expect(candidates).toEqual([]);
    expect(await codeOf(setTranslationOf(ctx, { agreementId: english.agreement.id, baseVersionId: dutch.versionId }, testClient))).toBe("VALIDATION");

    const before = await getAgreementWithDraft(ctx, english.agreement.id);
    expect(before.draft!.doc.translationOf).toBeUndefined();
  });

  it("an English agreement translating the Dutch one: hash changes, signature goes stale, public page states it", async () => {
    const ctx = await createOrgWithMember("OWNER");
    const dutch = await createPublishedAgreement(ctx);
    const { createAgreement } = await import("./create-agreement");
    const { saveDraft } = await import("./save-draft");
    const { toDraftContent } = await import("./version-doc");
    const agreement = await createAgreement(ctx, { title: "DPA (English)", language: "en", startFrom: "template" }, testClient);
    const loaded = await getAgreementWithDraft(ctx, agreement.id);
    const content = completeTemplateFields(toDraftContent(loaded.draft!.doc));
    content.effectiveDate = "2026-12-01";
    content.signatory = { name: "Sanne de Vries", function: "Director", place: "Amsterdam" };
    const saved = await saveDraft(ctx, { agreementId: agreement.id, revision: loaded.draft!.revision, content });
    await signAsProcessor(ctx, { agreementId: agreement.id, revision: saved.revision, method: "DRAWN", imageDataUrl: signaturePng(), consent: true }, testClient);
    const signedHash = (await getAgreementWithDraft(ctx, agreement.id)).draft!.contentHash;

    const { candidates } = await listTranslationCandidates(ctx, agreement.id);
    expect(candidates.map((c) => c.id)).toEqual([dutch.versionId]);
    await setTranslationOf(ctx, { agreementId: agreement.id, baseVersionId: dutch.versionId }, testClient);
    const linked = await getAgreementWithDraft(ctx, agreement.id);
    expect(linked.draft!.doc.translationOf).toMatchObject({ language: "nl", number: 1, contentHash: dutch.contentHash });
    expect(linked.draft!.contentHash).not.toBe(signedHash);
    expect(linked.draft!.processorSignature?.isCurrent).toBe(false);

    await signAsProcessor(ctx, { agreementId: agreement.id, revision: linked.draft!.revision, method: "DRAWN", imageDataUrl: signaturePng(), consent: true }, testClient);
    await publishVersion(ctx, { agreementId: agreement.id }, testClient);
    const view = await getPublishedVersion(ctx.orgSlug, agreement.slug);
    expect(view.version.translationOf?.contentHash).toBe(dutch.contentHash);
    expect(bindingStatement(view.version)).toMatch(/^This is a translation\. Only the Dutch text .* is binding/);

    // Another organisation's version cannot be linked; a viewer cannot link at all.
    const stranger = await createOrgWithMember("OWNER");
    const strangerDraft = await createReadyDraft(stranger);
    expect(await codeOf(setTranslationOf(stranger, { agreementId: strangerDraft.agreement.id, baseVersionId: dutch.versionId }, testClient))).toBe("NOT_FOUND");
    const viewer = await addMember(ctx, "VIEWER");
    expect(await codeOf(setTranslationOf(viewer, { agreementId: agreement.id, baseVersionId: null }, testClient))).toBe("FORBIDDEN");
  });
});
