// Sealing cost beside the render of the same PDF, without a database or server:
//   npx tsx --import ./scripts/lib/server-only-hook.mjs bench/seal.ts
// bench/run.ts calls measureSeal() for results.json ("seal": { "medianMs", ... }).
//
// The PDF is the signed demo DPA (prisma/demo/dpa-nl.ts with the test fixture's parties and
// signatures). Both are measured in this run, interleaved so that other load on the machine hits
// both alike: per round one warm render (renderSignedAgreementPdf; the body is cached per version,
// as in the server) and one seal of that PDF (sealPdf: the incremental update, the CAdES CMS and
// its RSA signature; the key is loaded once before timing, as in the server). No time-stamp: a
// TSA's network round trip is not the signer's cost. Target: sealing < 10% of the render.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { SignedAgreementPdfInput } from "../lib/pdf/index";
import { median, ratio, round } from "./lib/stats";

const RUNS = 20;
const WARM_UP = 5;
export const SEAL_TARGET_RATIO = 0.1;

export type SealFigures = { medianMs: number; renderMedianMs: number; ratio: number; minMs: number; maxMs: number; runs: number; level: string; bytesAdded: number };

async function demoInput(): Promise<SignedAgreementPdfInput> {
  const fixture = await import("../lib/pdf/test-fixture");
  try {
    const { demoDpaNl } = (await import("../prisma/demo/dpa-nl")) as { demoDpaNl: import("../lib/agreements/types").VersionDoc };
    const version = { ...demoDpaNl, id: "bench-seal-demo-nl", number: 1, contentHash: "d".repeat(64), publishedAt: new Date("2026-01-02T10:00:00Z") };
    return {
      ...fixture.pdfTestSignedInput,
      version,
      signatures: fixture.pdfTestSignedInput.signatures.map((signature) => ({ ...signature, contentHash: version.contentHash })),
    };
  } catch {
    return fixture.pdfTestSignedInput; // the fixture DPA is as long as the demo one
  }
}

/** Median of RUNS seals and of RUNS warm renders of the same PDF, measured in this process. */
export async function measureSeal(): Promise<SealFigures> {
  // A throwaway development key unless one is configured: loading it is not part of a seal.
  if (!process.env.SEAL_P12_PATH && !process.env.SEAL_DIR) process.env.SEAL_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "bench-seal-"));
  const { renderSignedAgreementPdf } = await import("../lib/pdf/index");
  const { sealPdf } = await import("../lib/sealing/seal-pdf");
  const { getSealKey } = await import("../lib/sealing/seal-key");
  await getSealKey();
  const input = await demoInput();

  const sealTimes: number[] = [];
  const renderTimes: number[] = [];
  let level = "";
  let bytesAdded = 0;
  for (let i = 0; i < WARM_UP + RUNS; i++) {
    let start = performance.now();
    const pdf = await renderSignedAgreementPdf(input);
    const renderMs = performance.now() - start;
    start = performance.now();
    const sealed = await sealPdf(pdf, { tsaUrl: "" });
    const sealMs = performance.now() - start;
    if (i < WARM_UP) continue; // the first render lays out the body; the JIT warms up
    renderTimes.push(renderMs);
    sealTimes.push(sealMs);
    level = sealed.level;
    bytesAdded = sealed.pdf.length - pdf.length;
  }
  const medianMs = median(sealTimes);
  const renderMedianMs = median(renderTimes);
  return {
    medianMs: round(medianMs),
    renderMedianMs: round(renderMedianMs),
    ratio: ratio(medianMs, renderMedianMs),
    minMs: round(Math.min(...sealTimes)),
    maxMs: round(Math.max(...sealTimes)),
    runs: RUNS,
    level,
    bytesAdded,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const figures = await measureSeal();
  const met = figures.ratio < SEAL_TARGET_RATIO;
  console.log(`seal (PAdES ${figures.level}), median of ${figures.runs}: ${figures.medianMs} ms (min ${figures.minMs}, max ${figures.maxMs}), +${(figures.bytesAdded / 1024).toFixed(1)} KiB`);
  console.log(`render of the same PDF, warm median:  ${figures.renderMedianMs} ms`);
  console.log(`ratio ${figures.ratio} (target < ${SEAL_TARGET_RATIO}): ${met ? "met" : "NOT met"}`);
  process.exit(0);
}
