import { createAgreement } from "@/lib/agreements/create-agreement";
import { getAgreementWithDraft } from "@/lib/agreements/get-draft";
import { publishVersion } from "@/lib/agreements/publish-version";
import { saveDraft } from "@/lib/agreements/save-draft";
import { signAsProcessor } from "@/lib/agreements/sign-as-processor";
import { toDraftContent } from "@/lib/agreements/version-doc";
import type { DraftContent } from "@/lib/agreements/schemas";
import type { OrgContext } from "@/lib/tenancy/context";
import { signaturePng, testClient, unique } from "./factories";

/** The standard template's marked fields ("[[Vul in: omschrijving]]") completed with their own hint ("omschrijving"). */
export function completeTemplateFields(content: DraftContent): DraftContent {
  const json = JSON.stringify(content).replace(/\[\[[^[\]]*\]\]/g, (field) => field.slice(2, -2).replace(/^(Vul in|Fill in):\s*/, ""));
  return JSON.parse(json) as DraftContent;
}

/** An agreement from the template with a complete draft (signatory, effective date), not yet signed. */
export async function createReadyDraft(ctx: OrgContext, edit?: (content: DraftContent) => void) {
  const agreement = await createAgreement(ctx, { title: unique("DPA"), language: "nl", startFrom: "template" }, testClient);
  const { draft } = await getAgreementWithDraft(ctx, agreement.id);
  const content = completeTemplateFields(toDraftContent(draft!.doc));
  content.effectiveDate = "2026-12-01";
  content.signatory = { name: "Sanne de Vries", function: "Directeur", place: "Amsterdam" };
  edit?.(content);
  const saved = await saveDraft(ctx, { agreementId: agreement.id, revision: draft!.revision, content });
  return { agreement, revision: saved.revision, content };
}

/** A published version 1, signed by the processor. */
export async function createPublishedAgreement(ctx: OrgContext, edit?: (content: DraftContent) => void) {
  const { agreement, revision } = await createReadyDraft(ctx, edit);
  await signAsProcessor(ctx, { agreementId: agreement.id, revision, method: "DRAWN", imageDataUrl: signaturePng(), consent: true }, testClient);
  const published = await publishVersion(ctx, { agreementId: agreement.id, changeSummary: "" }, testClient);
  return { agreement, ...published };
}
