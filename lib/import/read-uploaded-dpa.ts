import "server-only";
import { hit } from "@/lib/rate-limit/rate-limit";
import { assertCan, type OrgContext } from "@/lib/tenancy/context";
import { importErrors, MAX_IMPORT_BYTES } from "./errors";
import { parseUploadInWorker } from "./parse-in-worker";
import type { FileKind, ParsedDpa } from "./types";

/**
 * An uploaded or pasted DPA read into a draft for review. Stores nothing: the result goes back to
 * the browser and returns with the confirmation (createDraftFromImport), validated again there.
 * The reading itself runs in a worker thread with memory and time limits (parse-in-worker.ts);
 * one person may read IMPORTS_PER_10_MINUTES files in ten minutes, so that no one keeps the
 * readers busy for everyone else.
 */
export const IMPORTS_PER_10_MINUTES = 30;

export async function readUploadedDpa(ctx: OrgContext, bytes: Uint8Array): Promise<ParsedDpa & { kind: FileKind }> {
  assertCan(ctx, "agreement.edit");
  if (bytes.byteLength > MAX_IMPORT_BYTES) throw importErrors.tooLarge();
  const limit = await hit(`import:user:${ctx.userId}`, { max: IMPORTS_PER_10_MINUTES, windowSeconds: 600 });
  if (limit.isLimited) throw importErrors.tooMany();
  return parseUploadInWorker(bytes);
}
