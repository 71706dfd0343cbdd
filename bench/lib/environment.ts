// What the benchmarks run against, made from nothing and torn down afterwards: a throwaway embedded
// PostgreSQL (fresh temp directory, free port), migrated and seeded with the demo data, the
// production build (rebuilt only when the sources changed, like `npm start`), and `next start` on a
// free port. Everything this starts is stopped by stop(), which is idempotent and also runs on
// Ctrl-C (bench/run.ts).
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { isProcessAlive, OWNER_FILE, removeAbandonedRuns } from "../../scripts/lib/abandoned-runs";
import { computeSourceStamp, isBuildCurrent, writeBuildStamp } from "../../scripts/lib/build-stamp";
import { exitCodeOf, spawnManaged } from "../../scripts/lib/child-process";
import type { ManagedChild } from "../../scripts/lib/child-process";
import { startEmbeddedPostgres } from "../../scripts/lib/embedded-postgres";
import type { EmbeddedPostgres } from "../../scripts/lib/embedded-postgres";
import { projectRoot } from "../../scripts/lib/env";
import { findFreePort, waitForPort } from "../../scripts/lib/free-port";

const WORK_DIR_PREFIX = "dpa-bench-";
const DATABASE_NAME = "dpa_bench";
export const nextBin = path.join(projectRoot, "node_modules", "next", "dist", "bin", "next");

export type Server = {
  url: string;
  port: number;
  child: ManagedChild;
  logFile: string;
};

export class BenchEnvironment {
  readonly workDir: string;
  database: EmbeddedPostgres | undefined;
  databaseUrl = "";
  server: Server | undefined;
  /** The environment of everything started here (the app, the PDF child). */
  env: NodeJS.ProcessEnv = { ...process.env };
  private children = new Set<ManagedChild>();
  private stopping: Promise<void> | undefined;
  private cleanups: (() => void)[] = [];
  isStopped = false;

  private constructor(workDir: string) {
    this.workDir = workDir;
  }

  static async create(log: (line: string) => void): Promise<BenchEnvironment> {
    await removeAbandonedRuns(WORK_DIR_PREFIX);
    const workDir = fs.mkdtempSync(path.join(os.tmpdir(), WORK_DIR_PREFIX));
    // As root the server runs as the "postgres" user, which must reach its data directory in here.
    fs.chmodSync(workDir, 0o755);
    fs.writeFileSync(path.join(workDir, OWNER_FILE), `${process.pid}\n`);
    const environment = new BenchEnvironment(workDir);
    log(`work directory ${workDir}`);
    return environment;
  }

  /** A file or action undone by stop() (e.g. deleting public/bench-static.html). */
  onStop(cleanup: () => void): void {
    this.cleanups.push(cleanup);
  }

  async startDatabase(log: (line: string) => void): Promise<void> {
    // A free port can be taken between finding and binding it: try a few.
    for (let attempt = 1; ; attempt++) {
      const port = await findFreePort();
      if (port === 5432) continue;
      try {
        // Durable (fsync on), like a real deployment: signing measures real commits.
        this.database = await startEmbeddedPostgres({
          dataDir: path.join(this.workDir, "postgres"),
          port,
          persistent: false,
          logFile: path.join(this.workDir, "postgres.log"),
        });
        log(`PostgreSQL on 127.0.0.1:${port}`);
        break;
      } catch (error) {
        if (attempt >= 3 || !/in use|could not bind|Address already in use/i.test(String(error))) throw error;
      }
    }
    this.databaseUrl = await this.database.ensureDatabase(DATABASE_NAME);
  }

  /** Migrations and demo data, in this process (the seed reads DATABASE_URL). */
  async prepareDatabase(log: (line: string) => void): Promise<void> {
    process.env.DATABASE_URL = this.databaseUrl;
    const { applyMigrations } = await import("../../scripts/db/migrations");
    const { applied } = await applyMigrations(this.databaseUrl);
    log(`applied ${applied.length} migration(s)`);
    const { seedDemoData } = await import("../../prisma/seed");
    await seedDemoData(this.databaseUrl);
    log("seeded the demo data");
  }

  /** `next build` when .next is missing or older than the sources (the same stamp as `npm start`). */
  async buildIfStale(log: (line: string) => void): Promise<"current" | "built"> {
    const stamp = computeSourceStamp(projectRoot);
    if (isBuildCurrent(projectRoot, stamp)) return "current";
    log("building the app (next build): .next is missing or older than the sources ...");
    const logFile = path.join(this.workDir, "next-build.log");
    const out = fs.openSync(logFile, "a");
    const child = this.track(
      spawnManaged(process.execPath, [nextBin, "build"], { env: this.env, stdio: ["ignore", out, out], cwd: projectRoot }),
    );
    const timer = setTimeout(() => void child.stop("SIGTERM", 5_000), 300_000);
    const exit = await child.exited;
    clearTimeout(timer);
    fs.closeSync(out);
    this.children.delete(child);
    if (exitCodeOf(exit) !== 0) {
      throw new Error(`next build failed (exit ${exitCodeOf(exit)}):\n${tail(logFile, 40)}`);
    }
    writeBuildStamp(projectRoot, stamp);
    return "built";
  }

  setAppEnvironment(port: number): void {
    this.env = {
      ...process.env,
      DATABASE_URL: this.databaseUrl,
      // Random per run: nothing signed here must be verifiable with a real secret.
      NEXTAUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
      NEXTAUTH_URL: `http://localhost:${port}`,
      PORT: String(port),
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production",
      // Production-like: no mailbox; the mail is queued and marked sent, nothing leaves (scripts/lib/email-delivery.mjs).
      EMAIL_DELIVERY: "none",
      // The benchmark signs hundreds of times from one address: the per-IP limit of /api/sign is lifted.
      SIGN_RATE_LIMIT_PER_MINUTE: "100000",
      // A throwaway benchmark database: the development seal is allowed (lib/sealing/seal-key.ts).
      SEAL_ALLOW_DEVELOPMENT_CERTIFICATE: "1",
    };
    // This process derives nothing from the secret, but keeps it consistent with the app.
    process.env.NEXTAUTH_SECRET = this.env.NEXTAUTH_SECRET;
  }

  /** `next start`; with profileDir, the server writes a V8 CPU profile there when it stops. */
  async startServer(port: number, profileDir?: string): Promise<Server> {
    const logFile = path.join(this.workDir, `next-start-${Date.now()}.log`);
    const out = fs.openSync(logFile, "a");
    const profile = profileDir ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(profileDir)}`] : [];
    const child = this.track(
      spawnManaged(process.execPath, [...profile, path.join(projectRoot, "scripts", "serve.mjs")], {
        env: { ...this.env, PORT: String(port) },
        stdio: ["ignore", out, out],
        cwd: projectRoot,
      }),
    );
    fs.closeSync(out);
    try {
      await waitForPort(port, 60_000, () => child.hasExited);
    } catch (error) {
      throw new Error(`next start did not come up (${(error as Error).message}):\n${tail(logFile, 30)}`);
    }
    this.server = { url: `http://localhost:${port}`, port, child, logFile };
    return this.server;
  }

  async stopServer(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    await server.child.stop("SIGTERM", 10_000);
    this.children.delete(server.child);
  }

  /** Runs a child in its own process group; stop() ends it if it is still running. */
  track(child: ManagedChild): ManagedChild {
    this.children.add(child);
    void child.exited.then(() => this.children.delete(child));
    return child;
  }

  /** Stops the app (and any other child), then PostgreSQL; removes the work directory unless keepWorkDir. */
  stop(keepWorkDir = false): Promise<void> {
    this.stopping ??= (async () => {
      for (const cleanup of this.cleanups.splice(0)) {
        try {
          cleanup();
        } catch (error) {
          console.error("cleanup failed:", error);
        }
      }
      await Promise.all([...this.children].map((child) => child.stop("SIGTERM", 10_000)));
      this.server = undefined;
      try {
        const { db } = await import("../../lib/db");
        if (this.databaseUrl) await db.$disconnect();
      } catch {
        // Never connected.
      }
      await this.database?.stop();
      this.isStopped = true;
      if (!keepWorkDir) fs.rmSync(this.workDir, { recursive: true, force: true });
    })();
    return this.stopping;
  }
}

/** Peak resident memory (VmHWM) of the largest process in a process group, in MB; 0 without /proc. */
export function processGroupPeakRssMb(pgid: number): number {
  let peakKb = 0;
  let entries: string[] = [];
  try {
    entries = fs.readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return 0;
  }
  for (const pid of entries) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) !== pgid) continue; // field 5: process group
      const match = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
      if (match) peakKb = Math.max(peakKb, Number(match[1]));
    } catch {
      // Gone meanwhile.
    }
  }
  return peakKb / 1024;
}

export function tail(file: string, lines: number): string {
  try {
    return fs
      .readFileSync(file, "utf8")
      .split("\n")
      .slice(-lines)
      .map((line) => `  ${line}`)
      .join("\n");
  } catch {
    return "  (no log)";
  }
}

