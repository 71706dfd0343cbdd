// Under load and faults (issue 8, item 25), seen from outside: two app instances (two
// `node scripts/serve.mjs`, the same build) on one database of their own (so that its outage does
// not hit the other specs), signing over POST /api/sign as the benchmark does.
//   1. Signatures sent concurrently over both instances, each form to both at once: exactly one
//      signed agreement per form, both answers the same, no 5xx.
//   2. The database "restarts" in the middle of signing (new connections refused, every backend
//      terminated, for 2.5 s): answers are the result or 503 with Retry-After, never 500; no partial
//      rows; the retry of the same form succeeds (or returns what was stored); both servers still up.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import net from "node:net";
import path from "node:path";
import pg from "pg";
import { expect, test } from "@playwright/test";
import { scribblePng } from "../lib/signing/encode-png";

const root = path.resolve(import.meta.dirname, "..");
const FORMS_CONCURRENT = 16; // 8 sent to both instances at once, 8 to one of them: 24 requests
const FORMS_OUTAGE = 12;

type Setup = { databaseUrl: string; versionId: string; sessions: { sessionId: string; email: string }[] };
type Instance = { url: string; child: ChildProcess; output: string[] };
type Answer = { status: number; retryAfter: string | null; json: Record<string, unknown>; ms: number };

test.describe.configure({ mode: "serial" });

let setup: Setup;
let instances: Instance[] = [];
const databaseName = `dpa_faults_${process.pid}_${Date.now().toString(36)}`;
let formCount = 0;
const runTag = Math.floor(Math.random() * 90_000) + 10_000;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const adminUrl = process.env.TEST_DATABASE_ADMIN_URL;
  if (!adminUrl) throw new Error("TEST_DATABASE_ADMIN_URL is not set: run with `npm test -- --e2e-only e2e/faults.spec.ts`");
  const prepared = spawnSync(
    process.execPath,
    [path.join(root, "node_modules", "tsx", "dist", "cli.mjs"), "--import", "./scripts/lib/server-only-hook.mjs", "e2e/support/faults-database.ts", databaseName, String(FORMS_CONCURRENT + FORMS_OUTAGE)],
    { cwd: root, env: process.env, encoding: "utf8", timeout: 180_000 },
  );
  const line = prepared.stdout.split("\n").find((text) => text.startsWith("FAULTS_SETUP "));
  if (!line) throw new Error(`preparing the database failed (exit ${prepared.status}):\n${prepared.stderr}\n${prepared.stdout}`);
  setup = JSON.parse(line.slice("FAULTS_SETUP ".length)) as Setup;
  instances = await Promise.all([startInstance(setup.databaseUrl), startInstance(setup.databaseUrl)]);
});

test.afterEach(async ({}, testInfo) => {
  // The instances' own logs, to see why when a test failed.
  if (testInfo.status !== testInfo.expectedStatus) {
    for (const [i, instance] of instances.entries()) {
      await testInfo.attach(`instance-${i + 1}.log`, { body: instance.output.join(""), contentType: "text/plain" });
      console.log(`--- instance ${i + 1} (${instance.url}) ---\n${instance.output.join("").slice(-4_000)}`);
    }
  }
});

test.afterAll(async () => {
  await Promise.all(instances.map(stopInstance));
  const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_ADMIN_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`).catch(() => {});
  await admin.end();
});

test("two instances on one database, signing concurrently: one signed agreement per form, no 5xx", async () => {
  test.setTimeout(180_000);
  const forms = setup.sessions.slice(0, FORMS_CONCURRENT).map((session) => form(session));
  const duplicated = forms.slice(0, FORMS_CONCURRENT / 2);
  const single = forms.slice(FORMS_CONCURRENT / 2);
  const started = Date.now();
  const [both, alone] = await Promise.all([
    Promise.all(duplicated.map((body) => Promise.all([sign(instances[0]!, body), sign(instances[1]!, body)]))),
    Promise.all(single.map((body, i) => sign(instances[i % 2]!, body))),
  ]);
  const answers = [...both.flat(), ...alone];
  const latencies = answers.map((answer) => answer.ms).sort((a, b) => a - b);
  console.log(
    `[figures] ${answers.length} requests over 2 instances in ${Date.now() - started} ms; ` +
      `p50 ${latencies[Math.floor(latencies.length / 2)]} ms, max ${latencies.at(-1)} ms; ` +
      `statuses ${JSON.stringify(countBy(answers.map((answer) => answer.status)))}`,
  );

  expect(answers.filter((answer) => answer.status >= 500), "no 5xx").toEqual([]);
  for (const answer of answers) expect([200, 201]).toContain(answer.status);
  // The same form sent to both instances: one signature, and both answers name it.
  for (const [first, second] of both) {
    expect(first.json.reference).toBeTruthy();
    expect(second.json.reference).toBe(first.json.reference);
  }
  const stored = await storedFor(forms);
  for (const body of forms) {
    expect(stored.get(body.signingSessionId), `form of ${body.signer.email}`).toEqual({ signed: 1, signatures: 1, controllers: 1, documents: true });
  }
  const references = new Set(answers.map((answer) => answer.json.reference));
  expect(references.size).toBe(forms.length);
});

test("the database restarts in the middle of signing: result or 503 with Retry-After, no partial rows, the next try succeeds", async () => {
  test.setTimeout(180_000);
  const forms = setup.sessions.slice(FORMS_CONCURRENT, FORMS_CONCURRENT + FORMS_OUTAGE).map((session) => form(session));
  const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_ADMIN_URL });
  await admin.connect();
  const outage = async () => {
    // As a restart looks to the app: every connection cut, new ones refused, for 2.5 s.
    await admin.query(`ALTER DATABASE "${databaseName}" ALLOW_CONNECTIONS false`);
    const until = Date.now() + 2_500;
    let terminated = 0;
    while (Date.now() < until) {
      const { rowCount } = await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()", [databaseName]);
      terminated += rowCount ?? 0;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await admin.query(`ALTER DATABASE "${databaseName}" ALLOW_CONNECTIONS true`);
    return terminated;
  };
  try {
    // Forms sent one every 150 ms over both instances; the outage starts while the first are being signed.
    const sending = Promise.all(
      forms.map(async (body, i) => {
        await new Promise((resolve) => setTimeout(resolve, i * 150));
        return sign(instances[i % 2]!, body);
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 600));
    const outageStarted = Date.now();
    const terminated = await outage();
    const answers = await sending;
    console.log(
      `[figures] outage of ${Date.now() - outageStarted} ms, ${terminated} backends terminated; ` +
        `first answers ${JSON.stringify(countBy(answers.map((answer) => answer.status)))}`,
    );

    expect(answers.filter((answer) => answer.status >= 500 && answer.status !== 503), "no 5xx other than 503").toEqual([]);
    for (const answer of answers) {
      expect([200, 201, 503]).toContain(answer.status);
      if (answer.status === 503) {
        expect(answer.json.code).toBe("UNAVAILABLE");
        expect(Number(answer.retryAfter)).toBeGreaterThan(0);
      }
    }
    expect(answers.some((answer) => answer.status === 503), "some requests met the outage").toBe(true);

    // No partial rows: per form, nothing or the whole signature (agreement, signature, controller, PDF).
    const afterOutage = await storedFor(forms);
    for (const body of forms) {
      const row = afterOutage.get(body.signingSessionId);
      if (row) expect(row).toEqual({ signed: 1, signatures: 1, controllers: 1, documents: true });
    }
    const orphans = await orphanControllers(forms);
    expect(orphans).toBe(0);

    // The client does what the answer says: waits Retry-After and sends the same form again.
    const retryStarted = Date.now();
    const finals = await Promise.all(
      forms.map(async (body, i) => {
        let answer = answers[i]!;
        for (let attempt = 0; answer.status === 503 && attempt < 10; attempt++) {
          await new Promise((resolve) => setTimeout(resolve, Number(answer.retryAfter ?? 1) * 1000));
          answer = await sign(instances[i % 2]!, body);
        }
        return answer;
      }),
    );
    console.log(`[figures] every form signed ${Date.now() - retryStarted} ms after the outage; retries ${JSON.stringify(countBy(finals.map((answer) => answer.status)))}`);
    for (const answer of finals) expect([200, 201]).toContain(answer.status);
    const stored = await storedFor(forms);
    for (const body of forms) {
      expect(stored.get(body.signingSessionId), `form of ${body.signer.email}`).toEqual({ signed: 1, signatures: 1, controllers: 1, documents: true });
    }
    // Both servers are still up and serve pages.
    for (const instance of instances) {
      expect(instance.child.exitCode, `instance ${instance.url} still running`).toBeNull();
      const response = await fetch(`${instance.url}/login`, { signal: AbortSignal.timeout(30_000) });
      expect(response.status, `GET /login on ${instance.url}`).toBe(200);
    }
  } finally {
    await admin.query(`ALTER DATABASE "${databaseName}" ALLOW_CONNECTIONS true`).catch(() => {});
    await admin.end();
  }
});

type Form = ReturnType<typeof form>;

function form(session: { sessionId: string; email: string }) {
  const n = ++formCount;
  return {
    versionId: setup.versionId,
    signingSessionId: session.sessionId,
    submissionKey: `faults-${runTag}-${n}-${Math.random().toString(36).slice(2, 10)}`,
    controller: {
      legalName: `Storingstest ${runTag}-${n} B.V.`,
      registrationNumber: String(60_000_000 + runTag * 100 + n),
      addressLine: `Oudegracht ${n}`,
      postalCode: "3511 AX",
      city: "Utrecht",
      country: "NL",
    },
    signer: { name: `Ondertekenaar ${n}`, function: "Directeur", email: session.email, place: "Utrecht" },
    method: "DRAWN",
    imageDataUrl: `data:image/png;base64,${scribblePng(5_000 + n).toString("base64")}`,
    consent: true,
    authority: true,
  };
}

async function sign(instance: Instance, body: Form): Promise<Answer> {
  const started = Date.now();
  const response = await fetch(`${instance.url}/api/sign`, {
    method: "POST",
    // Each form from its own address: per-IP limits apply per simulated signer.
    headers: { "content-type": "application/json", "x-forwarded-for": `2001:db8:fa:${body.controller.registrationNumber.slice(-4)}::1` },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(120_000),
  });
  const text = await response.text();
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    json = { raw: text.slice(0, 300) };
  }
  return { status: response.status, retryAfter: response.headers.get("retry-after"), json, ms: Date.now() - started };
}

/** Per form (by its signing session): signed agreements, controller signatures, controllers, PDF present. */
async function storedFor(forms: Form[]) {
  const client = new pg.Client({ connectionString: setup.databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ signingSessionId: string; signed: number; signatures: number; controllers: number; documents: boolean }>(
      `SELECT sa."signingSessionId",
              count(DISTINCT sa.id)::int AS signed,
              count(DISTINCT s.id)::int AS signatures,
              count(DISTINCT c.id)::int AS controllers,
              bool_and(sa."documentId" IS NOT NULL AND d.size > 0) AS documents
         FROM "SignedAgreement" sa
         LEFT JOIN "Signature" s ON s."signedAgreementId" = sa.id AND s.party = 'CONTROLLER'
         LEFT JOIN "Controller" c ON c.id = sa."controllerId"
         LEFT JOIN "Document" d ON d.id = sa."documentId"
        WHERE sa."signingSessionId" = ANY($1)
        GROUP BY sa."signingSessionId"`,
      [forms.map((body) => body.signingSessionId)],
    );
    return new Map(rows.map(({ signingSessionId, ...row }) => [signingSessionId, row]));
  } finally {
    await client.end();
  }
}

/** Controllers of these forms that no signed agreement refers to: left behind by a half-done signature. */
async function orphanControllers(forms: Form[]): Promise<number> {
  const client = new pg.Client({ connectionString: setup.databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM "Controller" c
        WHERE c."registrationNumber" = ANY($1) AND NOT EXISTS (SELECT 1 FROM "SignedAgreement" sa WHERE sa."controllerId" = c.id)`,
      [forms.map((body) => body.controller.registrationNumber)],
    );
    return rows[0]!.count;
  } finally {
    await client.end();
  }
}

function countBy(values: number[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** One more app instance: `node scripts/serve.mjs` on a free port, the same build and settings as the suite's. */
async function startInstance(databaseUrl: string): Promise<Instance> {
  const port = await freePort();
  const url = `http://localhost:${port}`;
  const child = spawn(process.execPath, ["scripts/serve.mjs"], {
    cwd: root,
    // A small pool, so that 12 signatures at once per instance queue for connections, as many
    // more would with the default pool of 10.
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), NEXTAUTH_URL: url, TRUSTED_PROXY_HEADER: "x-forwarded-for", TRUSTED_PROXIES: "127.0.0.1,::1", DATABASE_POOL_SIZE: "3" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const output: string[] = [];
  const remember = (chunk: Buffer) => {
    output.push(chunk.toString());
    if (output.length > 200) output.shift();
  };
  child.stdout!.on("data", remember);
  child.stderr!.on("data", remember);
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`instance on ${port} did not start:\n${output.join("")}`)), 90_000);
    child.stdout!.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("Ready on")) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`instance on ${port} exited (${code}):\n${output.join("")}`));
    });
  });
  return { url, child, output };
}

async function stopInstance(instance: Instance): Promise<void> {
  if (instance.child.exitCode !== null || instance.child.signalCode !== null) return;
  const exited = new Promise((resolve) => instance.child.once("exit", resolve));
  try {
    process.kill(-instance.child.pid!, "SIGTERM");
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-instance.child.pid!, "SIGKILL");
    } catch {
      // Gone already.
    }
  }, 8_000);
  await exited;
  clearTimeout(timer);
}
