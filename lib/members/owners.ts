import "server-only";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";

/**
 * Locks the organisation's OWNER memberships until the transaction ends and returns their ids.
 * Two concurrent demotions or removals of different owners serialise here, so the second one sees
 * the first one's result and cannot take away the last owner.
 */
export async function lockOwners(tx: Tx, orgId: string): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Membership" WHERE "organisationId" = ${orgId} AND role = 'OWNER' ORDER BY id FOR UPDATE`;
  return rows.map((row) => row.id);
}

/** Refuses when `membershipId` is the only owner left. Call after lockOwners in the same transaction. */
export function assertNotLastOwner(ownerIds: string[], membershipId: string): void {
  if (ownerIds.length === 1 && ownerIds[0] === membershipId) throw new AppError("CONFLICT", "members.lastOwner");
}
