import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { createOrgWithMember, signaturePng, testClient, unique } from "@/lib/test/factories";
import { completeTemplateFields } from "@/lib/test/agreements";
import { db } from "@/lib/db";
import { createAgreement } from "./create-agreement";
import { getAgreementWithDraft } from "./get-draft";
import { findPlaceholders } from "./placeholders";
import { publishVersion } from "./publish-version";
import { saveDraft } from "./save-draft";
import { signAsProcessor } from "./sign-as-processor";
import { toDraftContent } from "./version-doc";

async function newOrgDraft(language: "nl" | "en") {
  const ctx = await createOrgWithMember("OWNER");
  const organisation = await db.organisation.update({ where: { id: ctx.orgId }, data: { legalName: `Bloemenwinkel ${unique("x")} B.V.` } });
  const agreement = await createAgreement(ctx, { title: unique("DPA"), language, startFrom: "template" }, testClient);
  const { draft } = await getAgreementWithDraft(ctx, agreement.id);
  return { ctx, organisation, agreement, draft: draft! };
}

const failure = (promise: Promise<unknown>) =>
  promise.then(() => null, (error) => (error instanceof AppError ? error : Promise.reject(error)));

describe("the standard template of a new organisation", () => {
  for (const language of ["nl", "en"] as const) {
    it(`(${language}) names the organisation itself, nothing of the demo company, and marks what to complete`, async () => {
      const { organisation, draft } = await newOrgDraft(language);
      const text = JSON.stringify(draft.doc);
      expect(draft.doc.preamble).toContain(organisation.legalName);
      expect(text).not.toMatch(/offertewerk|offerte/i);
      const marked = findPlaceholders(text);
      expect(marked.length).toBeGreaterThanOrEqual(5);
      for (const field of marked) expect(field).toMatch(language === "nl" ? /^\[\[Vul in: / : /^\[\[Fill in: /);
    });
  }

  it("refuses to publish while a marked field remains, naming where, and publishes once all are completed", async () => {
    const { ctx, agreement, draft } = await newOrgDraft("nl");
    const content = toDraftContent(draft.doc);
    content.effectiveDate = "2027-01-01";
    content.signatory = { name: "Iris Bakker", function: "Directeur", place: "Leiden" };
    const filledExceptOne = completeTemplateFields(content);
    filledExceptOne.articles[0].clauses[1] = content.articles[0].clauses[1]; // still "[[Vul in: de doeleinden ...]]"
    let saved = await saveDraft(ctx, { agreementId: agreement.id, revision: draft.revision, content: filledExceptOne });
    await signAsProcessor(ctx, { agreementId: agreement.id, revision: saved.revision, method: "DRAWN", imageDataUrl: signaturePng(), consent: true }, testClient);
    const refused = await failure(publishVersion(ctx, { agreementId: agreement.id }, testClient));
    expect(refused?.code).toBe("VALIDATION");
    expect(refused?.fieldErrors).toEqual({ "articles.0.clauses.1": "agreements.placeholderLeft" });
    expect(await db.agreementVersion.count({ where: { agreementId: agreement.id, status: "PUBLISHED" } })).toBe(0);

    saved = await saveDraft(ctx, { agreementId: agreement.id, revision: saved.revision, content: completeTemplateFields(content) });
    await signAsProcessor(ctx, { agreementId: agreement.id, revision: saved.revision, method: "DRAWN", imageDataUrl: signaturePng(), consent: true }, testClient);
    const published = await publishVersion(ctx, { agreementId: agreement.id }, testClient);
    expect(published.number).toBe(1);
  });
});
