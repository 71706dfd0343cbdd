import { spawn } from "node:child_process";
import type { SpawnOptions } from "node:child_process";

export type ChildExit = { code: number | null; signal: NodeJS.Signals | null };

export type ManagedChild = {
  pid: number;
  exited: Promise<ChildExit>;
  readonly hasExited: boolean;
  /** Sends `signal` to the child's process group, then SIGKILL after timeoutMs. Idempotent. */
  stop(signal?: NodeJS.Signals, timeoutMs?: number): Promise<ChildExit>;
};

/**
 * Runs a command in its own process group, so that stopping it also stops what it started
 * (`next start` leaves a `next-server` holding the port when only its parent is killed), and so that
 * a Ctrl-C in the terminal reaches our handler first, which stops things in order.
 */
export function spawnManaged(command: string, args: string[], options: SpawnOptions = {}): ManagedChild {
  const child = spawn(command, args, { stdio: "inherit", ...options, detached: process.platform !== "win32" });
  let hasExited = false;
  const exited = new Promise<ChildExit>((resolve) => {
    child.once("exit", (code, signal) => {
      hasExited = true;
      resolve({ code, signal });
    });
    child.once("error", (error) => {
      console.error(`Could not run ${command}: ${error.message}`);
      hasExited = true;
      resolve({ code: 127, signal: null });
    });
  });
  const pid = child.pid ?? -1;
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      if (process.platform === "win32") child.kill(signal);
      else process.kill(-pid, signal);
    } catch {
      // The group is gone already.
    }
  };
  let stopping: Promise<ChildExit> | undefined;
  return {
    pid,
    exited,
    get hasExited() {
      return hasExited;
    },
    stop(signal = "SIGTERM", timeoutMs = 10_000) {
      stopping ??= (async () => {
        if (!hasExited) {
          signalGroup(signal);
          const timer = setTimeout(() => signalGroup("SIGKILL"), timeoutMs);
          await exited;
          clearTimeout(timer);
        }
        // Whatever the leader left behind in its group (workers, a next-server) goes too.
        signalGroup("SIGKILL");
        return exited;
      })();
      return stopping;
    },
  };
}

/** The exit code to report for a child: its code, or 128 + signal number like a shell. */
export function exitCodeOf({ code, signal }: ChildExit): number {
  if (code !== null) return code;
  const signalNumbers: Partial<Record<NodeJS.Signals, number>> = { SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15 };
  return 128 + (signal ? (signalNumbers[signal] ?? 0) : 0);
}
