"use server";
import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/current-user";
import { saveDraft } from "@/lib/agreements/save-draft";
import { signAsProcessor } from "@/lib/agreements/sign-as-processor";
import { publishVersion } from "@/lib/agreements/publish-version";
import { startNewDraft } from "@/lib/agreements/start-new-draft";
import { clientInfo } from "@/lib/http/client-info";
import { runAction } from "@/lib/http/action-result";
import { getOrgContext } from "@/lib/tenancy/context";

// Boundaries: authenticate, resolve the tenant from the URL's slug, hand the raw input to one
// service (which parses it with zod and checks the role), map errors.

export async function saveDraftAction(orgSlug: string, input: unknown) {
  return runAction(async () => {
    const user = await requireUser();
    return saveDraft(await getOrgContext(user.id, orgSlug), input);
  });
}

export async function signAsProcessorAction(orgSlug: string, input: unknown) {
  return runAction(async () => {
    const user = await requireUser();
    return signAsProcessor(await getOrgContext(user.id, orgSlug), input, clientInfo(await headers()));
  });
}

export async function publishAction(orgSlug: string, input: unknown) {
  return runAction(async () => {
    const user = await requireUser();
    const result = await publishVersion(await getOrgContext(user.id, orgSlug), input, clientInfo(await headers()));
    // Public pages are cached per route pattern: refresh the trust page and every agreement page
    // (publications are rare; a pattern refresh is cheap next to serving a stale agreement).
    revalidatePath("/(public)/[org]", "layout");
    revalidatePath(`/${result.orgSlug}`);
    return result;
  });
}

export async function startNewDraftAction(orgSlug: string, agreementId: string) {
  return runAction(async () => {
    const user = await requireUser();
    return startNewDraft(await getOrgContext(user.id, orgSlug), agreementId, clientInfo(await headers()));
  });
}
