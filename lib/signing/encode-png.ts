import { deflateSync } from "node:zlib";

/** Encodes 8-bit RGBA pixels as a PNG (no filtering). Used for generated demo and test signatures. */
export function encodePng(width: number, height: number, rgba: Buffer): Buffer {
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function chunk(type: string, body: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(body.length);
  const typeBytes = Buffer.from(type, "latin1");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([typeBytes, body])));
  return Buffer.concat([length, typeBytes, body, crc]);
}

function crc32(bytes: Buffer): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

/** A handwriting-like scribble: a few overlapping loops drawn as a thick dark-blue line. */
export function scribblePng(seed: number, width = 480, height = 160): Buffer {
  const rgba = Buffer.alloc(width * height * 4);
  const dot = (cx: number, cy: number) => {
    for (let dy = -2; dy <= 2; dy++) for (let dx = -2; dx <= 2; dx++) {
      if (dx * dx + dy * dy > 5) continue;
      const x = Math.round(cx + dx), y = Math.round(cy + dy);
      if (x < 0 || y < 0 || x >= width || y >= height) continue;
      const i = (y * width + x) * 4;
      rgba[i] = 20; rgba[i + 1] = 35; rgba[i + 2] = 90; rgba[i + 3] = 255;
    }
  };
  const loops = 4 + (seed % 3);
  for (let t = 0; t < 1; t += 0.0004) {
    const x = 30 + t * (width - 60) + Math.sin(t * Math.PI * 2 * loops + seed) * 22;
    const y = height / 2 + Math.cos(t * Math.PI * 2 * loops + seed) * (28 + 10 * Math.sin(t * 7 + seed)) - t * 20;
    dot(x, y);
  }
  for (let t = 0; t < 1; t += 0.002) dot(60 + t * (width - 140), height * 0.78 + Math.sin(t * 3 + seed) * 4); // underline
  return encodePng(width, height, rgba);
}
