import { describe, expect, it } from "vitest";
import { zlibOfZeros } from "@/lib/import/fixtures/build-bombs";
import { encodePng, pngFromChunks } from "@/lib/images/png";
import { scribblePng } from "./encode-png";
import { validateSignatureImage } from "./signature-image";

const dataUrl = (png: Buffer) => `data:image/png;base64,${png.toString("base64")}`;
const fieldErrorOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as { fieldErrors?: Record<string, string> }).fieldErrors;
  }
  return null;
};

describe("validateSignatureImage", () => {
  it("accepts a drawn signature and returns its bytes", () => {
    const png = scribblePng(3, 480, 160);
    expect(validateSignatureImage(dataUrl(png)).equals(png)).toBe(true);
  });

  it("refuses a blank canvas, one too small and one too large", () => {
    expect(fieldErrorOf(() => validateSignatureImage(dataUrl(encodePng(300, 100, Buffer.alloc(300 * 100 * 4)))))).toEqual({ signature: "signing.signatureEmpty" });
    expect(fieldErrorOf(() => validateSignatureImage(dataUrl(scribblePng(1, 40, 100))))).toEqual({ signature: "signing.signatureSize" });
    expect(fieldErrorOf(() => validateSignatureImage(dataUrl(pngFromChunks(4001, 100, Buffer.alloc(0)))))).toEqual({ signature: "signing.signatureSize" });
  });

  it("refuses a PNG bomb quickly: 100 000 x 100 000 pixels declared in half a megabyte", () => {
    const bomb = dataUrl(pngFromChunks(100_000, 100_000, zlibOfZeros(0.5)));
    const started = performance.now();
    expect(fieldErrorOf(() => validateSignatureImage(bomb))).toEqual({ signature: "signing.signatureSize" });
    expect(performance.now() - started).toBeLessThan(100);
  });

  it("refuses a PNG whose data inflates past its declared size without holding it all", () => {
    const bomb = dataUrl(pngFromChunks(4000, 2000, zlibOfZeros(0.5)));
    const started = performance.now();
    const error = fieldErrorOf(() => validateSignatureImage(bomb));
    expect(error?.signature).toMatch(/^signing\.signature(NotPng|Empty)$/);
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
