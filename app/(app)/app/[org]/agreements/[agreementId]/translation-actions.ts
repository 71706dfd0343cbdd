"use server";
import { headers } from "next/headers";
import { requireUser } from "@/lib/auth/current-user";
import { setTranslationOf } from "@/lib/agreements/set-translation-of";
import { clientInfo } from "@/lib/http/client-info";
import { runAction } from "@/lib/http/action-result";
import { getOrgContext } from "@/lib/tenancy/context";

export async function setTranslationOfAction(orgSlug: string, input: unknown) {
  return runAction(async () => {
    const user = await requireUser();
    return setTranslationOf(await getOrgContext(user.id, orgSlug), input, clientInfo(await headers()));
  });
}
