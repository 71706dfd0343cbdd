import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { buildDocx } from "./fixtures/build-files";
import {
  buildHugeDocx,
  buildLazyScanDocx,
  buildLongSpacesText,
  buildPdfBomb,
  buildRepeatedEntryZip,
} from "./fixtures/build-bombs";
import { parseUploadInWorker } from "./parse-in-worker";

// Each hostile upload is read the way the import route reads it (parseUploadInWorker, in a worker
// thread) while a timer ticks on the main thread: the refusal must come within a few seconds and
// the main thread must never stall (the longest gap between 20 ms ticks stays far below a second).

async function readWhileTicking(bytes: Uint8Array, limits?: Parameters<typeof parseUploadInWorker>[1]) {
  let longestGap = 0;
  let last = performance.now();
  const ticker = setInterval(() => {
    const now = performance.now();
    longestGap = Math.max(longestGap, now - last);
    last = now;
  }, 20);
  const started = performance.now();
  const outcome = await parseUploadInWorker(bytes, limits).then(
    (result) => ({ answer: `ok ${result.kind}`, result }),
    (error) => ({ answer: error instanceof AppError ? `${error.code} ${error.message}` : `unexpected ${String(error)}`, result: null }),
  );
  const seconds = (performance.now() - started) / 1000;
  clearInterval(ticker);
  return { ...outcome, seconds, longestGapMs: longestGap };
}

describe("import: hostile uploads are refused quickly, off the main thread", () => {
  it("still reads a normal DOCX in the worker", async () => {
    const outcome = await readWhileTicking(buildDocx([{ paragraph: "Artikel 1. Doel", style: "Heading1" }, { paragraph: "1.1 De Verwerker verwerkt." }]));
    expect(outcome.answer).toBe("ok docx");
    expect(outcome.result?.content.articles.map((article) => article.title)).toEqual(["Doel"]);
  });

  it("refuses a DOCX whose central directory repeats one entry", async () => {
    const outcome = await readWhileTicking(buildRepeatedEntryZip(1500));
    console.info("repeated entries:", outcome);
    expect(outcome.answer).toBe("VALIDATION import.error.invalidDocx");
    expect(outcome.seconds).toBeLessThan(5);
    expect(outcome.longestGapMs).toBeLessThan(500);
  });

  it("refuses a ZIP with more entries than any DOCX has", async () => {
    const outcome = await readWhileTicking(buildRepeatedEntryZip(5000, (i) => `word/media/image${i}.png`));
    expect(outcome.answer).toBe("TOO_LARGE import.error.docxTooLarge");
    expect(outcome.seconds).toBeLessThan(5);
  });

  it("refuses a DOCX with a 50 MB document.xml, stopping at the cap", async () => {
    const docx = buildHugeDocx(50);
    expect(docx.byteLength).toBeLessThan(10 * 1024 * 1024);
    const outcome = await readWhileTicking(docx);
    console.info("50 MB document.xml:", { bytes: docx.byteLength, ...outcome, result: undefined });
    expect(outcome.answer).toBe("TOO_LARGE import.error.docxTooLarge");
    expect(outcome.seconds).toBeLessThan(5);
    expect(outcome.longestGapMs).toBeLessThan(500);
  });

  it("reads XML full of unclosed elements in linear time (no lazy scans)", async () => {
    const docx = buildLazyScanDocx(200_000);
    const outcome = await readWhileTicking(docx);
    console.info("lazy-scan DOCX:", { ...outcome, result: undefined });
    expect(outcome.answer).toMatch(/^(ok docx|VALIDATION import\.error\.noText)$/);
    expect(outcome.seconds).toBeLessThan(5);
    expect(outcome.longestGapMs).toBeLessThan(500);
  });

  it("reads a long line of spaces in linear time (trimEnd, not /\\s+$/)", async () => {
    const outcome = await readWhileTicking(buildLongSpacesText(5 * 1024 * 1024));
    console.info("long line of spaces:", { ...outcome, result: undefined });
    expect(outcome.answer).toBe("ok text");
    expect(outcome.seconds).toBeLessThan(5);
    expect(outcome.longestGapMs).toBeLessThan(500);
  });

  it("refuses a PDF whose content stream inflates to 2 GB", async () => {
    const pdf = await buildPdfBomb(2);
    const outcome = await readWhileTicking(pdf);
    console.info("PDF bomb:", { bytes: pdf.byteLength, ...outcome });
    expect(outcome.answer).toBe("VALIDATION import.error.tooComplex");
    expect(outcome.seconds).toBeLessThan(5);
    expect(outcome.longestGapMs).toBeLessThan(500);
  });

  it("refuses a PDF bomb hidden under two Flate layers", async () => {
    const pdf = await buildPdfBomb(2, { isNested: true });
    const outcome = await readWhileTicking(pdf);
    console.info("nested PDF bomb:", { bytes: pdf.byteLength, ...outcome });
    expect(outcome.answer).toBe("VALIDATION import.error.tooComplex");
    expect(outcome.seconds).toBeLessThan(5);
  });

  it("terminates a worker that runs out of time, and one that runs out of memory", async () => {
    const docx = buildDocx([{ paragraph: "Artikel 1. Doel", style: "Heading1" }]);
    const late = await readWhileTicking(docx, { timeLimitMs: 50 });
    expect(late.answer).toBe("VALIDATION import.error.tooComplex");
    expect(late.seconds).toBeLessThan(1);
    // A 5 MB line in a 16 MB heap: the worker dies, the main thread does not notice.
    const starved = await readWhileTicking(buildLongSpacesText(5 * 1024 * 1024), { memoryMb: 16 });
    console.info("out of memory:", { ...starved, result: undefined });
    expect(starved.answer).toBe("VALIDATION import.error.tooComplex");
    expect(starved.longestGapMs).toBeLessThan(500);
    // And the next upload is read as usual.
    expect((await readWhileTicking(docx)).answer).toBe("ok docx");
  });
});
