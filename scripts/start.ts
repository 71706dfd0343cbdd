// `npm start` (production build) and `npm run dev` (`--dev`, next dev).
//
// Without DATABASE_URL it runs an embedded PostgreSQL with its data in .data/postgres; with it, it
// uses that server and starts no database. Then: migrations, demo data (once), a build when the
// sources changed, and the app. Ctrl-C stops the app first, then the database.
import fs from "node:fs";
import path from "node:path";
import { computeSourceStamp, isBuildCurrent, writeBuildStamp } from "./lib/build-stamp";
import { exitCodeOf, spawnManaged } from "./lib/child-process";
import type { ManagedChild } from "./lib/child-process";
import { startSupervisedPostgres } from "./lib/postgres-supervisor";
import type { SupervisedPostgres } from "./lib/postgres-supervisor";
import { decideStartup, type Startup } from "./lib/start-policy";
import { dataDir, describeDatabaseUrl, parsePort, projectRoot, readOrCreateSecret } from "./lib/env";
import { isPortFree, waitForPort } from "./lib/free-port";

const DEFAULT_EMBEDDED_PG_PORT = "54320";
const DATABASE_NAME = "dpa";
const nextBin = path.join(projectRoot, "node_modules", "next", "dist", "bin", "next");
// Next behind our own HTTP server, which records the client's real address (scripts/serve.mjs).
const serveScript = path.join(projectRoot, "scripts", "serve.mjs");
const appPidFile = path.join(dataDir, "app.pid");

let database: SupervisedPostgres | undefined;
let currentChild: ManagedChild | undefined;
let isShuttingDown = false;

async function main(): Promise<void> {
  process.chdir(projectRoot);
  const isDev = process.argv.includes("--dev");
  const startup = decideStartup(process.env, process.argv);
  if (startup.emailNote === "embedded-mailbox") process.env.DEV_MAILBOX = "1";
  const port = parsePort(process.env.PORT ?? "3000", "PORT");
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o755 });
  await stopOrphanedApp();
  if (!(await isPortFree(port))) {
    throw new Error(`Port ${port} is in use (another \`npm start\`?). Stop that, or run with PORT=<another port>.`);
  }

  let databaseDescription: string;
  if (process.env.DATABASE_URL) {
    databaseDescription = describeDatabaseUrl(process.env.DATABASE_URL);
  } else {
    const pgPort = parsePort(process.env.EMBEDDED_PG_PORT ?? DEFAULT_EMBEDDED_PG_PORT, "EMBEDDED_PG_PORT");
    // Supervised: a server that dies is started again (with backoff), and the app rides it out.
    database = await startSupervisedPostgres(
      {
        dataDir: path.join(dataDir, "postgres"),
        port: pgPort,
        persistent: true,
        logFile: path.join(dataDir, "postgres.log"),
        log: (message) => console.log(`[postgres] ${message}`),
      },
      {
        log: (message) => console.error(`[postgres] ${message} See .data/postgres.log.`),
        onGiveUp: () => {
          if (isShuttingDown) return;
          console.error("\nPostgreSQL could not be restarted; stopping. See .data/postgres.log.");
          void shutdown(1);
        },
      },
    );
    // The owner (the cluster's superuser) migrates; the app connects as the runtime role (item 12).
    process.env.DATABASE_MIGRATION_URL = await database.ensureDatabase(DATABASE_NAME);
    const { RUNTIME_ROLE, ensureRuntimeRole, urlWithRole } = await import("./db/database-roles");
    const runtimePassword = readOrCreateSecret(path.join(dataDir, "database-app-password"));
    await ensureRuntimeRole(database.adminUrl, RUNTIME_ROLE, runtimePassword);
    process.env.DATABASE_URL = urlWithRole(process.env.DATABASE_MIGRATION_URL, RUNTIME_ROLE, runtimePassword);
    // The demo on the embedded database may seal with the self-signed development certificate.
    process.env.SEAL_ALLOW_DEVELOPMENT_CERTIFICATE ??= "1";
    databaseDescription = `embedded PostgreSQL on 127.0.0.1:${pgPort}, data in .data/postgres, app as role ${RUNTIME_ROLE}`;
  }
  const databaseUrl = process.env.DATABASE_URL;
  // The owner migrates (DATABASE_MIGRATION_URL); without one, DATABASE_URL does, and is warned about below.
  const migrationUrl = process.env.DATABASE_MIGRATION_URL || databaseUrl;
  const { roleOfUrl } = await import("./db/database-roles");
  const runtimeRole = migrationUrl === databaseUrl ? undefined : roleOfUrl(databaseUrl);

  process.env.NEXTAUTH_SECRET ||= readOrCreateSecret(path.join(dataDir, "nextauth-secret"));
  process.env.NEXTAUTH_URL ||= `http://localhost:${port}`;
  process.env.PORT = String(port);

  const { applyMigrations } = await import("./db/migrations");
  const { applied } = await applyMigrations(migrationUrl, { log: (line) => console.log(`[migrate] ${line}`), runtimeRole });
  console.log(applied.length ? `Applied ${applied.length} migration(s).` : "Database schema is up to date.");
  await warnAboutRuntimeRole(databaseUrl, migrationUrl);
  // The app gets the runtime role's URL only, never the owner's.
  delete process.env.DATABASE_MIGRATION_URL;

  let logins: Login[] = [];
  if (startup.shouldSeedDemo) {
    const { seedDemoData } = await import("../prisma/seed");
    const seeded = await seedDemoData(databaseUrl);
    logins = seeded.logins;
    console.log(seeded.created ? "Demo data created." : "Demo data present.");
  }

  if (!isDev) await buildIfStale();
  if (isShuttingDown) return;

  currentChild = spawnManaged(process.execPath, [serveScript, ...(isDev ? ["--dev"] : [])], {
    env: { ...process.env, PORT: String(port) },
  });
  const app = currentChild;
  fs.writeFileSync(appPidFile, `${app.pid}\n`);
  void app.exited.then(() => fs.rmSync(appPidFile, { force: true }));
  void app.exited.then(async (exit) => {
    if (isShuttingDown) return;
    console.error(`\nThe app stopped unexpectedly (exit ${exitCodeOf(exit)}).`);
    await shutdown(exitCodeOf(exit) || 1);
  });

  await waitForPort(port, isDev ? 120_000 : 60_000, () => app.hasExited || isShuttingDown);
  printBanner({ url: process.env.NEXTAUTH_URL, isDev, databaseDescription, logins, email: describeEmail(startup) });
}

function describeEmail(startup: Startup): string {
  if (startup.emailMode === "smtp") return "sent through SMTP_URL";
  if (startup.emailMode === "none") return "not sent (EMAIL_DELIVERY=none)";
  const why = startup.emailNote === "embedded-mailbox" ? "embedded database, no SMTP_URL" : "DEV_MAILBOX=1";
  return `kept and readable by ANYONE at ${process.env.NEXTAUTH_URL}/mailbox (${why}; development only)`;
}

/** An app that could rewrite the evidence (it owns the tables, or is a superuser) keeps working, but says so loudly. */
async function warnAboutRuntimeRole(databaseUrl: string, migrationUrl: string): Promise<void> {
  const { formatRoleWarning, roleOfUrl, runtimeRoleProblems } = await import("./db/database-roles");
  const problems = await runtimeRoleProblems(databaseUrl);
  if (migrationUrl === databaseUrl) problems.unshift("DATABASE_MIGRATION_URL is not set, so it also runs the migrations");
  if (problems.length > 0) console.warn(formatRoleWarning(roleOfUrl(databaseUrl), problems));
}

async function buildIfStale(): Promise<void> {
  const stamp = computeSourceStamp(projectRoot);
  if (isBuildCurrent(projectRoot, stamp)) {
    console.log("The build in .next is up to date.");
    return;
  }
  console.log("Building the app (next build), because the sources changed since the last build ...");
  currentChild = spawnManaged(process.execPath, [nextBin, "build"], { env: process.env });
  const exit = await currentChild.exited;
  if (isShuttingDown) return;
  if (exitCodeOf(exit) !== 0) throw new Error(`next build failed (exit ${exitCodeOf(exit)})`);
  writeBuildStamp(projectRoot, stamp);
}

// When this script was killed without a chance to clean up (SIGKILL), the app it started keeps
// running in its own process group and holds the port. Stop it, if it is still that app.
async function stopOrphanedApp(): Promise<void> {
  let pid: number;
  try {
    pid = Number.parseInt(fs.readFileSync(appPidFile, "utf8"), 10);
  } catch {
    return;
  }
  let commandLine = "";
  try {
    commandLine = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
  } catch {
    // Gone (or no /proc to tell whether the pid is still ours).
  }
  if (!commandLine.includes(serveScript)) {
    fs.rmSync(appPidFile, { force: true });
    return;
  }
  // Still the child of a running `npm start` (a second one started in this directory)? Leave it.
  const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  const parentPid = stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1];
  try {
    if (fs.readFileSync(`/proc/${parentPid}/cmdline`, "utf8").includes("scripts/start.ts")) return;
  } catch {
    // The parent is gone: the app is orphaned.
  }
  console.log(`Stopping the app (pid ${pid}) left running by an earlier npm start ...`);
  const signalGroup = (signal: NodeJS.Signals | 0) => {
    try {
      process.kill(-pid, signal);
      return true;
    } catch {
      return false;
    }
  };
  signalGroup("SIGTERM");
  for (let waited = 0; waited < 10_000 && signalGroup(0); waited += 200) {
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  signalGroup("SIGKILL");
  fs.rmSync(appPidFile, { force: true });
}

async function shutdown(exitCode: number): Promise<never> {
  if (!isShuttingDown) {
    isShuttingDown = true;
    try {
      await currentChild?.stop("SIGTERM", 10_000);
      if (database) {
        console.log("Stopping PostgreSQL ...");
        await database.stop();
        console.log("PostgreSQL stopped.");
      }
    } catch (error) {
      console.error("Error during shutdown:", error);
      exitCode ||= 1;
    }
    process.exit(exitCode);
  }
  // A second signal while shutting down: the first shutdown finishes and exits.
  return new Promise<never>(() => {});
}

type Login = { email: string; password: string; organisation: string; role: string; totpSecret?: string };

function printBanner(info: { url: string; isDev: boolean; databaseDescription: string; logins: Login[]; email: string }): void {
  const columns = (["email", "password", "organisation", "role"] as const).map((key) =>
    Math.max(key.length, ...info.logins.map((login) => login[key].length)),
  );
  const row = (cells: string[]) => `  ${cells.map((cell, i) => cell.padEnd(columns[i]!)).join("   ")}`.trimEnd();
  const lines = [
    `DPA app (${info.isDev ? "development" : "production build"}) running at ${info.url}`,
    "",
    ...(info.logins.length
      ? [
          "Demo logins:",
          row(["email", "password", "organisation", "role"]),
          ...info.logins.map((login) => row([login.email, login.password, login.organisation, login.role])),
          ...[...new Set(info.logins.flatMap((login) => (login.totpSecret ? [login.totpSecret] : [])))].map(
            (key) => `Owners also enter a TOTP code; add this key to an authenticator app: ${key}`,
          ),
        ]
      : ["No demo data (only the embedded database, or `npm start -- --demo`, gets it)."]),
    "",
    `Database: ${info.databaseDescription}`,
    `E-mail: ${info.email}`,
    "Press Ctrl-C to stop.",
  ];
  const width = Math.max(...lines.map((line) => line.length));
  const border = "─".repeat(width + 2);
  console.log(
    [`┌${border}┐`, ...lines.map((line) => `│ ${line.padEnd(width)} │`), `└${border}┘`].join("\n"),
  );
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    if (isShuttingDown) return;
    console.log(`\n${signal} received: stopping the app${database ? ", then the database" : ""} ...`);
    void shutdown(0);
  });
}

main().catch(async (error: unknown) => {
  if (isShuttingDown) return;
  console.error(`\nnpm start failed: ${error instanceof Error ? error.message : String(error)}`);
  if (error instanceof Error && error.stack && process.env.DEBUG) console.error(error.stack);
  await shutdown(1);
});
