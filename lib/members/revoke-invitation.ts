import "server-only";
import { db } from "@/lib/db";
import { recordEvent } from "@/lib/audit/record-event";
import { notFound } from "@/lib/errors";
import type { ClientInfo } from "@/lib/http/client-info";
import { assertCan, type OrgContext } from "@/lib/tenancy/context";
import { id } from "./schemas";
import { transactionOptions } from "@/lib/db/transaction-options";

/** Revokes an open invitation of this organisation; its link stops working at once. */
export async function revokeInvitation(ctx: OrgContext, invitationId: unknown, client: ClientInfo) {
  assertCan(ctx, "members.manage");
  const parsed = id.safeParse(invitationId);
  if (!parsed.success) throw notFound();
  return db.$transaction(async (tx) => {
    const invitation = await tx.invitation.findFirst({
      where: { id: parsed.data, organisationId: ctx.orgId, acceptedAt: null, revokedAt: null },
      select: { id: true, role: true },
    });
    if (!invitation) throw notFound();
    if (invitation.role === "OWNER") assertCan(ctx, "members.manageOwners");
    // Compare-and-set: a link accepted a moment ago is not revoked afterwards.
    const { count } = await tx.invitation.updateMany({
      where: { id: invitation.id, organisationId: ctx.orgId, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count !== 1) throw notFound();
    await recordEvent(tx, {
      type: "invitation.revoked",
      actorType: "USER",
      actorUserId: ctx.userId,
      organisationId: ctx.orgId,
      client,
      data: { invitationId: invitation.id },
    });
    return { invitationId: invitation.id };
  }, transactionOptions.short);
}
