import { AppError } from "@/lib/errors";
import { decodePng, PngError } from "@/lib/images/png";

export const maxSignatureBytes = 1024 * 1024;

const refuse = (message: string) => new AppError("VALIDATION", "validation.fix", { signature: message });

/** "data:image/png;base64,..." to bytes; anything else is refused. */
export function decodeSignatureDataUrl(dataUrl: string): Buffer {
  const prefix = "data:image/png;base64,";
  if (typeof dataUrl !== "string" || !dataUrl.startsWith(prefix)) throw refuse("signing.signatureNotPng");
  // Base64 is 4/3 the size of the bytes: refuse before decoding anything huge.
  if (dataUrl.length - prefix.length > Math.ceil((maxSignatureBytes * 4) / 3) + 4) throw refuse("signing.signatureTooLarge");
  const bytes = Buffer.from(dataUrl.slice(prefix.length), "base64");
  if (bytes.length > maxSignatureBytes) throw refuse("signing.signatureTooLarge");
  return bytes;
}

/** Signature canvases: at least 50 x 20 pixels, at most 4000 x 2000 (checked before decoding). */
const signatureLimits = { minWidth: 50, minHeight: 20, maxWidth: 4000, maxHeight: 2000 };

/** Counts "ink": pixels that are visible (alpha) and dark. A blank canvas has none. */
export function countInkPixels(bytes: Buffer): number {
  let rgba: Buffer;
  try {
    rgba = decodePng(bytes, signatureLimits).rgba;
  } catch (error) {
    if (error instanceof PngError) throw refuse(error.reason === "size" ? "signing.signatureSize" : "signing.signatureNotPng");
    throw error;
  }
  let ink = 0;
  for (let i = 0; i < rgba.length; i += 4) {
    if (rgba[i + 3] > 64 && rgba[i] + rgba[i + 1] + rgba[i + 2] < 600) ink++;
  }
  return ink;
}

/** A real PNG, at most 1 MB, with at least a stroke's worth of ink. */
export function validateSignatureImage(dataUrl: string): Buffer {
  const bytes = decodeSignatureDataUrl(dataUrl);
  if (countInkPixels(bytes) < 30) throw refuse("signing.signatureEmpty");
  return bytes;
}
