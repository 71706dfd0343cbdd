import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useOwnDatabase, waitFor } from "@/lib/email/test-helpers";
import { startWorkers, stopWorkers } from "@/lib/jobs/worker";

// The scheduled job, as the app runs it: pg-boss worker, the runtime database role, a database of
// its own (this file works the "audit.anchor" queue).
beforeAll(async () => {
  await useOwnDatabase("anchor_job");
  process.env.NEXTAUTH_SECRET ??= "test-secret-for-vitest-only";
}, 60_000);

afterAll(async () => {
  await stopWorkers();
});

describe("the audit.anchor job", () => {
  it("is scheduled every 15 minutes, and anchors the chain heads when it runs", async () => {
    const { db } = await import("@/lib/db");
    const { recordEvent } = await import("./record-event");
    const { enqueueJob } = await import("@/lib/jobs/queue");
    await db.$transaction((tx) => recordEvent(tx, { type: "organisation.created", actorType: "SYSTEM", data: { slug: "anchor-job" } }));

    await startWorkers({ queues: ["audit.anchor"], pollingIntervalSeconds: 0.5 });
    const schedules = await db.$queryRaw<{ name: string; cron: string }[]>`SELECT name, cron FROM pgboss.schedule`;
    expect(schedules).toEqual([{ name: "audit.anchor", cron: "*/15 * * * *" }]);

    // Run it now rather than wait for the quarter hour.
    await db.$transaction((tx) => enqueueJob(tx, "audit.anchor", {}));
    await waitFor(async () => (await db.auditAnchor.count()) > 0, 20_000);
    const anchor = await db.auditAnchor.findFirstOrThrow({ where: { chainKey: "system" } });
    const head = await db.auditEvent.findFirstOrThrow({ where: { chainKey: "system" }, orderBy: { seq: "desc" } });
    expect(anchor).toMatchObject({ headSeq: head.seq, headHash: head.hash });
  });
});
