import "server-only";
import { db } from "@/lib/db";
import type { UserNames } from "./events";

/**
 * "Name (e-mail)" of the users that the organisation's own events name, as actor or in their data
 * (a member whose role changed, who was removed). Only ids taken from rows already scoped to the
 * organisation are looked up, so no other tenant's users are named.
 */
export async function userNamesOf(
  events: { actorUserId?: string | null; data: unknown }[],
): Promise<UserNames> {
  const ids = new Set<string>();
  for (const event of events) {
    if (event.actorUserId) ids.add(event.actorUserId);
    const userId = (event.data as { userId?: unknown } | null)?.userId;
    if (typeof userId === "string") ids.add(userId);
  }
  if (ids.size === 0) return new Map();
  const users = await db.user.findMany({ where: { id: { in: [...ids] } }, select: { id: true, name: true, email: true } });
  return new Map(users.map((user) => [user.id, `${user.name} (${user.email})`]));
}
