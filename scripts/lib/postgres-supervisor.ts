// Keeps the embedded PostgreSQL of `npm start` running: when the server exits without being asked
// to (killed, crashed, out of memory), it is started again on the same data directory and port,
// after a pause that doubles with each failure in a row (1 s, 2 s, 4 s ... at most 30 s). The app
// keeps running meanwhile: its requests are answered 503 "try again" until the database is back,
// and its connection pools reconnect by themselves.
import { startEmbeddedPostgres } from "./embedded-postgres.ts";
import type { EmbeddedPostgres, EmbeddedPostgresOptions } from "./embedded-postgres.ts";

export type SupervisorOptions = {
  /** Progress and restart messages. */
  log: (message: string) => void;
  /** Called when the supervisor gives up (that many failed starts in a row): the caller shuts down. */
  onGiveUp: (error: unknown) => void;
  /** Failed starts in a row before giving up; 10 by default (about 4 minutes of trying). */
  maxFailures?: number;
  /** First pause before a restart, doubled per failure in a row; 1 s by default. */
  initialDelayMs?: number;
  maxDelayMs?: number;
  /** A server that ran this long before it died counts as healthy: the pause starts small again. */
  healthyAfterMs?: number;
};

/**
 * Used like the EmbeddedPostgres it wraps (same URLs: same port and data); `exited` resolves only
 * when the supervisor stopped for good (stop(), or it gave up).
 */
export type SupervisedPostgres = EmbeddedPostgres & {
  /** The server running now (it changes on every restart). */
  readonly current: EmbeddedPostgres;
  /** How many times the server was restarted. */
  readonly restarts: number;
  /** Resolves when the server is up again after a restart (or at once when it is up). */
  whenUp(): Promise<void>;
  /** Stops supervising and stops the server. */
  stop(): Promise<void>;
};

export async function startSupervisedPostgres(
  options: EmbeddedPostgresOptions,
  supervisor: SupervisorOptions,
): Promise<SupervisedPostgres> {
  const { log, onGiveUp, maxFailures = 10, initialDelayMs = 1_000, maxDelayMs = 30_000, healthyAfterMs = 60_000 } = supervisor;
  let current = await startEmbeddedPostgres(options);
  let startedAt = Date.now();
  let isStopping = false;
  let restarts = 0;
  let up: Promise<void> = Promise.resolve();
  let wakeUp: (() => void) | undefined;
  let markFinished!: () => void;
  let hasFinished = false;
  const finished = new Promise<void>((resolve) => (markFinished = () => ((hasFinished = true), resolve())));
  // Deaths soon after a (re)start in a row: a crash loop waits longer each time.
  let crashStreak = 0;

  const watch = (server: EmbeddedPostgres) => {
    void server.exited.then(async () => {
      if (isStopping) return;
      let markUp!: () => void;
      up = new Promise<void>((resolve) => (markUp = resolve));
      const ranMs = Date.now() - startedAt;
      crashStreak = ranMs < healthyAfterMs ? crashStreak + 1 : 0;
      log(`PostgreSQL stopped unexpectedly after ${Math.round(ranMs / 1000)} s; restarting it (the app answers "try again" meanwhile).`);
      let failures = 0;
      for (;;) {
        const delay = Math.min(maxDelayMs, initialDelayMs * 2 ** (failures + Math.max(0, crashStreak - 1)));
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, delay);
          wakeUp = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        wakeUp = undefined;
        if (isStopping) return markUp();
        try {
          current = await startEmbeddedPostgres(options);
          startedAt = Date.now();
          restarts++;
          log(`PostgreSQL is running again (restart ${restarts}).`);
          markUp();
          watch(current);
          return;
        } catch (error) {
          failures++;
          log(`Restarting PostgreSQL failed (${failures}/${maxFailures}): ${error instanceof Error ? error.message.split("\n").slice(0, 8).join(" | ") : String(error)}`);
          if (failures >= maxFailures) {
            markUp();
            markFinished();
            onGiveUp(error);
            return;
          }
        }
      }
    });
  };
  watch(current);

  return {
    adminUrl: current.adminUrl,
    urlFor: (dbName) => current.urlFor(dbName),
    ensureDatabase: (dbName) => current.ensureDatabase(dbName),
    exited: finished,
    get hasExited() {
      return hasFinished;
    },
    get current() {
      return current;
    },
    get restarts() {
      return restarts;
    },
    whenUp: () => up,
    async stop() {
      isStopping = true;
      wakeUp?.();
      await current.stop();
      markFinished();
    },
  };
}
