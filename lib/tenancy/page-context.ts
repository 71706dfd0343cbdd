import "server-only";
import { cache } from "react";
import { notFound } from "next/navigation";
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
    throw error;
  }
});
