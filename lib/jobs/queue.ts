import "server-only";
import PgBoss from "pg-boss";
import type { Tx } from "@/lib/db";
import { ensureJobQueues, jobSchema, type JobName } from "./install";

export type { JobName } from "./install";

export type JobOptions = { retryLimit?: number; retryDelay?: number; retryBackoff?: boolean; singletonKey?: string };

const state = globalThis as unknown as { jobSender?: PgBoss };

/** Only used to build pg-boss's INSERT; it is never started and has no connection of its own. */
function sender(): PgBoss {
  state.jobSender ??= new PgBoss({
    schema: jobSchema,
    db: {
      executeSql: () => {
        throw new Error("the job sender runs SQL only through a transaction");
      },
    },
  });
  return state.jobSender;
}

/** pg's conversions, which pg-boss counts on: objects become JSON, dates ISO strings, undefined null. */
function toSqlValue(value: unknown): unknown {
  if (value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (value !== null && typeof value === "object") return JSON.stringify(value);
  return value;
}

/** pg-boss runs its SQL on this: the caller's Prisma transaction. */
function transactionDb(tx: Tx): PgBoss.Db {
  return {
    async executeSql(text: string, values: unknown[] = []) {
      const rows = await tx.$queryRawUnsafe<Record<string, unknown>[]>(text, ...values.map(toSqlValue));
      return { rows };
    },
  };
}

/**
 * Puts a job in the queue inside the caller's transaction: it exists if and only if the caller's
 * change commits, so a rolled-back change sends no mail and a committed one is never forgotten.
 */
export async function enqueueJob(tx: Tx, name: JobName, data: Record<string, unknown>, options: JobOptions = {}): Promise<void> {
  await ensureJobQueues();
  const id = await sender().send(name, data, { ...options, db: transactionDb(tx) });
  // pg-boss inserts nothing, silently, when the queue is missing.
  if (!id && !options.singletonKey) throw new Error(`job "${name}" was not queued`);
}
