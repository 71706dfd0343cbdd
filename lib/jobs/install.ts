import "server-only";
import pg from "pg";
import PgBoss from "pg-boss";

export const jobSchema = "pgboss";
export type JobName = "email.send" | "pdf.seal" | "retention.prune" | "audit.anchor";

/**
 * Queue defaults; a job may override them when it is sent. Backoff doubles the delay each time
 * (with jitter): 30 s, 1 min, 2 min, ... ten retries cover an outage of 8 to 17 hours.
 * A job that runs longer than expireInSeconds is failed and retried.
 */
const queues: Record<JobName, Omit<PgBoss.Queue, "name">> = {
  "email.send": { retryLimit: 10, retryDelay: 30, retryBackoff: true, expireInSeconds: 300 },
  "pdf.seal": { retryLimit: 10, retryDelay: 30, retryBackoff: true, expireInSeconds: 300 },
  // Daily; a failed run is retried a few times, and the next day's run catches up anyway.
  "retention.prune": { retryLimit: 3, retryDelay: 300, retryBackoff: true, expireInSeconds: 1800 },
  // Scheduled (lib/jobs/worker.ts); a missed run is simply made up by the next one.
  "audit.anchor": { retryLimit: 2, retryDelay: 60, expireInSeconds: 600, policy: "singleton" },
};

// Any fixed key will do; it only has to differ from the migration lock's.
const installLock = "dpa:pg-boss:install";

const state = globalThis as unknown as { jobQueuesReady?: Promise<void> };

/**
 * Creates (or migrates) pg-boss's schema and our queues, once per process, before the first job is
 * queued or worked. Any process may be first (the app, a seed script, a test file), so it runs on
 * one connection under a session advisory lock: a second process waits, then finds it done.
 * (pg-boss guards its own schema creation too; the lock also covers creating the queues.)
 */
export function ensureJobQueues(): Promise<void> {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) return Promise.reject(new Error("DATABASE_URL is not set"));
  state.jobQueuesReady ??= installJobQueues(connectionString).catch((error: unknown) => {
    state.jobQueuesReady = undefined; // try again on the next call
    throw error;
  });
  return state.jobQueuesReady;
}

/** The work of ensureJobQueues, on the given database; safe to run from many processes at once. */
export async function installJobQueues(connectionString: string): Promise<void> {
  const client = new pg.Client({ connectionString, application_name: "dpa-jobs-install" });
  // A connection lost meanwhile (database restarting) fails the query in progress; without a
  // listener the client's 'error' event would end the whole process.
  client.on("error", (error) => console.warn("[jobs] install connection lost:", error.message));
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock(hashtext($1))", [installLock]);
    // One query at a time on the one connection (pg deprecates overlapping queries on a client).
    let previous: Promise<unknown> = Promise.resolve();
    const executeSql = (text: string, values?: unknown[]) => {
      const run = previous.then(() => client.query(text, values));
      previous = run.catch(() => undefined);
      return run;
    };
    const installer = new PgBoss({
      db: { executeSql },
      schema: jobSchema,
      migrate: true,
      supervise: false,
      schedule: false,
    });
    installer.on("error", (error) => console.error("[jobs] install:", error));
    await installer.start();
    for (const [name, options] of Object.entries(queues)) {
      // Existing queues follow the defaults above when they change.
      if (await installer.getQueue(name)) await installer.updateQueue(name, { name, ...options });
      else await installer.createQueue(name, { name, ...options });
    }
    await installer.stop({ graceful: false, close: false });
  } finally {
    // Ending the session releases its advisory lock.
    await client.end();
  }
}
