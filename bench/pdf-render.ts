// Micro-benchmark of the signed agreement PDF on fixtures, without a database or server.
//   npx tsx --import ./scripts/lib/server-only-hook.mjs bench/pdf-render.ts [--chromium]
// (`npm run bench` measures the demo DPA from the database against Chromium printing its public
// page: bench/pdf.ts.)
// Runs in production mode (as under `next start`): without NODE_ENV it starts itself again with
// NODE_ENV=production. Per fixture: the cold render (fonts, the body laid out by react-pdf), 5
// untimed renders to warm the JIT up as in a running server, then 20 timed warm renders, each for a
// new signer with a new signature image and reference, as in real use. "cpu" is the process CPU
// time per render, which other load on the machine disturbs less than wall time.
// --chromium also times headless Chromium printing comparable HTML, for reference.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

if (process.env.NODE_ENV !== "production") {
  const result = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production" },
  });
  process.exit(result.status ?? 1);
}

const { renderSignedAgreementPdf } = await import("../lib/pdf/index");
const fixture = await import("../lib/pdf/test-fixture");
const { makeSignaturePng } = await import("../lib/pdf/signature-png");
type PdfVersion = import("../lib/pdf/index").PdfVersion;
type VersionDoc = import("../lib/agreements/types").VersionDoc;

const WARM_RUNS = 20;
const WARM_UP = 5;
const { median } = await import("./lib/stats");
const ms = (value: number) => `${value.toFixed(1)} ms`;

/** Distinct signers, prepared before timing: a new image, name and reference per agreement. */
const signers = Array.from({ length: WARM_UP + WARM_RUNS }, (_, i) => ({
  reference: `VWO-2026-BENCH${String(i).padStart(2, "0")}`,
  signature: {
    ...fixture.pdfTestControllerSignature,
    signerName: `Ondertekenaar ${i + 1}`,
    imagePng: makeSignaturePng(`Ondertekenaar ${i + 1}`),
    signedAt: new Date(Date.UTC(2026, 2, 2, 13, 7, i)),
  },
}));

async function bench(name: string, version: PdfVersion) {
  const input = (i: number) => ({
    ...fixture.pdfTestSignedInput,
    version,
    reference: signers[i].reference,
    signatures: [
      { ...fixture.pdfTestProcessorSignature, contentHash: version.contentHash },
      { ...signers[i].signature, contentHash: version.contentHash },
    ],
  });
  let start = performance.now();
  const first = await renderSignedAgreementPdf(input(0));
  const cold = performance.now() - start;
  for (let i = 0; i < WARM_UP; i++) await renderSignedAgreementPdf(input(i));
  const times: number[] = [];
  const cpu: number[] = [];
  let size = first.length;
  for (let i = WARM_UP; i < WARM_UP + WARM_RUNS; i++) {
    const cpuStart = process.cpuUsage();
    start = performance.now();
    const pdf = await renderSignedAgreementPdf(input(i));
    times.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
    size = pdf.length;
  }
  const pages = (first.toString("latin1").match(/\/Type \/Page\b/g) ?? []).length;
  console.log(
    `${name.padEnd(24)} cold ${ms(cold).padStart(10)}   warm median ${ms(median(times)).padStart(9)}  min ${ms(Math.min(...times)).padStart(9)}  max ${ms(Math.max(...times)).padStart(9)}  cpu median ${ms(median(cpu)).padStart(9)}   ${pages} pages, ${(size / 1024).toFixed(0)} KiB`,
  );
}

await bench("test fixture (13 art.)", fixture.pdfTestVersion);
try {
  const { demoDpaNl } = (await import("../prisma/demo/dpa-nl")) as { demoDpaNl: VersionDoc };
  await bench("demo DPA (prisma/demo)", {
    ...demoDpaNl,
    id: "bench-demo-nl",
    number: 1,
    contentHash: "d".repeat(64),
    publishedAt: new Date("2026-01-02T10:00:00Z"),
  });
} catch (error) {
  console.log(`demo DPA skipped: ${(error as Error).message.split("\n")[0]}`);
}
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB (node ${process.version}, NODE_ENV=${process.env.NODE_ENV})`);

if (process.argv.includes("--chromium")) {
  const { chromiumBaseline } = await import("./pdf-chromium-baseline");
  await chromiumBaseline(fixture.pdfTestVersion, WARM_RUNS);
}
