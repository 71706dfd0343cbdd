// (b) The signed PDF of the demo DPA, beside headless Chromium printing the same version's public
// page. Started by bench/run.ts as a child process in production mode (as under `next start`;
// React is much slower in development mode), so that its peak RSS is that of PDF work alone.
//
// Ours: the version as signAgreement loads it (getPublishedVersionById), rendered with
// renderSignedAgreementPdf exactly as signAgreement calls it: the processor's signature from the
// database and, per render, a new controller, signer, reference and drawn signature image
// (scribblePng; all made before timing). The cold render lays out the body (react-pdf) and caches
// it, as the first signature of a version does in the server; then WARM_UP untimed renders, then
// RUNS timed ones. "cpu" is this process's CPU time per render (less disturbed by other load).
//
// Chromium: one browser, one page, reused. Each timed run loads the public page (page.goto, until
// "load"; the server answers from its cache) and prints it (page.pdf, A4, header with a new
// reference, footer with page numbers), as an HTML-to-PDF service would for each signer. The
// print alone (page.pdf on the loaded page) is timed separately too.
//
// Input (environment): DATABASE_URL, BENCH_VERSION_ID, BENCH_PAGE_URL, BENCH_RESULT_FILE, BENCH_RUNS.
import fs from "node:fs";

if (process.env.NODE_ENV !== "production") throw new Error("bench/pdf.ts runs with NODE_ENV=production (bench/run.ts starts it so)");

const { getPublishedVersionById } = await import("../lib/agreements/get-published-version-by-id");
const { renderSignedAgreementPdf } = await import("../lib/pdf/index");
const { scribblePng } = await import("../lib/signing/encode-png");
const { newReference } = await import("../lib/signing/tokens");
const { agreementTexts } = await import("../lib/agreements/texts");
const { db } = await import("../lib/db");
const { launchChromium, printOptions } = await import("./lib/chromium");
const { html: leanHtml } = await import("./pdf-chromium-baseline");
const { median, round } = await import("./lib/stats");
type SignedAgreementPdfInput = import("../lib/pdf/index").SignedAgreementPdfInput;

const countPages = (pdf: Buffer) => (pdf.toString("latin1").match(/\/Type\s*\/Page\b/g) ?? []).length;
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const WARM_UP = 5;
const DEADLINE = Date.now() + 120_000; // every loop below also stops here
const versionId = process.env.BENCH_VERSION_ID!;
const pageUrl = process.env.BENCH_PAGE_URL!;
const resultFile = process.env.BENCH_RESULT_FILE!;

const published = await getPublishedVersionById(versionId);
if (!published?.processorSignature) throw new Error(`no published version ${versionId} with a processor signature`);
await db.$disconnect();
const { version, processorSignature } = published;

// Distinct signers, prepared before timing.
const inputs: SignedAgreementPdfInput[] = Array.from({ length: 1 + WARM_UP + RUNS }, (_, i) => {
  const signedAt = new Date(Date.UTC(2026, 2, 2, 13, 7, i));
  return {
    version,
    reference: newReference(signedAt),
    controller: {
      legalName: `Benchmark Klant ${i + 1} B.V.`,
      registrationNumber: String(70_000_000 + i),
      address: `Oudegracht ${i + 1}, 3511 AX Utrecht`,
      city: "Utrecht",
      country: "NL",
    },
    signatures: [
      { ...processorSignature, party: "PROCESSOR" },
      {
        party: "CONTROLLER",
        signerName: `Ondertekenaar ${i + 1}`,
        signerFunction: "Directeur",
        signerEmail: `ondertekenaar${i + 1}@klant.example`,
        organisationName: `Benchmark Klant ${i + 1} B.V.`,
        place: "Utrecht",
        method: "DRAWN",
        imagePng: scribblePng(i + 1),
        signedAt,
        ip: "127.0.0.1",
        userAgent: "bench/pdf.ts",
        contentHash: version.contentHash,
        consentText: agreementTexts("nl").consent.controller,
      },
    ],
  };
});

let start = performance.now();
const first = await renderSignedAgreementPdf(inputs[0]!);
const coldMs = performance.now() - start;
for (let i = 1; i <= WARM_UP; i++) await renderSignedAgreementPdf(inputs[i]!);
const times: number[] = [];
const cpu: number[] = [];
let bytes = first.length;
for (let i = 1 + WARM_UP; i < inputs.length && Date.now() < DEADLINE; i++) {
  const cpuStart = process.cpuUsage();
  start = performance.now();
  const pdf = await renderSignedAgreementPdf(inputs[i]!);
  times.push(performance.now() - start);
  const used = process.cpuUsage(cpuStart);
  cpu.push((used.user + used.system) / 1000);
  bytes = pdf.length;
}
const pages = countPages(first);
// Before Chromium's client library is loaded: the peak of the PDF work.
const peakRssMb = process.resourceUsage().maxRSS / 1024;
console.log(`  ours: cold ${coldMs.toFixed(0)} ms, warm median ${median(times).toFixed(1)} ms (cpu ${median(cpu).toFixed(1)} ms), ${pages} pages, ${(bytes / 1024).toFixed(0)} KiB, peak RSS ${peakRssMb.toFixed(0)} MB`);

const browser = await launchChromium();
const chromium = { loadAndPrint: [] as number[], printOnly: [] as number[], bytes: 0, pages: 0, lean: [] as number[], leanBytes: 0, leanPages: 0 };
try {
  const page = await browser.newPage();
  const title = version.title;
  const printOnce = async (reference: string) => {
    const t0 = performance.now();
    const response = await page.goto(pageUrl, { waitUntil: "load", timeout: 30_000 });
    if (!response?.ok()) throw new Error(`Chromium got ${response?.status()} for ${pageUrl}`);
    const t1 = performance.now();
    const pdf = await page.pdf(printOptions(title, reference));
    const t2 = performance.now();
    return { total: t2 - t0, print: t2 - t1, pdf };
  };
  for (let i = 0; i < 2; i++) await printOnce(`WARM-UP-${i}`); // fonts, styles, JIT
  for (let i = 0; i < RUNS && Date.now() < DEADLINE; i++) {
    const { total, print, pdf } = await printOnce(inputs[1 + WARM_UP + i]?.reference ?? `REF-${i}`);
    chromium.loadAndPrint.push(total);
    chromium.printOnly.push(print);
    chromium.bytes = pdf.length;
    chromium.pages = countPages(pdf);
  }
  // For reference: lean print-oriented HTML of the same version (bench/pdf-chromium-baseline.ts),
  // set as the page's content, printed: Chromium's best case, without the web page's weight.
  for (let i = 0; i <= RUNS && Date.now() < DEADLINE; i++) {
    const reference = inputs[1 + WARM_UP + (i % RUNS)]?.reference ?? `REF-${i}`;
    const t0 = performance.now();
    await page.setContent(leanHtml(version, reference));
    const pdf = await page.pdf(printOptions(version.title, reference));
    if (i > 0) chromium.lean.push(performance.now() - t0); // the first is the warm-up
    chromium.leanBytes = pdf.length;
    chromium.leanPages = countPages(pdf);
  }
} finally {
  await browser.close();
}
console.log(`  chromium: public page load + print median ${median(chromium.loadAndPrint).toFixed(1)} ms (print alone ${median(chromium.printOnly).toFixed(1)} ms), ${chromium.pages} pages, ${(chromium.bytes / 1024).toFixed(0)} KiB`);
console.log(`  chromium: lean HTML setContent + print median ${median(chromium.lean).toFixed(1)} ms, ${chromium.leanPages} pages, ${(chromium.leanBytes / 1024).toFixed(0)} KiB`);

fs.writeFileSync(
  resultFile,
  JSON.stringify({
    medianMs: round(median(times)),
    chromiumMedianMs: round(median(chromium.loadAndPrint)),
    bytes,
    peakRssMb: round(peakRssMb),
    runs: times.length,
    coldMs: round(coldMs),
    minMs: round(Math.min(...times)),
    maxMs: round(Math.max(...times)),
    cpuMedianMs: round(median(cpu)),
    pages,
    chromiumRuns: chromium.loadAndPrint.length,
    chromiumPrintOnlyMedianMs: round(median(chromium.printOnly)),
    chromiumBytes: chromium.bytes,
    chromiumPages: chromium.pages,
    chromiumLeanHtmlMedianMs: round(median(chromium.lean)),
    chromiumLeanHtmlBytes: chromium.leanBytes,
    chromiumLeanHtmlPages: chromium.leanPages,
  }),
);
