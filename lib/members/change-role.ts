import "server-only";
import { db } from "@/lib/db";
import { recordEvent } from "@/lib/audit/record-event";
import { notFound, validationError } from "@/lib/errors";
import type { ClientInfo } from "@/lib/http/client-info";
import { assertCan, type OrgContext } from "@/lib/tenancy/context";
import { assertNotLastOwner, lockOwners } from "./owners";
import { changeRoleInput } from "./schemas";
import { transactionOptions } from "@/lib/db/transaction-options";

/** Owners and admins change roles; only an owner makes or unmakes an owner; the last owner stays. */
export async function changeRole(ctx: OrgContext, input: unknown, client: ClientInfo) {
  assertCan(ctx, "members.manage");
  const parsed = changeRoleInput.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error, "validation.fix");
  const { membershipId, role } = parsed.data;
  if (role === "OWNER") assertCan(ctx, "members.manageOwners");

  return db.$transaction(async (tx) => {
    const ownerIds = await lockOwners(tx, ctx.orgId);
    const member = await tx.membership.findFirst({
      where: { id: membershipId, organisationId: ctx.orgId },
      select: { id: true, role: true, userId: true },
    });
    if (!member) throw notFound();
    if (member.role === role) return { membershipId: member.id, role };
    if (member.role === "OWNER") {
      assertCan(ctx, "members.manageOwners");
      assertNotLastOwner(ownerIds, member.id);
    }
    await tx.membership.update({ where: { id: member.id }, data: { role } });
    await recordEvent(tx, {
      type: "member.role_changed",
      actorType: "USER",
      actorUserId: ctx.userId,
      organisationId: ctx.orgId,
      client,
      data: { membershipId: member.id, userId: member.userId, from: member.role, to: role },
    });
    return { membershipId: member.id, role };
  }, transactionOptions.short);
}
