import { describe, expect, it } from "vitest";
import { getAgreementWithDraft } from "@/lib/agreements/get-draft";
import { plainText } from "@/lib/agreements/markup";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { addMember, createOrgWithMember, testClient } from "@/lib/test/factories";
import { createDraftFromImport } from "./create-draft-from-import";
import { readFixture } from "./fixtures/read-fixture";
import { hit } from "@/lib/rate-limit/rate-limit";
import { IMPORTS_PER_10_MINUTES, readUploadedDpa } from "./read-uploaded-dpa";

const codeOf = (promise: Promise<unknown>) =>
  promise.then(() => "resolved", (error) => (error instanceof AppError ? error.code : String(error)));

const fixtureBytes = () => new TextEncoder().encode(readFixture("dpa-nl-artikel.txt"));

describe("importing a DPA", () => {
  it("reads an upload and creates a draft with its content", async () => {
    const ctx = await createOrgWithMember("EDITOR");
    const parsed = await readUploadedDpa(ctx, fixtureBytes());
    expect(parsed).toMatchObject({ kind: "text", language: "nl", summary: { articles: 13 } });
    // The review step sends the result back as JSON.
    const { agreementId } = await createDraftFromImport(ctx, JSON.parse(JSON.stringify({ language: parsed.language, content: parsed.content })), testClient);
    const { agreement, draft } = await getAgreementWithDraft(ctx, agreementId);
    expect(agreement.language).toBe("nl");
    expect(draft!.doc.title).toBe("VERWERKERSOVEREENKOMST OFFERTEWERK");
    expect(draft!.doc.articles).toHaveLength(13);
    expect(draft!.doc.articles[1].clauses[0].children).toHaveLength(2);
    expect(plainText(draft!.doc.articles[0].clauses[1].content)).toBe("De Verwerker verwerkt de persoonsgegevens niet voor eigen doeleinden.");
    expect(draft!.doc.subProcessors.map((s) => s.country)).toEqual(["DE", "US", "EU"]);
    expect(draft!.doc.dataCategories).toHaveLength(3);
  });

  it("refuses a viewer, and stores nothing for invalid content", async () => {
    const owner = await createOrgWithMember("OWNER");
    const viewer = await addMember(owner, "VIEWER");
    expect(await codeOf(readUploadedDpa(viewer, fixtureBytes()))).toBe("FORBIDDEN");
    const parsed = await readUploadedDpa(owner, fixtureBytes());
    expect(await codeOf(createDraftFromImport(viewer, { language: "nl", content: parsed.content }, testClient))).toBe("FORBIDDEN");
    const broken = { language: "nl", content: { ...parsed.content, title: "", articles: "not a list" } };
    expect(await codeOf(createDraftFromImport(owner, broken, testClient))).toBe("VALIDATION");
    expect(await db.agreement.count({ where: { organisationId: owner.orgId } })).toBe(0);
  });

  it("lets one person read at most 30 files in ten minutes", async () => {
    const ctx = await createOrgWithMember("EDITOR");
    // The earlier reads of this person, counted where readUploadedDpa counts them.
    for (let i = 0; i < IMPORTS_PER_10_MINUTES; i++) await hit(`import:user:${ctx.userId}`, { max: IMPORTS_PER_10_MINUTES, windowSeconds: 600 });
    const refusal = await readUploadedDpa(ctx, fixtureBytes()).catch((error: AppError) => `${error.code} ${error.message}`);
    expect(refusal).toBe("RATE_LIMITED import.error.tooMany");
    // Someone else is not affected.
    expect((await readUploadedDpa(await createOrgWithMember("EDITOR"), fixtureBytes())).kind).toBe("text");
  });
});
