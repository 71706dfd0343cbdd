import "server-only";
import { db } from "@/lib/db";

/** What the account pages need to know about the signed-in user's own account. */
export async function getAccountStatus(userId: string) {
  return db.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, emailVerifiedAt: true, totpEnabledAt: true } });
}
