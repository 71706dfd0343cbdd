import "server-only";
import { db } from "@/lib/db";
import { AppError, notFound, validationError } from "@/lib/errors";
import { assertCan, type OrgContext } from "@/lib/tenancy/context";
import { saveDraftInput } from "./schemas";
import { writeDraftContent } from "./version-doc";
import { transactionOptions } from "@/lib/db/transaction-options";

/**
 * Saves the whole draft. The caller names the revision it started from; if someone saved in the
 * meantime the save is refused with CONFLICT instead of silently overwriting their work.
 */
export async function saveDraft(ctx: OrgContext, input: unknown) {
  assertCan(ctx, "agreement.edit");
  const parsed = saveDraftInput.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error, "agreements.fixDraft");
  const { agreementId, revision, content } = parsed.data;

  return db.$transaction(async (tx) => {
    const draft = await tx.agreementVersion.findFirst({
      where: { agreementId, organisationId: ctx.orgId, status: "DRAFT" },
      select: { id: true },
    });
    if (!draft) throw notFound();
    // Compare-and-set on the revision: only one of two concurrent saves can win.
    const updated = await tx.agreementVersion.updateMany({
      where: { id: draft.id, revision },
      data: {
        revision: { increment: 1 },
        title: content.title,
        preamble: content.preamble,
        mainAgreement: content.mainAgreement,
        effectiveDate: content.effectiveDate ? new Date(`${content.effectiveDate}T00:00:00Z`) : null,
        noticePeriodDays: content.noticePeriodDays,
        signatoryName: content.signatory.name || null,
        signatoryFunction: content.signatory.function || null,
        signatoryPlace: content.signatory.place || null,
      },
    });
    if (updated.count === 0) throw new AppError("CONFLICT", "agreements.conflict");
    await writeDraftContent(tx, draft.id, content);
    return { revision: revision + 1 };
  }, transactionOptions.agreement);
}
