import "server-only";
import { notFound } from "next/navigation";
import { getAgreementWithDraft } from "@/lib/agreements/get-draft";
import { getPublishedVersion } from "@/lib/agreements/get-published-version";
import { AppError } from "@/lib/errors";
import type { OrgContext } from "@/lib/tenancy/context";

const isNotFound = (error: unknown) => error instanceof AppError && error.code === "NOT_FOUND";

/** The agreement with its draft for the pages of this route; another tenant's id gives Next's 404. */
export async function loadAgreement(ctx: OrgContext, agreementId: string) {
  try {
    return await getAgreementWithDraft(ctx, agreementId);
  } catch (error) {
    if (isNotFound(error)) notFound();
    throw error;
  }
}

/**
 * The agreement's current published version, or null. The public read is safe here: the agreement
 * was found through the tenant-scoped lookup above, and published versions are public anyway.
 */
export async function loadPublished(orgSlug: string, agreementSlug: string) {
  try {
    return await getPublishedVersion(orgSlug, agreementSlug);
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}
