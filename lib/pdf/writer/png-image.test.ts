import { deflateSync, inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { pngFromChunks } from "@/lib/images/png";
import { decodePng } from "./png-image";

// Canvas PNGs use every PNG filter; the decoder must undo each one exactly.

function paeth(a: number, b: number, c: number) {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Encodes RGBA pixels, row y with filter y % 5. */
function encodeRgba(width: number, height: number, pixels: Buffer): Buffer {
  const stride = width * 4;
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const filter = y % 5;
    const row = Buffer.alloc(stride + 1);
    row[0] = filter;
    for (let x = 0; x < stride; x++) {
      const value = pixels[y * stride + x];
      const left = x >= 4 ? pixels[y * stride + x - 4] : 0;
      const up = y > 0 ? pixels[(y - 1) * stride + x] : 0;
      const upLeft = y > 0 && x >= 4 ? pixels[(y - 1) * stride + x - 4] : 0;
      const predictor = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter];
      row[x + 1] = (value - predictor) & 0xff;
    }
    rows.push(row);
  }
  return pngFromChunks(width, height, deflateSync(Buffer.concat(rows)));
}

describe("decodePng", () => {
  it("undoes all five filters and splits colour from alpha", () => {
    const width = 7;
    const height = 10;
    const pixels = Buffer.alloc(width * height * 4);
    for (let i = 0; i < pixels.length; i++) pixels[i] = (i * 37 + (i >> 3) * 11) & 0xff;
    const decoded = decodePng(encodeRgba(width, height, pixels))!;
    expect(decoded).not.toBeNull();
    expect(decoded.colors).toBe(3);
    const color = inflateSync(decoded.color);
    const alpha = inflateSync(decoded.alpha!);
    for (let i = 0; i < width * height; i++) {
      expect([color[i * 3], color[i * 3 + 1], color[i * 3 + 2], alpha[i]]).toEqual([pixels[i * 4], pixels[i * 4 + 1], pixels[i * 4 + 2], pixels[i * 4 + 3]]);
    }
  });

  it("leaves out the soft mask of an opaque image", () => {
    const pixels = Buffer.alloc(3 * 2 * 4, 255);
    expect(decodePng(encodeRgba(3, 2, pixels))!.alpha).toBeNull();
  });

  it("rejects what is not a PNG", () => {
    expect(() => decodePng(Buffer.from("<svg></svg>".padEnd(40)))).toThrow(/not a PNG/);
  });
});

describe("decodePng on a PNG bomb", () => {
  it("refuses 100 000 x 100 000 declared pixels from the header, without inflating the data", async () => {
    const { zlibOfZeros } = await import("@/lib/import/fixtures/build-bombs");
    const bomb = pngFromChunks(100_000, 100_000, zlibOfZeros(0.5));
    const started = performance.now();
    expect(() => decodePng(bomb)).toThrow(/cannot be read/);
    expect(performance.now() - started).toBeLessThan(100);
  });
});
