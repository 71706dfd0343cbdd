// Child process of seal-key.test.ts: waits for a common start time, then loads the sealing key
// (creating the development certificate if needed) and prints its fingerprint.
//   node --import tsx --import ./scripts/lib/server-only-hook.mjs lib/sealing/test-load-key-child.ts <startAt>
import { getSealKey } from "./seal-key";

const startAt = Number(process.argv[2] ?? 0);
await new Promise((resolve) => setTimeout(resolve, Math.max(0, startAt - Date.now())));
const key = await getSealKey();
process.stdout.write(`${key.fingerprint256}\n`);
