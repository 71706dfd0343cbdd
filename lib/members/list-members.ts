import "server-only";
import { db } from "@/lib/db";
import { assertCan, type OrgContext } from "@/lib/tenancy/context";

/** Members (oldest first) and, for those who manage members, the open invitations. */
export async function listMembers(ctx: OrgContext) {
  assertCan(ctx, "organisation.read");
  const members = await db.membership.findMany({
    where: { organisationId: ctx.orgId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, role: true, createdAt: true, userId: true, user: { select: { name: true, email: true } } },
  });
  const invitations = await db.invitation.findMany({
    where: { organisationId: ctx.orgId, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
    orderBy: { createdAt: "desc" },
    select: { id: true, email: true, role: true, expiresAt: true, createdAt: true },
  });
  return {
    members: members.map((m) => ({
      id: m.id,
      role: m.role,
      joinedAt: m.createdAt,
      name: m.user.name,
      email: m.user.email,
      isYou: m.userId === ctx.userId,
    })),
    invitations,
  };
}

export type MemberList = Awaited<ReturnType<typeof listMembers>>;
