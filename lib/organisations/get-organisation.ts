import "server-only";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { OrgContext } from "@/lib/tenancy/context";

export async function getOrganisation(ctx: OrgContext) {
  const organisation = await db.organisation.findUnique({ where: { id: ctx.orgId } });
  if (!organisation) throw notFound();
  return organisation;
}
