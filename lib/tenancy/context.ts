import "server-only";
import { db } from "@/lib/db";
import type { Role } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { assertAccountCanAct } from "@/lib/auth/account-guard";
import { can, type Permission } from "./permissions";

/** The only way into a tenant's data: obtained from a scoped lookup of the signed-in user's membership. */
export type OrgContext = {
  readonly userId: string;
  readonly orgId: string;
  readonly orgSlug: string;
  readonly role: Role;
};

/**
 * Resolves an organisation slug from a URL for a user. Not a member (or no such slug): 404, never 403.
 * A member whose address is unverified, or an owner/admin without two-factor sign-in: 403 with the
 * step still owed (lib/auth/account-guard.ts).
 */
export async function getOrgContext(userId: string, orgSlug: string): Promise<OrgContext> {
  if (!userId || !orgSlug) throw notFound();
  const membership = await db.membership.findFirst({
    where: { userId, organisation: { slug: orgSlug } },
    select: {
      role: true,
      organisation: { select: { id: true, slug: true } },
      user: { select: { emailVerifiedAt: true, totpEnabledAt: true } },
    },
  });
  if (!membership) throw notFound();
  // A verified address, and two-factor sign-in for owners and admins, before anything in a tenant.
  assertAccountCanAct(membership.user, membership.role);
  return { userId, orgId: membership.organisation.id, orgSlug: membership.organisation.slug, role: membership.role };
}

export function assertCan(ctx: OrgContext, permission: Permission): void {
  if (!can(ctx.role, permission)) {
    throw new AppError("FORBIDDEN", "errors.forbidden");
  }
}
