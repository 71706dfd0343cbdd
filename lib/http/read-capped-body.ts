import "server-only";
import { AppError } from "@/lib/errors";

/**
 * A request body of at most `maxBytes`, refused before it is read when its declared length is
 * larger, and cut off (the stream cancelled) as soon as more arrives than declared or allowed.
 * The one capped reader of every route: too large throws AppError TOO_LARGE with `message`.
 */
export async function readCappedBody(request: Request, maxBytes: number, message = "verify.tooLarge"): Promise<Buffer> {
  const declared = request.headers.get("content-length");
  if (declared !== null && (!/^\d+$/.test(declared) || Number(declared) > maxBytes)) {
    throw new AppError("TOO_LARGE", message);
  }
  if (!request.body) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw new AppError("TOO_LARGE", message);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}
