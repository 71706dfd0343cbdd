import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { stopAbandonedServer } from "./embedded-postgres";

/** The file in a run's work directory that names the process owning it. */
export const OWNER_FILE = "owner.pid";

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * A run killed with SIGKILL leaves its PostgreSQL running and its work directory behind; the next
 * run with the same prefix stops and removes them.
 */
export async function removeAbandonedRuns(workDirPrefix: string): Promise<void> {
  for (const name of fs.readdirSync(os.tmpdir())) {
    if (!name.startsWith(workDirPrefix)) continue;
    const dir = path.join(os.tmpdir(), name);
    try {
      const owner = Number.parseInt(fs.readFileSync(path.join(dir, OWNER_FILE), "utf8"), 10);
      if (isProcessAlive(owner)) continue;
      await stopAbandonedServer(path.join(dir, "postgres"));
      fs.rmSync(dir, { recursive: true, force: true });
    } catch {
      // Not ours, or still in use: leave it.
    }
  }
}
