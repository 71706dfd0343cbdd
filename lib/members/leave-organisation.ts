import "server-only";
import { db } from "@/lib/db";
import { recordEvent } from "@/lib/audit/record-event";
import { notFound } from "@/lib/errors";
import type { ClientInfo } from "@/lib/http/client-info";
import { assertCan, type OrgContext } from "@/lib/tenancy/context";
import { assertNotLastOwner, lockOwners } from "./owners";
import { transactionOptions } from "@/lib/db/transaction-options";

/** Any member may leave, except the last owner. */
export async function leaveOrganisation(ctx: OrgContext, client: ClientInfo) {
  assertCan(ctx, "organisation.read");
  return db.$transaction(async (tx) => {
    const ownerIds = await lockOwners(tx, ctx.orgId);
    const member = await tx.membership.findFirst({
      where: { userId: ctx.userId, organisationId: ctx.orgId },
      select: { id: true, role: true },
    });
    if (!member) throw notFound();
    if (member.role === "OWNER") assertNotLastOwner(ownerIds, member.id);
    await tx.membership.delete({ where: { id: member.id } });
    await recordEvent(tx, {
      type: "member.left",
      actorType: "USER",
      actorUserId: ctx.userId,
      organisationId: ctx.orgId,
      client,
      data: { membershipId: member.id, role: member.role },
    });
    return { membershipId: member.id };
  }, transactionOptions.short);
}
