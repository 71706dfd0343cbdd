import "server-only";
import { db } from "@/lib/db";
import { recordEvent } from "@/lib/audit/record-event";
import { AppError, notFound, validationError } from "@/lib/errors";
import type { ClientInfo } from "@/lib/http/client-info";
import { assertCan, type OrgContext } from "@/lib/tenancy/context";
import { contentHash } from "./canonical";
import { publishProblems } from "./publish-problems";
import { publishInput } from "./schemas";
import { processorFromOrganisation, toVersionDoc, versionContentInclude } from "./version-doc";
import { transactionOptions } from "@/lib/db/transaction-options";

/**
 * Publishes the agreement's draft: freezes the processor's details into it, gives it the next
 * number and its content hash, and retires the version it replaces. From here on the database
 * refuses any change to its content.
 */
export async function publishVersion(ctx: OrgContext, raw: unknown, client: ClientInfo) {
  assertCan(ctx, "agreement.publish");
  const parsed = publishInput.safeParse(raw);
  if (!parsed.success) throw validationError(parsed.error, "validation.fix");
  const { agreementId, changeSummary } = parsed.data;

  const published = await db.$transaction(async (tx) => {
    // One publication per agreement at a time: the row lock serialises concurrent publishes.
    await tx.$queryRaw`SELECT id FROM "Agreement" WHERE id = ${agreementId} AND "organisationId" = ${ctx.orgId} FOR UPDATE`;
    const draft = await tx.agreementVersion.findFirst({
      where: { agreementId, organisationId: ctx.orgId, status: "DRAFT" },
      include: { ...versionContentInclude, organisation: true },
    });
    if (!draft) throw notFound();
    const processor = processorFromOrganisation(draft.organisation);
    const doc = toVersionDoc(draft, processor);
    const problems = publishProblems(doc);
    if (problems.length) {
      throw new AppError("VALIDATION", "agreements.notPublishable", Object.fromEntries(problems.map((p) => [p.path, p.message])));
    }
    const previous = await tx.agreementVersion.findFirst({
      where: { agreementId, status: "PUBLISHED" },
      orderBy: { number: "desc" },
    });
    if (previous && !changeSummary) {
      throw new AppError("VALIDATION", "validation.fix", { changeSummary: "agreements.changeSummaryNeeded" });
    }
    const hash = contentHash(doc);
    const signature = await tx.signature.findFirst({
      where: { versionId: draft.id, party: "PROCESSOR" },
      orderBy: { signedAt: "desc" },
    });
    if (!signature || signature.contentHash !== hash) throw new AppError("VALIDATION", "agreements.processorSignatureNeeded");

    const last = await tx.agreementVersion.aggregate({ where: { agreementId }, _max: { number: true } });
    const number = (last._max.number ?? 0) + 1;
    const now = new Date();
    if (previous) {
      await tx.agreementVersion.update({ where: { id: previous.id }, data: { status: "RETIRED", retiredAt: now } });
    }
    const version = await tx.agreementVersion.update({
      where: { id: draft.id },
      data: {
        status: "PUBLISHED",
        draftOfAgreement: null,
        number,
        contentHash: hash,
        changeSummary: changeSummary || null,
        publishedAt: now,
        publishedById: ctx.userId,
        processorLegalName: processor.legalName,
        processorRegistrationNumber: processor.registrationNumber,
        processorAddress: processor.address,
        processorCity: processor.city,
        processorCountry: processor.country,
        processorPrivacyEmail: processor.privacyEmail,
      },
    });
    await recordEvent(tx, {
      type: "version.published",
      actorType: "USER",
      actorUserId: ctx.userId,
      organisationId: ctx.orgId,
      agreementId,
      versionId: version.id,
      client,
      data: { number, contentHash: hash, retiredVersionId: previous?.id ?? null },
    });
    return { versionId: version.id, number, contentHash: hash, orgSlug: draft.organisation.slug };
  }, transactionOptions.agreement);
  return published;
}
