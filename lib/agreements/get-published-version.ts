import "server-only";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { PublishedVersion } from "./types";
import { processorFromSnapshot, toVersionDoc, versionContentInclude } from "./version-doc";

export type ProcessorSignatureView = {
  signerName: string;
  signerFunction: string;
  place: string;
  organisationName: string;
  method: "DRAWN" | "TYPED";
  signedAt: Date;
  imagePng: Buffer;
  signerEmail: string;
  ip: string | null;
  userAgent: string | null;
  consentText: string;
  contentHash: string;
};

/**
 * Public read of a published version by its public address. Published agreements are public by
 * design (they are meant to be read before signing), so this is not tenant-scoped; drafts and
 * retired versions are never returned unless a number is asked for explicitly (retired texts stay
 * readable for whoever signed them).
 */
export async function getPublishedVersion(orgSlug: string, agreementSlug: string, number?: number) {
  const agreement = await db.agreement.findFirst({
    where: { slug: agreementSlug, organisation: { slug: orgSlug }, archivedAt: null },
    select: { id: true, slug: true, organisation: { select: { slug: true, legalName: true } } },
  });
  if (!agreement) throw notFound();
  const version = await db.agreementVersion.findFirst({
    where: number
      ? { agreementId: agreement.id, number, status: { in: ["PUBLISHED", "RETIRED"] } }
      : { agreementId: agreement.id, status: "PUBLISHED" },
    orderBy: { number: "desc" },
    include: versionContentInclude,
  });
  if (!version || version.number === null || !version.contentHash || !version.publishedAt) throw notFound();
  const signature = await db.signature.findFirst({
    where: { versionId: version.id, party: "PROCESSOR", contentHash: version.contentHash },
    orderBy: { signedAt: "desc" },
  });
  const published: PublishedVersion = {
    ...toVersionDoc(version, processorFromSnapshot(version)),
    id: version.id,
    agreementId: agreement.id,
    number: version.number,
    contentHash: version.contentHash,
    publishedAt: version.publishedAt,
    changeSummary: version.changeSummary,
  };
  return {
    agreement,
    status: version.status,
    version: published,
    processorSignature: signature ? toSignatureView(signature) : null,
  };
}

export function toSignatureView(signature: {
  signerName: string; signerFunction: string; place: string; organisationName: string; method: "DRAWN" | "TYPED";
  signedAt: Date; imagePng: Uint8Array; signerEmail: string; ip: string | null; userAgent: string | null; contentHash: string; consentText: string;
}): ProcessorSignatureView {
  return {
    signerName: signature.signerName,
    signerFunction: signature.signerFunction,
    place: signature.place,
    organisationName: signature.organisationName,
    method: signature.method,
    signedAt: signature.signedAt,
    imagePng: Buffer.from(signature.imagePng),
    signerEmail: signature.signerEmail,
    ip: signature.ip,
    userAgent: signature.userAgent,
    contentHash: signature.contentHash,
    consentText: signature.consentText,
  };
}
