// The worker thread that reads one upload (started by parse-in-worker.ts). A plain ES module that
// Node loads by path at run time, in `next start` as in vitest: it registers tsx (a dependency) to
// load the TypeScript of lib/import, then posts either the result or the refusal's code and key.
import { parentPort, workerData } from "node:worker_threads";
import "../../scripts/lib/server-only-hook.mjs";
import { register } from "tsx/esm/api";

register();
const { parseUpload } = await import("./parse-upload.ts");

try {
  const result = await parseUpload(new Uint8Array(workerData.bytes));
  parentPort.postMessage({ ok: true, result });
} catch (error) {
  // AppError (lib/errors.ts): its code and message key cross the thread; anything else is unexpected.
  if (error && error.name === "AppError") parentPort.postMessage({ ok: false, code: error.code, message: error.message });
  else parentPort.postMessage({ ok: false, code: "INTERNAL", message: String(error?.stack ?? error) });
}
