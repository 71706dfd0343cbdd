import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { findFreePort } from "./free-port";
import { startSupervisedPostgres } from "./postgres-supervisor";
import type { SupervisedPostgres } from "./postgres-supervisor";

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "dpa-supervisor-test-"));
fs.chmodSync(workDir, 0o755);
let supervised: SupervisedPostgres | undefined;

afterAll(async () => {
  await supervised?.stop();
  fs.rmSync(workDir, { recursive: true, force: true });
}, 60_000);

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe("the embedded PostgreSQL of npm start under supervision", () => {
  it("is started again after it was killed, with its data, and says so", async () => {
    const dataDir = path.join(workDir, "postgres");
    const messages: string[] = [];
    let gaveUp = false;
    supervised = await startSupervisedPostgres(
      // Durable, like npm start: a killed server loses no committed row.
      { dataDir, port: await findFreePort(), persistent: false },
      { log: (message) => messages.push(message), onGiveUp: () => (gaveUp = true), initialDelayMs: 200 },
    );
    const url = await supervised.ensureDatabase("supervised");
    await query(url, "CREATE TABLE kept (id int); INSERT INTO kept VALUES (42)");

    // As if the OOM killer struck: SIGKILL to the postmaster.
    const pid = Number.parseInt(fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]!, 10);
    const killedAt = Date.now();
    process.kill(pid, "SIGKILL");
    await supervised.current.exited;
    await supervised.whenUp();
    const downMs = Date.now() - killedAt;

    expect(gaveUp).toBe(false);
    expect(supervised.restarts).toBe(1);
    expect(supervised.hasExited).toBe(false);
    expect(await query(url, "SELECT id FROM kept")).toEqual([{ id: 42 }]);
    expect(messages.join("\n")).toMatch(/stopped unexpectedly.*restarting/);
    expect(messages.join("\n")).toMatch(/running again \(restart 1\)/);
    console.log(`[figures] embedded PostgreSQL back ${downMs} ms after SIGKILL`);
    expect(downMs).toBeLessThan(20_000);
  }, 60_000);
});
