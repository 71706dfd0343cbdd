import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { zlibOfZeros } from "@/lib/import/fixtures/build-bombs";
import { decodePng, encodePng, PngError, pngFromChunks, readPngHeader } from "./png";

const limits = { maxWidth: 4000, maxHeight: 2000 };

describe("png", () => {
  it("encodes RGBA and decodes it back, pixel for pixel", () => {
    const rgba = Buffer.alloc(5 * 3 * 4);
    for (let i = 0; i < rgba.length; i++) rgba[i] = (i * 29) & 0xff;
    const decoded = decodePng(encodePng(5, 3, rgba), limits);
    expect(decoded).toMatchObject({ width: 5, height: 3, bitDepth: 8, colorType: 6, isGrey: false });
    expect(decoded.rgba.equals(rgba)).toBe(true);
  });

  it("refuses what is not a PNG, and a PNG with a broken checksum", () => {
    expect(readPngHeader(Buffer.from("GIF89a not a png at all, padded out to length"))).toBeNull();
    expect(() => decodePng(Buffer.from("<svg></svg>".padEnd(40)), limits)).toThrow(PngError);
    const png = encodePng(2, 2, Buffer.alloc(16, 200));
    png[png.length - 20] ^= 0xff; // inside the IDAT chunk
    expect(() => decodePng(png, limits)).toThrow(PngError);
  });

  it("refuses a PNG bomb (huge declared dimensions) from its header, without inflating it", () => {
    // 100 000 x 100 000 RGBA would be 40 GB of pixels; the file is about 0.5 MB.
    const bomb = pngFromChunks(100_000, 100_000, zlibOfZeros(0.5));
    const started = performance.now();
    const error = (() => {
      try {
        decodePng(bomb, limits);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(PngError);
    expect((error as PngError).reason).toBe("size");
    expect(performance.now() - started).toBeLessThan(50);
  });

  it("stops inflating at the declared size when the data says more (allowed dimensions, 0.5 GB of data)", () => {
    const bomb = pngFromChunks(4000, 2000, zlibOfZeros(0.5));
    const heapBefore = process.memoryUsage().rss;
    const started = performance.now();
    let decoded: ReturnType<typeof decodePng> | null = null;
    try {
      decoded = decodePng(bomb, limits);
    } catch (error) {
      expect(error).toBeInstanceOf(PngError);
    }
    // Either refused or decoded to exactly the declared 4000 x 2000: never the 0.5 GB the data holds.
    if (decoded) expect(decoded.rgba.length).toBe(4000 * 2000 * 4);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(process.memoryUsage().rss - heapBefore).toBeLessThan(256 * 1024 * 1024);
  });

  it("expands grey images to RGBA and says they are grey", () => {
    const grey = Buffer.alloc((3 + 1) * 2);
    grey[1] = 10; grey[2] = 20; grey[3] = 30;
    const decoded = decodePng(pngFromChunks(3, 2, deflateSync(grey), 0), limits);
    expect(decoded.isGrey).toBe(true);
    expect([...decoded.rgba.subarray(0, 12)]).toEqual([10, 10, 10, 255, 20, 20, 20, 255, 30, 30, 30, 255]);
  });
});
