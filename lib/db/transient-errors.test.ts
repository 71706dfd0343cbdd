// The database failures a signer can meet under load or during a restart, produced for real against
// PostgreSQL (no mocks): each must reach the client as 503 UNAVAILABLE with Retry-After, never 500.
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { PrismaClient } from "@/lib/db/generated/client";
import { AppError, isTransientDatabaseError, toPublicError } from "@/lib/errors";
import { runAction } from "@/lib/http/action-result";
import { testOwnerUrl } from "@/scripts/db/database-roles";
import { findFreePort } from "@/scripts/lib/free-port";
import { poolConfig } from "./client";

const url = process.env.DATABASE_URL!;
const clients: PrismaClient[] = [];

/** A client of its own, with the app's pool settings and the given changes. */
function clientWith(changes: Partial<ReturnType<typeof poolConfig>> & { connectionString?: string } = {}) {
  const client = new PrismaClient({ adapter: new PrismaPg({ ...poolConfig(url), ...changes }, { onPoolError: () => {} }) });
  clients.push(client);
  return client;
}

afterAll(async () => {
  await Promise.all(clients.map((client) => client.$disconnect().catch(() => {})));
});

async function failureOf(work: () => Promise<unknown>): Promise<unknown> {
  try {
    await work();
  } catch (error) {
    return error;
  }
  throw new Error("expected the work to fail");
}

function expectUnavailable(error: unknown) {
  expect(isTransientDatabaseError(error), String(error)).toBe(true);
  expect(toPublicError(error)).toMatchObject({ status: 503, code: "UNAVAILABLE", retryAfterSeconds: 2 });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("database failures answer 503 UNAVAILABLE", () => {
  it("an interactive transaction that outlives its timeout (P2028)", async () => {
    const error = await failureOf(() =>
      db.$transaction(
        async (tx) => {
          await sleep(400);
          return tx.user.count();
        },
        { timeout: 100, maxWait: 1_000 },
      ),
    );
    expect(error).toMatchObject({ code: "P2028" });
    expectUnavailable(error);
  });

  it("no connection free within maxWait (pool exhausted)", async () => {
    const client = clientWith({ max: 1 });
    let release!: () => void;
    const held = client.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT 1`;
      await new Promise<void>((resolve) => (release = resolve));
    }, { timeout: 10_000, maxWait: 5_000 });
    await sleep(200);
    const error = await failureOf(() => client.$transaction((tx) => tx.$queryRaw`SELECT 1`, { maxWait: 100, timeout: 1_000 }));
    release();
    await held;
    expectUnavailable(error);
  });

  it("a statement over the pool's statement timeout (57014), which the pool sets on every connection", async () => {
    const client = clientWith({ statement_timeout: 200 });
    const started = Date.now();
    const error = await failureOf(() => client.$queryRaw`SELECT pg_sleep(3)`);
    expect(Date.now() - started).toBeLessThan(2_000);
    expectUnavailable(error);
    // The app's own pool has one too (15 s unless DATABASE_STATEMENT_TIMEOUT_MS says otherwise).
    const [{ statement_timeout }] = await db.$queryRaw<{ statement_timeout: string }[]>`SHOW statement_timeout`;
    expect(statement_timeout).toBe("15s");
  });

  it("the backend terminated by an administrator or a restart (57P01), inside and outside a transaction", async () => {
    const client = clientWith();
    const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_ADMIN_URL ?? url });
    await admin.connect();
    try {
      const marker = `faults-${process.pid}-${Date.now()}`;
      const terminate = async () => {
        for (let i = 0; i < 50; i++) {
          const { rowCount } = await admin.query(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE $1 AND pid <> pg_backend_pid()",
            [`%${marker}%`],
          );
          if (rowCount) return;
          await sleep(50);
        }
      };
      const inTransaction = failureOf(() =>
        client.$transaction((tx) => tx.$queryRawUnsafe(`SELECT pg_sleep(5) /* ${marker} */`), { timeout: 10_000, maxWait: 2_000 }),
      );
      await terminate();
      expectUnavailable(await inTransaction);

      const plain = failureOf(() => client.$queryRawUnsafe(`SELECT pg_sleep(5) /* ${marker}-2 */`));
      await sleep(100);
      await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE $1 AND pid <> pg_backend_pid()", [`%${marker}-2%`]);
      expectUnavailable(await plain);
      // The pool replaces the lost connection by itself.
      expect(await client.$queryRaw`SELECT 1 AS one`).toEqual([{ one: 1 }]);
    } finally {
      await admin.end();
    }
  });

  it("nothing listening on the database's port (connection refused)", async () => {
    const closed = new URL(url);
    closed.port = String(await findFreePort());
    const client = clientWith({ connectionString: closed.toString() });
    const error = await failureOf(() => client.$queryRaw`SELECT 1`);
    expectUnavailable(error);
  });

  it("a serialization failure between two SERIALIZABLE transactions (40001)", async () => {
    const table = `faults_serial_${process.pid}_${Date.now()}`;
    // The app's role may not create tables (docs/decisions/011-database-roles.md): the owner does.
    const owner = new pg.Client({ connectionString: testOwnerUrl() });
    await owner.connect();
    const appRole = decodeURIComponent(new URL(url).username);
    await owner.query(`CREATE TABLE "${table}" (id int PRIMARY KEY, n int NOT NULL)`);
    await owner.query(`GRANT SELECT, UPDATE ON "${table}" TO "${appRole}"`);
    await owner.query(`INSERT INTO "${table}" VALUES (1, 0), (2, 0)`);
    try {
      let bothRead!: () => void;
      let reads = 0;
      const barrier = new Promise<void>((resolve) => (bothRead = resolve));
      const writeSkew = (readId: number, writeId: number) =>
        db.$transaction(
          async (tx) => {
            await tx.$queryRawUnsafe(`SELECT sum(n) FROM "${table}" WHERE id = ${readId}`);
            if (++reads === 2) bothRead();
            await barrier;
            await tx.$executeRawUnsafe(`UPDATE "${table}" SET n = n + 1 WHERE id = ${writeId}`);
          },
          { isolationLevel: "Serializable", timeout: 10_000, maxWait: 5_000 },
        );
      const results = await Promise.allSettled([writeSkew(1, 2), writeSkew(2, 1)]);
      const failures = results.filter((result): result is PromiseRejectedResult => result.status === "rejected");
      expect(failures).toHaveLength(1);
      expectUnavailable(failures[0]!.reason);
    } finally {
      await owner.query(`DROP TABLE "${table}"`);
      await owner.end();
    }
  });

  it("what is not transient keeps its answer: a unique violation stays a generic 500, an AppError its own status", async () => {
    const email = `dup-${Date.now()}@example.test`;
    await db.user.create({ data: { email, name: "Eerste", passwordHash: "x" } });
    const error = await failureOf(() => db.user.create({ data: { email, name: "Tweede", passwordHash: "x" } }));
    expect(isTransientDatabaseError(error)).toBe(false);
    expect(toPublicError(error)).toMatchObject({ status: 500, code: "INTERNAL" });
    expect(toPublicError(new AppError("NOT_FOUND", "errors.notFound"))).toMatchObject({ status: 404 });
    expect(toPublicError(new Error("something else"))).toMatchObject({ status: 500 });
  });

  it("a server action shows 'try again' (errors.unavailable), not the generic error", async () => {
    const result = await runAction(() =>
      db.$transaction(async (tx) => {
        await sleep(300);
        return { count: await tx.user.count() };
      }, { timeout: 50, maxWait: 1_000 }),
    );
    expect(result).toEqual({ ok: false, code: "UNAVAILABLE", message: "errors.unavailable" });
  });
});
