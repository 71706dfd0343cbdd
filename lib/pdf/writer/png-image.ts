import "server-only";
import { createHash } from "node:crypto";
import { deflateSync, inflateSync } from "node:zlib";
import { PDFRawStream, type PDFContext, type PDFDocument, type PDFRef } from "pdf-lib";

// Signature images are PNGs with transparency (drawn on a canvas). A PDF image has no alpha
// channel: the colour goes into the image and the alpha into a soft mask. Decoding and compressing
// with node's zlib takes a few milliseconds; the result is cached because the processor's signature
// appears in every agreement signed against a version.

export type PreparedImage = {
  width: number;
  height: number;
  /** Deflated pixel data; `colors` channels of 8 bits. */
  color: Uint8Array;
  colors: 1 | 3;
  /** Deflated 8-bit alpha, or null when the image is opaque. */
  alpha: Uint8Array | null;
};

const MAX_CACHED = 32;
const cache = new Map<string, PreparedImage | null>();

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Decodes the common PNG forms (8-bit, not interlaced); null means "let pdf-lib handle it". */
export function decodePng(png: Buffer): PreparedImage | null {
  if (png.length < 33 || png.readUInt32BE(0) !== 0x89504e47) throw new Error("Signature image is not a PNG");
  let offset = 8;
  let width = 0;
  let height = 0;
  let bitDepth = 0;
  let colorType = 0;
  let interlace = 0;
  let palette: Buffer | null = null;
  let transparency: Buffer | null = null;
  const data: Buffer[] = [];
  while (offset + 8 <= png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString("latin1", offset + 4, offset + 8);
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (type === "IHDR") {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      bitDepth = body[8];
      colorType = body[9];
      interlace = body[12];
    } else if (type === "PLTE") palette = body;
    else if (type === "tRNS") transparency = body;
    else if (type === "IDAT") data.push(body);
    else if (type === "IEND") break;
    offset += 12 + length;
  }
  const channelsByType: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
  const channels = channelsByType[colorType];
  if (!channels || bitDepth !== 8 || interlace !== 0 || width === 0 || height === 0) return null;
  if ((colorType === 0 || colorType === 2) && transparency) return null; // colour-key transparency: rare

  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  if (raw.length < (stride + 1) * height) throw new Error("Signature image is truncated");
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const src = y * (stride + 1) + 1;
    const dst = y * stride;
    const prev = dst - stride;
    // One loop per filter type: this runs for every byte of every new signature.
    switch (filter) {
      case 0:
        raw.copy(pixels, dst, src, src + stride);
        break;
      case 1:
        for (let x = 0; x < stride; x++) pixels[dst + x] = (raw[src + x] + (x >= channels ? pixels[dst + x - channels] : 0)) & 0xff;
        break;
      case 2:
        if (y === 0) raw.copy(pixels, dst, src, src + stride);
        else for (let x = 0; x < stride; x++) pixels[dst + x] = (raw[src + x] + pixels[prev + x]) & 0xff;
        break;
      case 3:
        for (let x = 0; x < stride; x++) {
          const left = x >= channels ? pixels[dst + x - channels] : 0;
          const up = y > 0 ? pixels[prev + x] : 0;
          pixels[dst + x] = (raw[src + x] + ((left + up) >> 1)) & 0xff;
        }
        break;
      case 4:
        for (let x = 0; x < stride; x++) {
          const left = x >= channels ? pixels[dst + x - channels] : 0;
          const up = y > 0 ? pixels[prev + x] : 0;
          const upLeft = y > 0 && x >= channels ? pixels[prev + x - channels] : 0;
          pixels[dst + x] = (raw[src + x] + paeth(left, up, upLeft)) & 0xff;
        }
        break;
      default:
        throw new Error("Signature image uses an unknown PNG filter");
    }
  }

  const count = width * height;
  const colors: 1 | 3 = colorType === 0 || colorType === 4 ? 1 : 3;
  let color: Buffer;
  const alpha = Buffer.alloc(count, 255);
  if (colorType === 6 || colorType === 4) {
    color = Buffer.alloc(count * colors);
    for (let i = 0, p = 0, c = 0; i < count; i++) {
      for (let k = 0; k < colors; k++) color[c++] = pixels[p++];
      alpha[i] = pixels[p++];
    }
  } else if (colorType === 3) {
    if (!palette) throw new Error("Signature image has no palette");
    color = Buffer.alloc(count * 3);
    for (let i = 0; i < count; i++) {
      const index = pixels[i];
      if (index * 3 + 2 >= palette.length) throw new Error("Signature image has a bad palette");
      palette.copy(color, i * 3, index * 3, index * 3 + 3);
      if (transparency && index < transparency.length) alpha[i] = transparency[index];
    }
  } else {
    color = pixels; // grey or RGB without alpha
  }
  const isOpaque = alpha.every((a) => a === 255);
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
  if (cache.has(key)) {
    const hit = cache.get(key)!;
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const prepared = decodePng(png);
  cache.set(key, prepared);
  while (cache.size > MAX_CACHED) cache.delete(cache.keys().next().value!);
  return prepared;
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
