import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { unique } from "@/lib/test/factories";
import { enqueueJob } from "./queue";

async function jobsWithMarker(marker: string): Promise<number> {
  const rows = await db.$queryRaw<{ count: bigint }[]>`
    SELECT count(*) AS count FROM pgboss.job WHERE name = 'email.send' AND data->>'emailMessageId' = ${marker}`;
  return Number(rows[0].count);
}

describe("enqueueJob", () => {
  it("queues nothing when the caller's transaction rolls back", async () => {
    // A message id that does not exist: a worker that picks the job up finds nothing to send.
    const marker = unique("no-such-message");
    await expect(
      db.$transaction(async (tx) => {
        await enqueueJob(tx, "email.send", { emailMessageId: marker });
        throw new Error("rolled back on purpose");
      }),
    ).rejects.toThrow("rolled back on purpose");
    expect(await jobsWithMarker(marker)).toBe(0);
  });

  it("queues exactly one job when the caller's transaction commits", async () => {
    const marker = unique("no-such-message");
    await db.$transaction(async (tx) => {
      await enqueueJob(tx, "email.send", { emailMessageId: marker }, { retryLimit: 3, retryDelay: 5, retryBackoff: true });
    });
    expect(await jobsWithMarker(marker)).toBe(1);
    const [job] = await db.$queryRaw<{ retry_limit: number; retry_delay: number; retry_backoff: boolean; state: string }[]>`
      SELECT retry_limit, retry_delay, retry_backoff, state::text FROM pgboss.job WHERE data->>'emailMessageId' = ${marker}`;
    expect(job).toMatchObject({ retry_limit: 3, retry_delay: 5, retry_backoff: true });
  });

  it("is not seen by others before the commit", async () => {
    const marker = unique("no-such-message");
    let seenInside = -1;
    await db.$transaction(async (tx) => {
      await enqueueJob(tx, "email.send", { emailMessageId: marker });
      seenInside = await jobsWithMarker(marker); // another connection
    });
    expect(seenInside).toBe(0);
    expect(await jobsWithMarker(marker)).toBe(1);
  });
});
