"use server";
import { headers } from "next/headers";
import { requireUser } from "@/lib/auth/current-user";
import { createAgreement } from "@/lib/agreements/create-agreement";
import { clientInfo } from "@/lib/http/client-info";
import { runAction } from "@/lib/http/action-result";
import { formToObject } from "@/lib/http/form";
import { getOrgContext } from "@/lib/tenancy/context";

export async function createAgreementAction(orgSlug: string, formData: FormData) {
  return runAction(async () => {
    const user = await requireUser();
    const agreement = await createAgreement(await getOrgContext(user.id, orgSlug), formToObject(formData), clientInfo(await headers()));
    return { agreementId: agreement.id };
  });
}
