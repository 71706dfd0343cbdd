import { inflateSync } from "node:zlib";
import { AppError } from "@/lib/errors";

export const maxSignatureBytes = 1024 * 1024;
const pngMagic = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

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

type Png = { width: number; height: number; colorType: number; pixels: Buffer; bytesPerPixel: number };

/** Decodes the 8-bit, non-interlaced PNGs a browser canvas produces. */
function decodePng(bytes: Buffer): Png {
  if (bytes.length < 33 || !bytes.subarray(0, 8).equals(pngMagic)) throw refuse("signing.signatureNotPng");
  let offset = 8;
  let header: { width: number; height: number; bitDepth: number; colorType: number; interlace: number } | null = null;
  const data: Buffer[] = [];
  while (offset + 8 <= bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString("latin1", offset + 4, offset + 8);
    const body = bytes.subarray(offset + 8, offset + 8 + length);
    if (body.length !== length) throw refuse("signing.signatureNotPng");
    if (type === "IHDR") {
      header = { width: body.readUInt32BE(0), height: body.readUInt32BE(4), bitDepth: body[8], colorType: body[9], interlace: body[12] };
    } else if (type === "IDAT") data.push(body);
    else if (type === "IEND") break;
    offset += 12 + length;
  }
  if (!header || data.length === 0) throw refuse("signing.signatureNotPng");
  const channels = { 0: 1, 2: 3, 4: 2, 6: 4 }[header.colorType];
  if (header.bitDepth !== 8 || header.interlace !== 0 || !channels) throw refuse("signing.signatureNotPng");
  if (header.width < 50 || header.height < 20 || header.width > 4000 || header.height > 2000) throw refuse("signing.signatureSize");
  let raw: Buffer;
  try {
    raw = inflateSync(Buffer.concat(data), { maxOutputLength: (header.width * channels + 1) * header.height });
  } catch {
    throw refuse("signing.signatureNotPng");
  }
  const stride = header.width * channels;
  if (raw.length !== (stride + 1) * header.height) throw refuse("signing.signatureNotPng");
  const pixels = Buffer.alloc(stride * header.height);
  for (let y = 0; y < header.height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const left = x >= channels ? pixels[y * stride + x - channels] : 0;
      const up = y > 0 ? pixels[(y - 1) * stride + x] : 0;
      const upLeft = y > 0 && x >= channels ? pixels[(y - 1) * stride + x - channels] : 0;
      let value = line[x];
      if (filter === 1) value += left;
      else if (filter === 2) value += up;
      else if (filter === 3) value += (left + up) >> 1;
      else if (filter === 4) {
        const p = left + up - upLeft;
        const pa = Math.abs(p - left), pb = Math.abs(p - up), pc = Math.abs(p - upLeft);
        value += pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      } else if (filter !== 0) throw refuse("signing.signatureNotPng");
      pixels[y * stride + x] = value & 0xff;
    }
  }
  return { width: header.width, height: header.height, colorType: header.colorType, pixels, bytesPerPixel: channels };
}

/** Counts "ink": pixels that are visible (alpha) and dark. A blank canvas has none. */
export function countInkPixels(bytes: Buffer): number {
  const png = decodePng(bytes);
  let ink = 0;
  for (let i = 0; i < png.pixels.length; i += png.bytesPerPixel) {
    const [r, g, b, a] =
      png.colorType === 6 ? [png.pixels[i], png.pixels[i + 1], png.pixels[i + 2], png.pixels[i + 3]]
      : png.colorType === 2 ? [png.pixels[i], png.pixels[i + 1], png.pixels[i + 2], 255]
      : png.colorType === 4 ? [png.pixels[i], png.pixels[i], png.pixels[i], png.pixels[i + 1]]
      : [png.pixels[i], png.pixels[i], png.pixels[i], 255];
    if (a > 64 && r + g + b < 600) ink++;
  }
  return ink;
}

/** A real PNG, at most 1 MB, with at least a stroke's worth of ink. */
export function validateSignatureImage(dataUrl: string): Buffer {
  const bytes = decodeSignatureDataUrl(dataUrl);
  if (countInkPixels(bytes) < 30) throw refuse("signing.signatureEmpty");
  return bytes;
}
