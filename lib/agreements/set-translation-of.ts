import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { recordEvent } from "@/lib/audit/record-event";
import { AppError, notFound, validationError } from "@/lib/errors";
import type { ClientInfo } from "@/lib/http/client-info";
import { assertCan, type OrgContext } from "@/lib/tenancy/context";
import { transactionOptions } from "@/lib/db/transaction-options";

const input = z.object({
  agreementId: z.string().min(1).max(40),
  baseVersionId: z.string().min(1).max(40).nullable(),
});

/**
 * Marks the agreement's draft as a translation of a published version of another agreement of
 * this organisation in the other language (or as a binding text again, with null). The link is
 * part of the draft's content hash, so an earlier processor signature becomes stale.
 */
export async function setTranslationOf(ctx: OrgContext, raw: unknown, client: ClientInfo) {
  assertCan(ctx, "agreement.edit");
  const parsed = input.safeParse(raw);
  if (!parsed.success) throw validationError(parsed.error, "validation.fix");
  const { agreementId, baseVersionId } = parsed.data;

  return db.$transaction(async (tx) => {
    const draft = await tx.agreementVersion.findFirst({
      where: { agreementId, organisationId: ctx.orgId, status: "DRAFT" },
      select: { id: true, language: true },
    });
    if (!draft) throw notFound();
    if (baseVersionId) {
      const base = await tx.agreementVersion.findFirst({
        where: { id: baseVersionId, organisationId: ctx.orgId, status: "PUBLISHED", translationOfId: null },
        select: { id: true, language: true, agreementId: true },
      });
      if (!base) throw notFound();
      if (base.agreementId === agreementId || base.language === draft.language) {
        throw new AppError("VALIDATION", "validation.fix", { baseVersionId: "agreements.translationSameLanguage" });
      }
    }
    await tx.agreementVersion.update({
      where: { id: draft.id },
      data: { translationOfId: baseVersionId, isBinding: baseVersionId === null },
    });
    await recordEvent(tx, {
      type: "version.translation_set",
      actorType: "USER",
      actorUserId: ctx.userId,
      organisationId: ctx.orgId,
      agreementId,
      versionId: draft.id,
      client,
      data: { translationOfId: baseVersionId },
    });
    return { isBinding: baseVersionId === null };
  }, transactionOptions.short);
}

/** Published binding versions this agreement's draft could translate: other language, same organisation. */
export async function listTranslationCandidates(ctx: OrgContext, agreementId: string) {
  assertCan(ctx, "agreement.read");
  const draft = await db.agreementVersion.findFirst({
    where: { agreementId, organisationId: ctx.orgId, status: "DRAFT" },
    select: { language: true, translationOfId: true },
  });
  if (!draft) return { current: null, candidates: [] };
  const candidates = await db.agreementVersion.findMany({
    where: {
      organisationId: ctx.orgId,
      status: "PUBLISHED",
      translationOfId: null,
      language: { not: draft.language },
      agreementId: { not: agreementId },
    },
    orderBy: [{ title: "asc" }, { number: "desc" }],
    select: { id: true, title: true, number: true, language: true },
  });
  return { current: draft.translationOfId, candidates };
}
