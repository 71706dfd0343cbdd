import { extractLines } from "./extract-lines";
import { parseDpa } from "./parse-dpa";
import type { FileKind, ParsedDpa } from "./types";

/** All the work on an upload, from bytes to a draft; run in a worker (parse-in-worker.ts). */
export async function parseUpload(bytes: Uint8Array): Promise<ParsedDpa & { kind: FileKind }> {
  const { kind, lines } = await extractLines(bytes);
  return { kind, ...parseDpa(lines) };
}
