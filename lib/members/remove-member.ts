import "server-only";
import { db } from "@/lib/db";
import { recordEvent } from "@/lib/audit/record-event";
import { notFound } from "@/lib/errors";
import type { ClientInfo } from "@/lib/http/client-info";
import { assertCan, type OrgContext } from "@/lib/tenancy/context";
import { assertNotLastOwner, lockOwners } from "./owners";
import { id } from "./schemas";
import { transactionOptions } from "@/lib/db/transaction-options";

/** Removes another member (owners only by an owner); the last owner cannot be removed. */
export async function removeMember(ctx: OrgContext, membershipId: unknown, client: ClientInfo) {
  assertCan(ctx, "members.manage");
  const parsed = id.safeParse(membershipId);
  if (!parsed.success) throw notFound();
  return db.$transaction(async (tx) => {
    const ownerIds = await lockOwners(tx, ctx.orgId);
    const member = await tx.membership.findFirst({
      where: { id: parsed.data, organisationId: ctx.orgId },
      select: { id: true, role: true, userId: true },
    });
    if (!member) throw notFound();
    if (member.role === "OWNER") {
      assertCan(ctx, "members.manageOwners");
      assertNotLastOwner(ownerIds, member.id);
    }
    await tx.membership.delete({ where: { id: member.id } });
    await recordEvent(tx, {
      type: member.userId === ctx.userId ? "member.left" : "member.removed",
      actorType: "USER",
      actorUserId: ctx.userId,
      organisationId: ctx.orgId,
      client,
      data: { membershipId: member.id, userId: member.userId, role: member.role },
    });
    return { membershipId: member.id };
  }, transactionOptions.short);
}
