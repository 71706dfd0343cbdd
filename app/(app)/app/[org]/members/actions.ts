"use server";
import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/current-user";
import { clientInfo } from "@/lib/http/client-info";
import { runAction } from "@/lib/http/action-result";
import { formToObject } from "@/lib/http/form";
import { changeRole } from "@/lib/members/change-role";
import { inviteMember } from "@/lib/members/invite-member";
import { leaveOrganisation } from "@/lib/members/leave-organisation";
import { removeMember } from "@/lib/members/remove-member";
import { revokeInvitation } from "@/lib/members/revoke-invitation";
import { getOrgContext } from "@/lib/tenancy/context";

// Boundaries only: authenticate, resolve the tenant, hand the raw input to one service (which
// checks the role), map errors. The services refuse whatever the page would have hidden.

async function context(orgSlug: string) {
  const user = await requireUser();
  return { ctx: await getOrgContext(user.id, orgSlug), client: clientInfo(await headers()) };
}

export async function inviteMemberAction(orgSlug: string, formData: FormData) {
  return runAction(async () => {
    const { ctx, client } = await context(orgSlug);
    const { invitation } = await inviteMember(ctx, formToObject(formData), client);
    revalidatePath(`/app/${ctx.orgSlug}/members`);
    return { email: invitation.email };
  });
}

export async function revokeInvitationAction(orgSlug: string, invitationId: string) {
  return runAction(async () => {
    const { ctx, client } = await context(orgSlug);
    await revokeInvitation(ctx, invitationId, client);
    revalidatePath(`/app/${ctx.orgSlug}/members`);
    return {};
  });
}

export async function changeRoleAction(orgSlug: string, membershipId: string, role: string) {
  return runAction(async () => {
    const { ctx, client } = await context(orgSlug);
    const result = await changeRole(ctx, { membershipId, role }, client);
    revalidatePath(`/app/${ctx.orgSlug}`, "layout");
    return result;
  });
}

export async function removeMemberAction(orgSlug: string, membershipId: string) {
  return runAction(async () => {
    const { ctx, client } = await context(orgSlug);
    await removeMember(ctx, membershipId, client);
    revalidatePath(`/app/${ctx.orgSlug}/members`);
    return {};
  });
}

export async function leaveOrganisationAction(orgSlug: string) {
  return runAction(async () => {
    const { ctx, client } = await context(orgSlug);
    await leaveOrganisation(ctx, client);
    return {};
  });
}
