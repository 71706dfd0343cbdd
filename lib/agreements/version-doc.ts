import "server-only";
import type { Organisation, Prisma, Tx } from "@/lib/db";
import type { Block, ProcessorDetails, TransferBasis, VersionDoc } from "./types";
import type { DraftContent } from "./schemas";

/** Everything a version's content is made of, in order. */
export const versionContentInclude = {
  articles: {
    orderBy: { position: "asc" },
    include: { clauses: { orderBy: { position: "asc" } } },
  },
  dataCategories: { orderBy: { position: "asc" }, include: { items: { orderBy: { position: "asc" } } } },
  subProcessors: { orderBy: { position: "asc" } },
  translationOf: {
    select: { language: true, title: true, number: true, contentHash: true, agreement: { select: { slug: true } } },
  },
} satisfies Prisma.AgreementVersionInclude;

export type VersionWithContent = Prisma.AgreementVersionGetPayload<{ include: typeof versionContentInclude }>;

export function processorFromOrganisation(org: Organisation): ProcessorDetails {
  return {
    legalName: org.legalName,
    registrationNumber: org.registrationNumber,
    address: `${org.addressLine}, ${org.postalCode} ${org.city}`,
    city: org.city,
    country: org.country,
    privacyEmail: org.privacyEmail,
  };
}

/** A published version carries its own frozen copy of the processor's details. */
export function processorFromSnapshot(version: VersionWithContent): ProcessorDetails {
  return {
    legalName: version.processorLegalName ?? "",
    registrationNumber: version.processorRegistrationNumber ?? "",
    address: version.processorAddress ?? "",
    city: version.processorCity ?? "",
    country: version.processorCountry ?? "",
    privacyEmail: version.processorPrivacyEmail ?? "",
  };
}

export function toVersionDoc(version: VersionWithContent, processor: ProcessorDetails): VersionDoc {
  return {
    title: version.title,
    language: version.language,
    preamble: version.preamble,
    mainAgreement: version.mainAgreement,
    effectiveDate: version.effectiveDate ? version.effectiveDate.toISOString().slice(0, 10) : null,
    noticePeriodDays: version.noticePeriodDays,
    processor,
    signatory: {
      name: version.signatoryName ?? "",
      function: version.signatoryFunction ?? "",
      place: version.signatoryPlace ?? "",
    },
    articles: version.articles.map((article) => {
      const top = article.clauses.filter((clause) => !clause.parentId);
      return {
        id: article.id,
        title: article.title,
        clauses: top.map((clause) => ({
          id: clause.id,
          content: clause.content as Block[],
          children: article.clauses
            .filter((child) => child.parentId === clause.id)
            .map((child) => ({ id: child.id, content: child.content as Block[], children: [] })),
        })),
      };
    }),
    dataCategories: version.dataCategories.map((category) => ({
      name: category.name,
      items: category.items.map((item) => ({
        name: item.name,
        retention: item.retention,
        isSpecialCategory: item.isSpecialCategory,
      })),
    })),
    subProcessors: version.subProcessors.map((row) => ({
      name: row.name,
      serviceArea: row.serviceArea,
      purposes: row.purposes,
      dataConcerned: row.dataConcerned,
      country: row.country,
      transferBasis: row.transferBasis as TransferBasis,
    })),
    // Only a translation carries the key at all: documents without it keep their content hash.
    ...(version.translationOf?.number && version.translationOf.contentHash
      ? {
          translationOf: {
            language: version.translationOf.language,
            title: version.translationOf.title,
            number: version.translationOf.number,
            contentHash: version.translationOf.contentHash,
            agreementSlug: version.translationOf.agreement.slug,
          },
        }
      : {}),
  };
}

/** Replaces a draft's content. Only drafts can change: the database refuses it for published versions. */
export async function writeDraftContent(tx: Tx, versionId: string, content: DraftContent) {
  await tx.article.deleteMany({ where: { versionId } });
  await tx.dataSubjectCategory.deleteMany({ where: { versionId } });
  await tx.subProcessor.deleteMany({ where: { versionId } });

  for (const [position, article] of content.articles.entries()) {
    const created = await tx.article.create({ data: { versionId, position, title: article.title } });
    let clausePosition = 0;
    for (const clause of article.clauses) {
      const parent = await tx.clause.create({
        data: { articleId: created.id, position: clausePosition++, content: clause.content as Prisma.InputJsonValue },
      });
      if (clause.children.length) {
        await tx.clause.createMany({
          data: clause.children.map((child, index) => ({
            articleId: created.id,
            parentId: parent.id,
            position: index,
            content: child.content as Prisma.InputJsonValue,
          })),
        });
      }
    }
  }
  for (const [position, category] of content.dataCategories.entries()) {
    await tx.dataSubjectCategory.create({
      data: {
        versionId,
        position,
        name: category.name,
        items: { create: category.items.map((item, index) => ({ ...item, position: index })) },
      },
    });
  }
  if (content.subProcessors.length) {
    await tx.subProcessor.createMany({
      data: content.subProcessors.map((row, position) => ({ ...row, versionId, position })),
    });
  }
}

/** A VersionDoc as the editor's save input (sub-clauses have no children of their own). */
export function toDraftContent(doc: VersionDoc): DraftContent {
  return {
    title: doc.title,
    preamble: doc.preamble,
    mainAgreement: doc.mainAgreement,
    effectiveDate: doc.effectiveDate,
    noticePeriodDays: doc.noticePeriodDays,
    signatory: doc.signatory,
    articles: doc.articles.map((article) => ({
      title: article.title,
      clauses: article.clauses.map((clause) => ({
        content: clause.content,
        children: clause.children.map((child) => ({ content: child.content, children: [] })),
      })),
    })),
    dataCategories: doc.dataCategories,
    subProcessors: doc.subProcessors,
  };
}
