import "server-only";
import { assertCan, type OrgContext } from "@/lib/tenancy/context";
import { extractLines } from "./extract-lines";
import { parseDpa } from "./parse-dpa";
import type { FileKind, ParsedDpa } from "./types";

/**
 * An uploaded or pasted DPA read into a draft for review. Stores nothing: the result goes back to
 * the browser and returns with the confirmation (createDraftFromImport), validated again there.
 */
export async function readUploadedDpa(ctx: OrgContext, bytes: Uint8Array): Promise<ParsedDpa & { kind: FileKind }> {
  assertCan(ctx, "agreement.edit");
  const { kind, lines } = await extractLines(bytes);
  return { kind, ...parseDpa(lines) };
}
