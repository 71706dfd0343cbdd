import "server-only";
import { notFound } from "next/navigation";
import { AppError } from "@/lib/errors";
import type { OrgContext } from "@/lib/tenancy/context";
import { getRedline } from "@/lib/versions/get-redline";
import { listVersions } from "@/lib/versions/list-versions";

const isNotFound = (error: unknown) => error instanceof AppError && error.code === "NOT_FOUND";

/** The services of these pages, with another tenant's (or a malformed) id giving Next's 404. */
export async function loadVersions(ctx: OrgContext, agreementId: string) {
  try {
    return await listVersions(ctx, agreementId);
  } catch (error) {
    if (isNotFound(error)) notFound();
    throw error;
  }
}

export async function loadRedline(ctx: OrgContext, agreementId: string, from: string, to: string) {
  try {
    return await getRedline(ctx, agreementId, from, to);
  } catch (error) {
    if (isNotFound(error)) notFound();
    throw error;
  }
}

/** A search parameter as one string ("" when missing or repeated). */
export function single(value: string | string[] | undefined): string {
  return typeof value === "string" ? value : "";
}
