import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getAgreementWithDraft } from "@/lib/agreements/get-draft";
import { getTrustPage } from "@/lib/agreements/get-trust-page";
import { publishVersion } from "@/lib/agreements/publish-version";
import { saveDraft } from "@/lib/agreements/save-draft";
import { signAsProcessor } from "@/lib/agreements/sign-as-processor";
import { startNewDraft } from "@/lib/agreements/start-new-draft";
import { toDraftContent } from "@/lib/agreements/version-doc";
import type { DraftContent } from "@/lib/agreements/schemas";
import { AppError } from "@/lib/errors";
import { renderRedlinePdf } from "@/lib/pdf/redline/render-redline-pdf";
import { createPublishedAgreement } from "@/lib/test/agreements";
import { addMember, createOrgWithMember, signaturePng, testClient } from "@/lib/test/factories";
import type { OrgContext } from "@/lib/tenancy/context";
import { getRedline } from "./get-redline";
import { defaultComparison, listVersions } from "./list-versions";
import { getSubProcessorHistory } from "./sub-processor-history";

const codeOf = (promise: Promise<unknown>) =>
  promise.then(() => "resolved", (error) => (error instanceof AppError ? error.code : String(error)));

/** Starts a new draft of a published agreement and saves it with `edit` applied. */
async function editNewDraft(ctx: OrgContext, agreementId: string, edit: (content: DraftContent) => void) {
  await startNewDraft(ctx, agreementId, testClient);
  const { draft } = await getAgreementWithDraft(ctx, agreementId);
  const content = toDraftContent(draft!.doc);
  content.effectiveDate = "2027-01-01";
  edit(content);
  const saved = await saveDraft(ctx, { agreementId, revision: draft!.revision, content });
  return saved.revision;
}

async function publishDraft(ctx: OrgContext, agreementId: string, revision: number, changeSummary: string) {
  await signAsProcessor(ctx, { agreementId, revision, method: "DRAWN", imageDataUrl: signaturePng(), consent: true }, testClient);
  return publishVersion(ctx, { agreementId, changeSummary }, testClient);
}

const newSubProcessor = {
  name: "Anthropic",
  serviceArea: "App",
  purposes: "Tekstsuggesties",
  dataConcerned: "Offerteteksten",
  country: "US",
  transferBasis: "STANDARD_CONTRACTUAL_CLAUSES" as const,
};

describe("versions and redlines", () => {
  it("lists versions, compares published versions and the draft, and hides them from other tenants", async () => {
    const owner = await createOrgWithMember("OWNER");
    const viewer = await addMember(owner, "VIEWER");
    const stranger = await createOrgWithMember("OWNER");
    const { agreement } = await createPublishedAgreement(owner);
    const revision = await editNewDraft(owner, agreement.id, (content) => {
      const first = content.articles[0].clauses[0].content[0];
      if (first.type === "paragraph") first.runs.push({ text: " Dit geldt ook voor schriftelijke instructies." });
      content.subProcessors.push(newSubProcessor);
    });
    await publishDraft(owner, agreement.id, revision, "Nieuwe subverwerker voor tekstsuggesties");
    const revision3 = await editNewDraft(owner, agreement.id, (content) => {
      content.noticePeriodDays = 30;
    });
    expect(revision3).toBeGreaterThan(0);

    const { versions } = await listVersions(viewer, agreement.id);
    expect(versions.map((v) => [v.status, v.number])).toEqual([["DRAFT", null], ["PUBLISHED", 2], ["RETIRED", 1]]);
    expect(versions[1].changeSummary).toBe("Nieuwe subverwerker voor tekstsuggesties");
    expect(versions[1].contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(defaultComparison(versions)).toEqual({ from: versions[1].id, to: versions[0].id });

    const v1v2 = await getRedline(viewer, agreement.id, versions[2].id, versions[1].id);
    expect(v1v2.redline.summary).toMatchObject({ clausesChanged: 1, clausesAdded: 0, clausesRemoved: 0, subProcessorsAdded: 1 });
    const changed = v1v2.redline.articles[0].clauses[0];
    expect(changed.kind).toBe("changed");
    if (changed.kind === "changed") expect(changed.parts.some((p) => p.change === "added" && p.text.includes("schriftelijke"))).toBe(true);

    const v2draft = await getRedline(owner, agreement.id, versions[1].id, versions[0].id);
    expect(v2draft.redline.fields.map((f) => f.field)).toContain("noticePeriodDays");
    expect(v2draft.to.status).toBe("DRAFT");

    expect(await codeOf(listVersions(stranger, agreement.id))).toBe("NOT_FOUND");
    expect(await codeOf(getRedline(stranger, agreement.id, versions[2].id, versions[1].id))).toBe("NOT_FOUND");
    // Another tenant's version id under one's own agreement: not found either.
    const { agreement: other, versionId: otherVersionId } = await createPublishedAgreement(stranger);
    expect(other.id).toBeTruthy();
    expect(await codeOf(getRedline(owner, agreement.id, versions[2].id, otherVersionId))).toBe("NOT_FOUND");
    expect(await codeOf(getRedline(owner, agreement.id, "", versions[1].id))).toBe("NOT_FOUND");

    const pdf = await renderRedlinePdf(v1v2, new Date("2026-11-21T12:00:00Z"));
    const file = path.join(os.tmpdir(), `redline-${agreement.id}.pdf`);
    fs.writeFileSync(file, pdf);
    const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" });
    expect(text).toContain("schriftelijke");
    expect(text).toContain("Anthropic");
    expect(text).toContain("Redline");
    expect(text).toContain("Versie 1 vergeleken met Versie 2");
    const fonts = execFileSync("pdffonts", [file], { encoding: "utf8" });
    expect(fonts).toContain("DejaVuSansCondensed");
    expect(fonts).not.toMatch(/Helvetica|Times/);
    if (!process.env.KEEP_REDLINE_PDF) fs.rmSync(file);
  });

  it("keeps a history of sub-processor changes per published version for the trust page", async () => {
    const owner = await createOrgWithMember("OWNER");
    const { agreement } = await createPublishedAgreement(owner);
    const revision = await editNewDraft(owner, agreement.id, (content) => {
      content.subProcessors.push(newSubProcessor);
      content.subProcessors[0].purposes = `${content.subProcessors[0].purposes} en back-ups`;
    });
    await publishDraft(owner, agreement.id, revision, "Subverwerkers bijgewerkt");
    // A draft is never public.
    await editNewDraft(owner, agreement.id, (content) => {
      content.subProcessors = [];
    });

    const history = (await getSubProcessorHistory(owner.orgId)).get(agreement.id)!;
    expect(history.map((entry) => entry.number)).toEqual([2, 1]);
    expect(history[1]).toMatchObject({ isFirst: true, added: [], removed: [] });
    expect(history[0].added.map((row) => row.name)).toEqual(["Anthropic"]);
    expect(history[0].removed).toEqual([]);
    expect(history[0].changed).toHaveLength(1);
    expect(history[0].changed[0].changedFields).toEqual(["purposes"]);

    const { orgSlug } = owner;
    const page = await getTrustPage(orgSlug);
    const listed = page.agreements.find((a) => a.number === 2)!;
    expect(listed.subProcessorHistory[0].added[0].name).toBe("Anthropic");
  });
});
