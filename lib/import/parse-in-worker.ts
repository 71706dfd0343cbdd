import "server-only";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { AppError, type ErrorCode } from "@/lib/errors";
import { importErrors } from "./errors";
import type { FileKind, ParsedDpa } from "./types";

// An upload is read in a worker thread, never on the event loop that serves every other request:
// the worker has its own heap limit and a wall-clock limit after which it is terminated, and at
// most MAX_RUNNING run at once (the machine's cores), with a short queue behind them. Whatever a
// file makes the parser do, the server keeps answering and the uploader gets a clear refusal.

const MAX_RUNNING = 2;
const MAX_WAITING = 8;
const MEMORY_MB = 256;
export const IMPORT_TIME_LIMIT_MS = Number(process.env.IMPORT_TIME_LIMIT_MS) || 10_000;

// Loaded by path at run time, never bundled: the project directory is the working directory of
// `npm start`, `next start` and the tests alike. The worker is started from a one-line script
// (eval) that imports the file, because Turbopack treats `new Worker(<path>)` as a bundle entry
// and cannot bundle tsx's loader.
const workerScript = () => `import(${JSON.stringify(pathToFileURL(path.join(process.cwd(), "lib", "import", "parse-worker.mjs")).href)})`;

let running = 0;
const waiting: (() => void)[] = [];

async function acquire(): Promise<void> {
  if (running < MAX_RUNNING) {
    running++;
    return;
  }
  if (waiting.length >= MAX_WAITING) throw importErrors.busy();
  await new Promise<void>((resolve) => waiting.push(resolve));
}

function release() {
  const next = waiting.shift();
  if (next) next();
  else running--;
}

type WorkerAnswer = { ok: true; result: ParsedDpa & { kind: FileKind } } | { ok: false; code: string; message: string };

type WorkerLimits = { timeLimitMs: number; memoryMb: number };

function runWorker(bytes: Uint8Array, limits: WorkerLimits): Promise<ParsedDpa & { kind: FileKind }> {
  return new Promise((resolve, reject) => {
    // A copy the worker owns: the caller's buffer stays usable.
    const copy = bytes.slice().buffer;
    const worker = new Worker(workerScript(), {
      eval: true,
      workerData: { bytes: copy },
      transferList: [copy],
      resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb, maxYoungGenerationSizeMb: Math.min(32, limits.memoryMb), stackSizeMb: 4 },
      stdout: false,
      stderr: false,
    });
    let isSettled = false;
    const settle = (action: () => void) => {
      if (isSettled) return;
      isSettled = true;
      clearTimeout(timer);
      action();
      void worker.terminate();
    };
    const timer = setTimeout(() => settle(() => reject(importErrors.tooComplex())), limits.timeLimitMs);
    worker.once("message", (answer: WorkerAnswer) =>
      settle(() => {
        if (answer.ok) resolve(answer.result);
        else if (answer.code === "INTERNAL") reject(new Error(`import worker: ${answer.message}`));
        else reject(new AppError(answer.code as ErrorCode, answer.message));
      }),
    );
    worker.once("error", (error: Error & { code?: string }) =>
      settle(() => reject(error.code === "ERR_WORKER_OUT_OF_MEMORY" ? importErrors.tooComplex() : error)),
    );
    worker.once("exit", () => settle(() => reject(importErrors.tooComplex())));
  });
}

/** Bytes of an upload to a draft for review, read in a worker with memory and time limits (tighter ones for tests). */
export async function parseUploadInWorker(bytes: Uint8Array, limits: Partial<WorkerLimits> = {}): Promise<ParsedDpa & { kind: FileKind }> {
  await acquire();
  try {
    return await runWorker(bytes, { timeLimitMs: IMPORT_TIME_LIMIT_MS, memoryMb: MEMORY_MB, ...limits });
  } finally {
    release();
  }
}
