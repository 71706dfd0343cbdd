import "server-only";
import { cache } from "react";
import { notFound } from "next/navigation";
import { getPublishedVersion } from "@/lib/agreements/get-published-version";
import { AppError } from "@/lib/errors";
import { parseSlug } from "./public-params";

/**
 * The public pages' one way to a published version: malformed addresses and the service's
 * NOT_FOUND become Next's 404 page. Cached per render, so metadata and page share one query.
 */
export const loadPublishedVersion = cache(async (orgSlug: string, agreementSlug: string, number?: number) => {
  const org = parseSlug(orgSlug);
  const agreement = parseSlug(agreementSlug);
  if (!org || !agreement) notFound();
  try {
    return await getPublishedVersion(org, agreement, number);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
});

/** The number of the current version, or null when none is published (any more). */
export async function loadCurrentVersionNumber(orgSlug: string, agreementSlug: string): Promise<number | null> {
  try {
    return (await getPublishedVersion(orgSlug, agreementSlug)).version.number;
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return null;
    throw error;
  }
}
