import "server-only";
import { db } from "@/lib/db";
import { PAGE_MAX, pageNumber } from "@/lib/pagination/cursor";
import { assertCan, type OrgContext } from "@/lib/tenancy/context";

/**
 * One page of members (oldest first, PAGE_MAX a page; `page` from the URL) and the newest PAGE_MAX
 * open invitations (they expire within days, so there are never many).
 */
export async function listMembers(ctx: OrgContext, { page: rawPage }: { page?: unknown } = {}) {
  assertCan(ctx, "organisation.read");
  const page = pageNumber(rawPage);
  const rows = await db.membership.findMany({
    where: { organisationId: ctx.orgId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    skip: (page - 1) * PAGE_MAX,
    take: PAGE_MAX + 1,
    select: { id: true, role: true, createdAt: true, userId: true, user: { select: { name: true, email: true } } },
  });
  const invitations = await db.invitation.findMany({
    where: { organisationId: ctx.orgId, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: PAGE_MAX,
    select: { id: true, email: true, role: true, expiresAt: true, createdAt: true },
  });
  const members = rows.slice(0, PAGE_MAX);
  return {
    page,
    hasNextPage: rows.length > PAGE_MAX,
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
