import "server-only";
import { db, Prisma } from "@/lib/db";
import { recordEvent } from "@/lib/audit/record-event";
import { validationError } from "@/lib/errors";
import type { ClientInfo } from "@/lib/http/client-info";
import { slugCandidate, slugify } from "@/lib/organisations/slug";
import { assertCan, type OrgContext } from "@/lib/tenancy/context";
import { createAgreementInput } from "./schemas";
import { starterContent } from "./template";
import { writeDraftContent } from "./version-doc";
import { transactionOptions } from "@/lib/db/transaction-options";

/** A new agreement with its first draft, from the standard template or blank. */
export async function createAgreement(ctx: OrgContext, input: unknown, client: ClientInfo) {
  assertCan(ctx, "agreement.edit");
  const parsed = createAgreementInput.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error, "validation.fix");
  const { title, language, startFrom } = parsed.data;
  const organisation = await db.organisation.findUniqueOrThrow({ where: { id: ctx.orgId }, select: { legalName: true, city: true } });
  const content = starterContent(language, startFrom, title, organisation);

  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await db.$transaction(async (tx) => {
        const existing = await tx.agreement.findMany({ where: { organisationId: ctx.orgId }, select: { slug: true } });
        const taken = new Set(existing.map((a) => a.slug));
        const base = slugify(title);
        let slug = base;
        for (let n = 0; taken.has(slug); n++) slug = slugCandidate(base, n + 1);

        const agreement = await tx.agreement.create({ data: { organisationId: ctx.orgId, slug, title, language } });
        const version = await tx.agreementVersion.create({
          data: {
            agreementId: agreement.id,
            organisationId: ctx.orgId,
            draftOfAgreement: agreement.id,
            language,
            title: content.title,
            preamble: content.preamble,
            mainAgreement: content.mainAgreement,
            noticePeriodDays: content.noticePeriodDays,
          },
        });
        await writeDraftContent(tx, version.id, content);
        await recordEvent(tx, {
          type: "agreement.created",
          actorType: "USER",
          actorUserId: ctx.userId,
          organisationId: ctx.orgId,
          agreementId: agreement.id,
          versionId: version.id,
          client,
          data: { title, language, startFrom },
        });
        return agreement;
      }, transactionOptions.agreement);
    } catch (error) {
      // Two agreements with the same title at once: take the next free slug.
      if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") || attempt === 2) throw error;
    }
  }
  throw new Error("unreachable");
}
