import "server-only";
import { createHash } from "node:crypto";
import { deflateSync } from "node:zlib";
import { LRUCache } from "lru-cache";
import { PDFRawStream, type PDFContext, type PDFDocument, type PDFRef } from "pdf-lib";
import { decodePng as decodeWithin, readPngHeader } from "@/lib/images/png";

// Signature images are PNGs with transparency (drawn on a canvas). A PDF image has no alpha
// channel: the colour goes into the image and the alpha into a soft mask. Decoding (pngjs, in
// lib/images/png.ts) and compressing takes a few milliseconds; the result is cached because the
// processor's signature appears in every agreement signed against a version.

export type PreparedImage = {
  width: number;
  height: number;
  /** Deflated pixel data; `colors` channels of 8 bits. */
  color: Uint8Array;
  colors: 1 | 3;
  /** Deflated 8-bit alpha, or null when the image is opaque. */
  alpha: Uint8Array | null;
};

// Bounded like the signature check (lib/signing/signature-image.ts), with room for larger images.
const limits = { maxWidth: 8000, maxHeight: 8000 };
const cache = new LRUCache<string, { image: PreparedImage | null }>({ max: 32 });

/** Splits a PNG into deflated colour and alpha; null means "let pdf-lib handle it" (interlaced). */
export function decodePng(png: Buffer): PreparedImage | null {
  const header = readPngHeader(png);
  if (!header) throw new Error("Signature image is not a PNG");
  if (header.interlace !== 0) return null;
  let decoded;
  try {
    decoded = decodeWithin(png, limits);
  } catch (error) {
    throw new Error(`Signature image cannot be read: ${(error as Error).message}`);
  }
  const { width, height, rgba, isGrey } = decoded;
  const count = width * height;
  const colors: 1 | 3 = isGrey ? 1 : 3;
  const color = Buffer.alloc(count * colors);
  const alpha = Buffer.alloc(count);
  let isOpaque = true;
  for (let i = 0, c = 0; i < count; i++) {
    const p = i * 4;
    if (colors === 1) color[c++] = rgba[p];
    else {
      color[c++] = rgba[p];
      color[c++] = rgba[p + 1];
      color[c++] = rgba[p + 2];
    }
    alpha[i] = rgba[p + 3];
    if (alpha[i] !== 255) isOpaque = false;
  }
  return {
    width,
    height,
    colors,
    color: deflateSync(color),
    alpha: isOpaque ? null : deflateSync(alpha),
  };
}

function prepare(png: Buffer): PreparedImage | null {
  const key = createHash("sha256").update(png).digest("hex");
  const hit = cache.get(key);
  if (hit) return hit.image;
  const image = decodePng(png);
  cache.set(key, { image });
  return image;
}

export type EmbeddedImage = { ref: PDFRef; width: number; height: number };

export async function embedPngImage(doc: PDFDocument, png: Buffer): Promise<EmbeddedImage> {
  const prepared = prepare(png);
  if (!prepared) {
    const image = await doc.embedPng(png);
    return { ref: image.ref, width: image.width, height: image.height };
  }
  const context: PDFContext = doc.context;
  const { width, height } = prepared;
  const smask = prepared.alpha
    ? context.register(
        PDFRawStream.of(
          context.obj({ Type: "XObject", Subtype: "Image", Width: width, Height: height, ColorSpace: "DeviceGray", BitsPerComponent: 8, Filter: "FlateDecode" }),
          prepared.alpha,
        ),
      )
    : null;
  const ref = context.register(
    PDFRawStream.of(
      context.obj({
        Type: "XObject",
        Subtype: "Image",
        Width: width,
        Height: height,
        ColorSpace: prepared.colors === 1 ? "DeviceGray" : "DeviceRGB",
        BitsPerComponent: 8,
        Filter: "FlateDecode",
        ...(smask ? { SMask: smask } : {}),
      }),
      prepared.color,
    ),
  );
  return { ref, width, height };
}
