import "server-only";
import PgBoss from "pg-boss";
import { sendEmailJob } from "@/lib/email/send-email-job";
import { pruneExpiredData } from "@/lib/retention/prune";
import { handleSealJob } from "@/lib/sealing/seal-job";
import { anchorChainHeads } from "@/lib/audit/anchor-chain-heads";
import { ensureJobQueues, jobSchema, type JobName } from "./install";

export type WorkerOptions = {
  /** How often an idle worker looks for jobs (pg-boss's minimum is 0.5). */
  pollingIntervalSeconds?: number;
  /** Which queues to work; all by default. Tests work only their own. */
  queues?: JobName[];
};

type Handler = (job: PgBoss.JobWithMetadata<object>) => Promise<void>;

/** Retention runs daily at 03:17 UTC (docs/security/secrets.md): pg-boss sends one job per tick across all instances. */
export const RETENTION_CRON = "17 3 * * *";

// pg-boss counts retries from 0: the attempt with retryCount === retryLimit is the last.

const handlers: Record<JobName, Handler> = {
  "email.send": (job) => sendEmailJob(job.data, { isLastAttempt: job.retryCount >= job.retryLimit }),
  "pdf.seal": (job) => handleSealJob(job.data as { signedAgreementId: string }),
  "retention.prune": async () => {
    const counts = await pruneExpiredData();
    console.log(`[retention] pruned ${Object.entries(counts).map(([what, n]) => `${what} ${n}`).join(", ")}`);
  },
  "audit.anchor": async () => {
    const { anchored } = await anchorChainHeads();
    if (anchored > 0) console.log(`[audit] anchored ${anchored} chain head(s)`);
  },
};

/** When the scheduled jobs run (cron, UTC); AUDIT_ANCHOR_CRON overrides the anchor's. */
const schedules: Partial<Record<JobName, string>> = {
  "retention.prune": RETENTION_CRON,
  "audit.anchor": process.env.AUDIT_ANCHOR_CRON || "*/15 * * * *",
};

const state = globalThis as unknown as { jobWorkers?: Promise<PgBoss> };

async function start({ pollingIntervalSeconds = 2, queues = ["email.send", "pdf.seal", "retention.prune", "audit.anchor"] }: WorkerOptions): Promise<PgBoss> {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set");
  await ensureJobQueues();
  const boss = new PgBoss({
    connectionString,
    schema: jobSchema,
    application_name: "dpa-jobs",
    max: 3,
    migrate: false, // done by ensureJobQueues, under its lock
    // Runs the cron schedules below (pg-boss makes one instance send each scheduled job).
    schedule: queues.some((name) => schedules[name]),
    supervise: true, // expires stuck jobs, archives and deletes old ones
  });
  boss.on("error", (error) => console.error("[jobs]", error.message));
  await boss.start();
  for (const name of queues) {
    const cron = schedules[name];
    if (cron) await boss.schedule(name, cron, {}, { tz: "UTC" });
  }
  for (const name of queues) {
    // One job at a time per queue and process; more instances of the app mean more workers.
    await boss.work<object>(name, { pollingIntervalSeconds, includeMetadata: true }, async ([job]) => handlers[name](job));
  }
  return boss;
}

/** Starts this process's job workers; later calls return the same start (idempotent). */
export async function startWorkers(options: WorkerOptions = {}): Promise<void> {
  state.jobWorkers ??= start(options).catch((error: unknown) => {
    state.jobWorkers = undefined;
    throw error;
  });
  await state.jobWorkers;
}

/** Stops the workers, letting running jobs finish (up to 10 s); a no-op when none were started. */
export async function stopWorkers(): Promise<void> {
  const starting = state.jobWorkers;
  state.jobWorkers = undefined;
  if (!starting) return;
  const boss = await starting.catch(() => null);
  await boss?.stop({ graceful: true, timeout: 10_000, close: true, wait: true });
}
