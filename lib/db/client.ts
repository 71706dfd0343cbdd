import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";

// One client per process, created on first use (so that `next build` needs no database).
// In development Next reloads modules, so the client is kept on globalThis.
const globalForDb = globalThis as unknown as { db?: PrismaClient };

/** A positive integer of milliseconds from the environment, or the default. */
function millisecondsFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number of milliseconds (0 turns it off), not "${raw}"`);
  return value;
}

/**
 * The pool's settings. Every connection gets a statement timeout (DATABASE_STATEMENT_TIMEOUT_MS,
 * 15 s; 0 turns it off), so that one slow statement (an unbounded list, a lock wait) cannot hold a
 * connection of the small pool for long; PostgreSQL cancels it (57014) and the request is answered
 * 503 "try again". A session idle inside a transaction for 60 s (a leaked transaction) is ended by
 * the server. Waiting for a connection gives up after 15 s (then: 503 "try again").
 */
export function poolConfig(connectionString: string) {
  return {
    connectionString,
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    statement_timeout: millisecondsFromEnv("DATABASE_STATEMENT_TIMEOUT_MS", 15_000),
    idle_in_transaction_session_timeout: millisecondsFromEnv("DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS", 60_000),
    // Also the longest wait for a free connection of the pool (pg-pool), so no shorter than the
    // longest transaction maxWait (lib/db/transaction-options.ts). A database that is down refuses
    // at once (ECONNREFUSED, "starting up"): this limit only matters for a saturated pool or a
    // host that does not answer.
    connectionTimeoutMillis: millisecondsFromEnv("DATABASE_CONNECT_TIMEOUT_MS", 15_000),
    application_name: "dpa-app",
  };
}

function getClient(): PrismaClient {
  if (globalForDb.db) return globalForDb.db;
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set");
  // A connection lost while idle (database restarted, backend terminated) is dropped from the pool
  // and replaced on next use; logged here, it never becomes an unhandled 'error' event.
  const adapter = new PrismaPg(poolConfig(connectionString), {
    onPoolError: (error) => console.warn("[db] idle connection lost:", error.message),
    onConnectionError: (error) => console.warn("[db] connection lost in a transaction:", error.message),
  });
  globalForDb.db = new PrismaClient({ adapter });
  return globalForDb.db;
}

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = getClient();
    const value = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
