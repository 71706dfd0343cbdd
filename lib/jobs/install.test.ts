import pg from "pg";
import { describe, expect, it } from "vitest";
import { createDatabaseIfMissing } from "@/scripts/lib/embedded-postgres";
import { installJobQueues } from "./install";

describe("installJobQueues", () => {
  it("sets up pg-boss on a fresh database when several processes start at once", async () => {
    const adminUrl = process.env.TEST_DATABASE_ADMIN_URL!;
    const url = new URL(adminUrl);
    url.pathname = `/dpa_jobs_${process.pid}_${Date.now()}`;
    await createDatabaseIfMissing(adminUrl, url.pathname.slice(1));

    // Each call runs on its own connection, like separate app instances starting together.
    const results = await Promise.allSettled(Array.from({ length: 4 }, () => installJobQueues(url.toString())));
    expect(results.filter((result) => result.status === "rejected")).toEqual([]);
    await installJobQueues(url.toString()); // and again, as on the next start

    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    try {
      const queues = await client.query("SELECT name, retry_limit FROM pgboss.queue ORDER BY name");
      expect(queues.rows).toEqual([
        { name: "audit.anchor", retry_limit: 2 },
        { name: "email.send", retry_limit: 10 },
        { name: "pdf.seal", retry_limit: 10 },
        { name: "retention.prune", retry_limit: 3 },
      ]);
    } finally {
      await client.end();
    }
  });
});
