import "server-only";
import type { Tx } from "@/lib/db";
import { enqueueJob } from "@/lib/jobs/queue";

/**
 * Queues the sealing of a signed agreement stored with sealStatus PENDING, inside the caller's
 * transaction (the job exists if and only if the signature does). Retries back off from 30 s for
 * about half a day; after that it stays PENDING and the processor's dashboard shows it.
 * The singleton key keeps one job per agreement; handleSealJob is idempotent all the same.
 */
export async function enqueueSeal(tx: Tx, signedAgreementId: string): Promise<void> {
  await enqueueJob(tx, "pdf.seal", { signedAgreementId }, {
    retryLimit: 10,
    retryDelay: 30,
    retryBackoff: true,
    singletonKey: `seal:${signedAgreementId}`,
  });
}
