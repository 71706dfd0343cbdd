import "server-only";
import { db } from "@/lib/db";

export async function listMemberships(userId: string) {
  return db.membership.findMany({
    where: { userId },
    orderBy: { organisation: { legalName: "asc" } },
    select: { role: true, organisation: { select: { id: true, slug: true, legalName: true } } },
  });
}
