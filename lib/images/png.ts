import { crc32 } from "node:zlib";
import { PNG } from "pngjs";

// The one place that reads and writes PNG files (signature images, test and demo signatures), on
// pngjs. Decoding is bounded: the declared dimensions are read from IHDR and checked before pngjs
// allocates or inflates anything, so a small file declaring a huge image (a "PNG bomb") is refused
// in microseconds. pngjs bounds the inflated size by the declared dimensions for non-interlaced
// images only, so interlaced ones are refused (browser canvases never produce them).

const magic = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export type PngHeader = { width: number; height: number; bitDepth: number; colorType: number; interlace: number };

export type PngLimits = { minWidth?: number; minHeight?: number; maxWidth: number; maxHeight: number };

/** Why a PNG was refused: not a (supported) PNG at all, or dimensions outside the limits. */
export class PngError extends Error {
  constructor(readonly reason: "not-png" | "size", message: string) {
    super(message);
    this.name = "PngError";
  }
}

/** The IHDR fields, which the PNG format requires to be the first chunk; null when this is no PNG. */
export function readPngHeader(bytes: Buffer): PngHeader | null {
  if (bytes.length < 33 || !bytes.subarray(0, 8).equals(magic)) return null;
  if (bytes.readUInt32BE(8) !== 13 || bytes.toString("latin1", 12, 16) !== "IHDR") return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), bitDepth: bytes[24], colorType: bytes[25], interlace: bytes[28] };
}

export type DecodedPng = PngHeader & {
  /** 8-bit RGBA, row by row (pngjs expands grey, palette, tRNS and 16-bit to this). */
  rgba: Buffer;
  /** True for grey and grey+alpha images: the colour channels are all equal. */
  isGrey: boolean;
};

/** Decodes a PNG within the given dimensions; throws PngError otherwise. */
export function decodePng(bytes: Buffer, limits: PngLimits): DecodedPng {
  const header = readPngHeader(bytes);
  if (!header) throw new PngError("not-png", "The image is not a PNG");
  const { width, height } = header;
  if (width < (limits.minWidth ?? 1) || height < (limits.minHeight ?? 1) || width > limits.maxWidth || height > limits.maxHeight) {
    throw new PngError("size", `The image is ${width} x ${height} pixels, outside ${limits.maxWidth} x ${limits.maxHeight}`);
  }
  if (header.interlace !== 0) throw new PngError("not-png", "Interlaced PNGs are not supported");
  let png: PNG;
  try {
    png = PNG.sync.read(bytes);
  } catch (error) {
    throw new PngError("not-png", `The image is not a valid PNG: ${(error as Error).message}`);
  }
  return { ...header, rgba: png.data, isGrey: header.colorType === 0 || header.colorType === 4 };
}

/** Encodes 8-bit RGBA pixels as a PNG. */
export function encodePng(width: number, height: number, rgba: Buffer): Buffer {
  return PNG.sync.write(Object.assign(new PNG({ width, height }), { data: rgba }), { colorType: 6 });
}

/** One PNG chunk (length, type, data, CRC), for tests that build unusual files by hand. */
export function pngChunk(type: string, data: Buffer): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** A PNG from raw chunks: signature, IHDR (8-bit, given colour type), the given IDAT data, IEND. */
export function pngFromChunks(width: number, height: number, idat: Buffer, colorType = 6): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = colorType;
  return Buffer.concat([magic, pngChunk("IHDR", header), pngChunk("IDAT", idat), pngChunk("IEND", Buffer.alloc(0))]);
}
