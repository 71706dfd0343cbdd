"use server";
import { headers } from "next/headers";
import { requireUser } from "@/lib/auth/current-user";
import { runAction } from "@/lib/http/action-result";
import { clientInfo } from "@/lib/http/client-info";
import { createDraftFromImport } from "@/lib/import/create-draft-from-import";
import { getOrgContext } from "@/lib/tenancy/context";

/** The reviewed import, sent back by the browser: validated again and saved as a new draft. */
export async function createDraftFromImportAction(orgSlug: string, input: unknown) {
  return runAction(async () => {
    const user = await requireUser();
    return createDraftFromImport(await getOrgContext(user.id, orgSlug), input, clientInfo(await headers()));
  });
}
