import "server-only";
import { Prisma, type Tx } from "@/lib/db";
import { recordEvent } from "@/lib/audit/record-event";
import type { ClientInfo } from "@/lib/http/client-info";
import type { OrganisationInput } from "./schemas";
import { slugCandidate, slugify } from "./slug";

/**
 * Creates an organisation with its first owner, inside the caller's transaction. A taken slug is
 * retried with a suffix; the unique index decides races, so two sign-ups never share a slug.
 */
export async function createOrganisationInTx(tx: Tx, ownerId: string, input: OrganisationInput, client: ClientInfo) {
  const base = slugify(input.legalName);
  for (let attempt = 0; attempt < 50; attempt++) {
    const slug = slugCandidate(base, attempt);
    const taken = await tx.organisation.findUnique({ where: { slug }, select: { id: true } });
    if (taken) continue;
    const organisation = await tx.organisation.create({ data: { ...input, slug } });
    await tx.membership.create({ data: { userId: ownerId, organisationId: organisation.id, role: "OWNER" } });
    await recordEvent(tx, {
      type: "organisation.created",
      actorType: "USER",
      actorUserId: ownerId,
      organisationId: organisation.id,
      client,
      data: { slug },
    });
    return organisation;
  }
  throw new Prisma.PrismaClientKnownRequestError("no free slug", { code: "P2002", clientVersion: "" });
}
