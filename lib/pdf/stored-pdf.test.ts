import { describe, expect, it } from "vitest";
import { getAgreementWithDraft } from "@/lib/agreements/get-draft";
import { getPublishedVersion } from "@/lib/agreements/get-published-version";
import { publishVersion } from "@/lib/agreements/publish-version";
import { saveDraft } from "@/lib/agreements/save-draft";
import { signAsProcessor } from "@/lib/agreements/sign-as-processor";
import { startNewDraft } from "@/lib/agreements/start-new-draft";
import { toDraftContent } from "@/lib/agreements/version-doc";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createPublishedAgreement } from "@/lib/test/agreements";
import { createOrgWithMember, signaturePng, testClient, uniqueClient } from "@/lib/test/factories";
import { listVersions } from "@/lib/versions/list-versions";
import { getRedlinePdf } from "@/lib/versions/get-redline-pdf";
import { getUnsignedVersionPdf } from "./get-unsigned-version-pdf";
import { assertPdfRequestAllowed, PDF_ROUTE_LIMITS } from "./render-rate-limit";
import { getBlob } from "@/lib/storage";

async function publishedWithDraft() {
  const owner = await createOrgWithMember("OWNER");
  const { agreement } = await createPublishedAgreement(owner);
  await startNewDraft(owner, agreement.id, testClient);
  const { draft } = await getAgreementWithDraft(owner, agreement.id);
  const content = toDraftContent(draft!.doc);
  content.effectiveDate = "2027-01-01";
  content.noticePeriodDays = 45;
  const saved = await saveDraft(owner, { agreementId: agreement.id, revision: draft!.revision, content });
  await signAsProcessor(owner, { agreementId: agreement.id, revision: saved.revision, method: "DRAWN", imageDataUrl: signaturePng(), consent: true }, testClient);
  await publishVersion(owner, { agreementId: agreement.id, changeSummary: "Opzegtermijn" }, testClient);
  // And a draft of version 3.
  await startNewDraft(owner, agreement.id, testClient);
  const { versions } = await listVersions(owner, agreement.id);
  return { owner, agreement, versions };
}

describe("PDFs of immutable versions are rendered once and kept", () => {
  it("renders the unsigned PDF of a published version once: the second request reads the stored row", async () => {
    const owner = await createOrgWithMember("OWNER");
    const { agreement } = await createPublishedAgreement(owner);
    const org = await db.organisation.findUniqueOrThrow({ where: { id: owner.orgId }, select: { slug: true } });
    const published = await getPublishedVersion(org.slug, agreement.slug, 1);

    const first = await getUnsignedVersionPdf(published);
    expect(first.wasRendered).toBe(true);
    expect(first.bytes.subarray(0, 5).toString()).toBe("%PDF-");
    const started = performance.now();
    const second = await getUnsignedVersionPdf(await getPublishedVersion(org.slug, agreement.slug, 1));
    console.info(`unsigned PDF: stored read in ${(performance.now() - started).toFixed(0)} ms`);
    expect(second.wasRendered).toBe(false);
    expect(Buffer.compare(second.bytes, first.bytes)).toBe(0);

    const rows = await db.renderedPdf.findMany({ where: { kind: "unsigned", versionId: published.version.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ language: "nl", sha256: first.sha256, size: first.bytes.length });
    expect(Buffer.compare(Buffer.from(await getBlob(rows[0])), first.bytes)).toBe(0);
  });

  it("stores one row when many requests render the same PDF at once", async () => {
    const owner = await createOrgWithMember("OWNER");
    const { agreement } = await createPublishedAgreement(owner);
    const org = await db.organisation.findUniqueOrThrow({ where: { id: owner.orgId }, select: { slug: true } });
    const published = await getPublishedVersion(org.slug, agreement.slug, 1);
    const results = await Promise.all(Array.from({ length: 5 }, () => getUnsignedVersionPdf(published)));
    expect(new Set(results.map((result) => result.sha256)).size).toBe(1);
    expect(await db.renderedPdf.count({ where: { versionId: published.version.id } })).toBe(1);
  });

  it("keeps the redline between two published versions, and renders a redline against the draft every time", async () => {
    const { owner, agreement, versions } = await publishedWithDraft();
    expect(versions.map((version) => [version.status, version.number])).toEqual([["DRAFT", null], ["PUBLISHED", 2], ["RETIRED", 1]]);
    const [draft, v2, v1] = versions;

    const first = await getRedlinePdf(owner, agreement.id, v1.id, v2.id);
    const second = await getRedlinePdf(owner, agreement.id, v1.id, v2.id);
    expect([first.wasRendered, second.wasRendered]).toEqual([true, false]);
    expect(Buffer.compare(first.bytes, second.bytes)).toBe(0);
    const stored = await db.renderedPdf.findMany({ where: { kind: "redline", versionId: v2.id, fromVersionId: v1.id } });
    expect(stored).toHaveLength(1);
    expect(Buffer.compare(Buffer.from(await getBlob(stored[0])), first.bytes)).toBe(0);

    const againstDraft = await getRedlinePdf(owner, agreement.id, v2.id, draft.id);
    const againstDraftAgain = await getRedlinePdf(owner, agreement.id, v2.id, draft.id);
    expect([againstDraft.wasRendered, againstDraftAgain.wasRendered]).toEqual([true, true]);
    expect(await db.renderedPdf.count({ where: { OR: [{ versionId: draft.id }, { fromVersionId: draft.id }] } })).toBe(0);

    // Another organisation cannot reach the stored redline.
    const stranger = await createOrgWithMember("OWNER");
    const refusal = await getRedlinePdf(stranger, agreement.id, v1.id, v2.id).catch((error: AppError) => error.code);
    expect(refusal).toBe("NOT_FOUND");
  });

  it("limits PDF requests per address (IPv6 by /64) and answers 429 over the limit", async () => {
    const ip = uniqueClient().ip;
    for (let i = 0; i < PDF_ROUTE_LIMITS.redline.max; i++) await assertPdfRequestAllowed("redline", ip);
    // Another address in the same /64 shares the limit.
    const neighbour = `${ip.split("::")[0]}::beef`;
    const limited = await assertPdfRequestAllowed("redline", neighbour).catch((error: AppError) => error);
    expect(limited).toBeInstanceOf(AppError);
    expect((limited as AppError).status).toBe(429);
    expect((limited as AppError & { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(0);
    // The unsigned PDF has its own count, and another network is not affected.
    await expect(assertPdfRequestAllowed("unsigned", ip)).resolves.toBeUndefined();
    await expect(assertPdfRequestAllowed("redline", uniqueClient().ip)).resolves.toBeUndefined();
  });
});
