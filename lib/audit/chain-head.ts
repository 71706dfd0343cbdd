import "server-only";
import { db, type Tx } from "@/lib/db";

export type ChainHead = { seq: string; hash: string };

/** The newest hashed event of a chain: what the certificate page prints and an anchor witnesses. */
export async function chainHead(chainKey: string, client: Tx = db): Promise<ChainHead | null> {
  const head = await client.auditEvent.findFirst({
    where: { chainKey, hash: { not: null } },
    orderBy: { seq: "desc" },
    select: { seq: true, hash: true },
  });
  return head?.hash ? { seq: head.seq.toString(), hash: head.hash } : null;
}
