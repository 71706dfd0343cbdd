import "server-only";
import { cache } from "react";
import { notFound, redirect } from "next/navigation";
import { setUpTwoFactorFirst, verifyEmailFirst } from "@/lib/auth/account-guard";
import { requireUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";
import { getOrgContext } from "./context";

/** For pages under /app/[org]: the signed-in user's context, or Next's 404 page. */
export const loadOrgContext = cache(async (orgSlug: string) => {
  const user = await requireUser();
  try {
    return { user, ctx: await getOrgContext(user.id, orgSlug) };
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    if (error instanceof AppError && error.message === verifyEmailFirst) redirect("/account/verify-email");
    if (error instanceof AppError && error.message === setUpTwoFactorFirst) redirect(`/account/two-factor?next=${encodeURIComponent(`/app/${orgSlug}`)}`);
    throw error;
  }
});
