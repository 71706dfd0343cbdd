import "server-only";
import { db, Prisma } from "@/lib/db";
import { recordEvent } from "@/lib/audit/record-event";
import { AppError, notFound } from "@/lib/errors";
import type { ClientInfo } from "@/lib/http/client-info";
import { assertCan, type OrgContext } from "@/lib/tenancy/context";
import { processorFromSnapshot, toDraftContent, toVersionDoc, versionContentInclude, writeDraftContent } from "./version-doc";
import { transactionOptions } from "@/lib/db/transaction-options";

/** A revision starts as a copy of the published version. An agreement has at most one draft. */
export async function startNewDraft(ctx: OrgContext, agreementId: string, client: ClientInfo) {
  assertCan(ctx, "agreement.edit");
  try {
    return await db.$transaction(async (tx) => {
      const published = await tx.agreementVersion.findFirst({
        where: { agreementId, organisationId: ctx.orgId, status: "PUBLISHED" },
        include: versionContentInclude,
      });
      if (!published) throw notFound();
      const doc = toVersionDoc(published, processorFromSnapshot(published));
      const draft = await tx.agreementVersion.create({
        data: {
          agreementId,
          organisationId: ctx.orgId,
          draftOfAgreement: agreementId,
          language: published.language,
          title: doc.title,
          preamble: doc.preamble,
          mainAgreement: doc.mainAgreement,
          noticePeriodDays: doc.noticePeriodDays,
          signatoryName: doc.signatory.name || null,
          signatoryFunction: doc.signatory.function || null,
          signatoryPlace: doc.signatory.place || null,
        },
      });
      await writeDraftContent(tx, draft.id, { ...toDraftContent(doc), effectiveDate: null });
      await recordEvent(tx, {
        type: "version.draft_started",
        actorType: "USER",
        actorUserId: ctx.userId,
        organisationId: ctx.orgId,
        agreementId,
        versionId: draft.id,
        client,
        data: { from: published.id },
      });
      return { versionId: draft.id };
    }, transactionOptions.agreement);
  } catch (error) {
    // The unique draftOfAgreement column: a second draft is refused by the database itself.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", "agreements.draftExists");
    }
    throw error;
  }
}
