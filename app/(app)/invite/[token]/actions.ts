"use server";
import { headers } from "next/headers";
import { getCurrentUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";
import { clientInfo } from "@/lib/http/client-info";
import { runAction } from "@/lib/http/action-result";
import { formToObject } from "@/lib/http/form";
import { acceptInvitation, signUpWithInvitation } from "@/lib/members/accept-invitation";

export async function acceptInvitationAction(token: string) {
  return runAction(async () => {
    const user = await getCurrentUser();
    if (!user) throw new AppError("UNAUTHENTICATED", "members.invite.signInToAccept");
    return acceptInvitation(token, user, clientInfo(await headers()));
  });
}

/** Creates only the user (no organisation) with the invited address and joins; the form then signs in. */
export async function signUpWithInvitationAction(token: string, formData: FormData) {
  return runAction(async () => signUpWithInvitation(token, formToObject(formData), clientInfo(await headers())));
}
