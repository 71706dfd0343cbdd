// `npm run bench`: the benchmark suite, from nothing running to bench/results.json.
//
//   npm run bench                        all three parts; writes bench/results.json
//   npm run bench -- --only=pdf,signing  some parts (public, pdf, signing); prints, writes nothing
//   npm run bench -- --profile=DIR       also writes V8 CPU profiles of the app server into DIR
//                                        (one per server start; open them in Chrome DevTools)
//
// 1. A throwaway embedded PostgreSQL (temp dir, free port), migrations, the demo data; the build
//    when .next is missing or stale; `next start` on a free port with a random NEXTAUTH_SECRET.
// 2. (a) public page vs a static copy of its HTML (bench/public-page.ts), (b) signed PDF vs
//    headless Chromium (bench/pdf.ts, a child in production mode), (c) signing over HTTP with 1
//    and 10 concurrent signers (bench/signing.ts), and a check in the database that exactly the
//    signatures answered were stored.
// 3. The app and PostgreSQL are always stopped, also on errors and Ctrl-C; then the table.
//
// Every target is a ratio of two figures measured in this run: machines are shared and noisy, so
// absolute times mean little. See docs/benchmarks.md.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { exitCodeOf, spawnManaged } from "../scripts/lib/child-process";
import { projectRoot } from "../scripts/lib/env";
import { findFreePort } from "../scripts/lib/free-port";
import { BenchEnvironment, processGroupPeakRssMb } from "./lib/environment";
import { formatMs, ratio, round, table } from "./lib/stats";
import { measurePublicPage, probePage } from "./public-page";
import type { LoadFigures, PageProbe } from "./public-page";
import { checkSignRoute, runSigningPhase } from "./signing";
import { measureSeal, SEAL_TARGET_RATIO } from "./seal";
import type { SealFigures } from "./seal";
import type { SigningPhase } from "./signing";

const PARTS = ["public", "pdf", "seal", "signing"] as const;
type Part = (typeof PARTS)[number];

const config = {
  publicPage: { connections: 50, warmupSeconds: 2, roundSeconds: 5, rounds: 2 },
  pdf: { runs: 20, timeoutMs: 180_000 },
  signing: {
    warmUp: { count: 6, concurrency: 2 },
    single: { count: 25, concurrency: 1, deadlineMs: 60_000 },
    concurrent: { count: 100, concurrency: 10, deadlineMs: 120_000 },
  },
  /** The whole run, build included, is stopped after this. */
  watchdogMs: 15 * 60_000,
};

const targets = {
  publicPageVsStatic: 0.5, // page rps / static rps >= 0.5
  pdfVsChromium: 1.0, // our median / Chromium's median <= 1.0
  signingP99VsRender: 3, // signing p99 < 3 x render median
};

const STATIC_FILE = path.join(projectRoot, "public", "bench-static.html");
const STATIC_MARKER = "<!-- bench-static: written by bench/run.ts for one run, deleted afterwards -->\n";
const RESULTS_FILE = path.join(projectRoot, "bench", "results.json");
const DEMO_ORG = "offertewerk";

const log = (line: string) => console.log(`[bench] ${line}`);
let environment: BenchEnvironment | undefined;
let interruptedBy: NodeJS.Signals | undefined;

type PublicPageResult = { probe: Omit<PageProbe, "html">; firstRequests: (string | null)[]; page: LoadFigures; staticFile: LoadFigures; staticBytes: number; staticServedWithoutRestart: boolean };
type PdfResult = {
  medianMs: number;
  chromiumMedianMs: number;
  bytes: number;
  peakRssMb: number;
  runs: number;
  coldMs: number;
  minMs: number;
  maxMs: number;
  cpuMedianMs: number;
  pages: number;
  chromiumRuns: number;
  chromiumPrintOnlyMedianMs: number;
  chromiumBytes: number;
  chromiumPages: number;
  chromiumLeanHtmlMedianMs: number;
  chromiumLeanHtmlBytes: number;
  chromiumLeanHtmlPages: number;
};
type SigningResult = {
  routeProblems: string[];
  single: SigningPhase;
  concurrent: SigningPhase;
  stored: { expected: number; found: number; withDocument: number; versionTotal: number; versionExpected: number };
  download: { status: number; isPdf: boolean; bytes: number };
  serverPeakRssMb: number;
};

async function main(): Promise<number> {
  process.chdir(projectRoot);
  const parts = parseParts(process.argv.slice(2));
  const profileDir = process.argv.find((arg) => arg.startsWith("--profile="))?.slice("--profile=".length);
  if (profileDir) fs.mkdirSync(profileDir, { recursive: true });
  const startedAt = new Date();
  const machine = {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model.trim() ?? "unknown",
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    loadAverageAtStart: os.loadavg().map((value) => Math.round(value * 100) / 100),
  };
  log(`${machine.cpus} cores (${machine.cpuModel}), Node ${machine.node}, load average ${machine.loadAverageAtStart.join(" ")}`);
  removeStaticFile(true);

  const env = await BenchEnvironment.create(log);
  environment = env;
  let results: { publicPage?: PublicPageResult; pdf?: PdfResult; seal?: SealFigures; signing?: SigningResult } = {};
  let failure: unknown;
  try {
    await env.startDatabase(log);
    const port = await findFreePort();
    // Before the seed: the demo signatures' download tokens derive from the app's NEXTAUTH_SECRET.
    env.setAppEnvironment(port);
    await env.prepareDatabase(log);
    const { agreementSlug, versionId } = await findDemoAgreement();
    const build = await env.buildIfStale(log);
    log(build === "current" ? "the build in .next is up to date" : "built the app");
    checkInterrupted();

    let server = await env.startServer(port, profileDir);
    const pageUrl = `${server.url}/${DEMO_ORG}/${agreementSlug}`;
    log(`next start on ${server.url}; the demo DPA is ${pageUrl}`);
    const probe = await probePage(pageUrl);
    if (probe.status !== 200) throw new Error(`the public page answered ${probe.status}: ${pageUrl}`);
    log(`public page: ${probe.bytes} bytes, x-nextjs-cache ${probe.cacheSequence.map((v) => v ?? "-").join(" -> ")}, cache-control "${probe.headers["cache-control"] ?? "-"}"`);

    let staticServedWithoutRestart = false;
    let staticBytes = 0;
    if (parts.has("public")) {
      // The ceiling: the page's own HTML as a file in public/. `next start` may only serve files
      // that were in public/ when it started, so restart it when the new file is not served.
      fs.writeFileSync(STATIC_FILE, STATIC_MARKER + probe.html);
      env.onStop(() => removeStaticFile(false));
      staticBytes = fs.statSync(STATIC_FILE).size;
      staticServedWithoutRestart = await servesStaticFile(server.url, staticBytes);
      if (!staticServedWithoutRestart) {
        log("next start does not serve a file added to public/ after it started: restarting it");
        await env.stopServer();
        server = await env.startServer(port, profileDir);
        if (!(await servesStaticFile(server.url, staticBytes))) throw new Error("next start does not serve public/bench-static.html");
      }
      log("(a) public page vs static file");
      const { page, staticFile } = await measurePublicPage(pageUrl, `${server.url}/bench-static.html`, config.publicPage, log);
      const { html: _html, ...afterLoad } = await probePage(pageUrl);
      results.publicPage = { probe: afterLoad, firstRequests: probe.cacheSequence, page, staticFile, staticBytes, staticServedWithoutRestart };
      removeStaticFile(false);
      checkInterrupted();
    }

    if (parts.has("pdf")) {
      log("(b) signed PDF vs headless Chromium");
      results.pdf = await runPdfChild(env, versionId, pageUrl);
      checkInterrupted();
    }

    if (parts.has("seal")) {
      log("(d) sealing the signed PDF (PAdES) vs rendering it");
      results.seal = await measureSeal();
      checkInterrupted();
    }

    if (parts.has("signing")) {
      log("(c) signing over HTTP");
      results.signing = await measureSigning(server.url, versionId, server.child.pid);
    }
  } catch (error) {
    failure = error;
  } finally {
    log("stopping the app and PostgreSQL ...");
    await env.stop(failure !== undefined).catch((error: unknown) => {
      console.error("stopping failed:", error);
      failure ??= error;
    });
    log("stopped");
  }

  if (failure !== undefined || interruptedBy) {
    if (interruptedBy) console.error(`\nInterrupted by ${interruptedBy}.`);
    else console.error(`\nThe benchmark failed: ${failure instanceof Error ? (failure.stack ?? failure.message) : String(failure)}`);
    if (fs.existsSync(env.workDir)) console.error(`Logs kept in ${env.workDir}`);
    return interruptedBy ? 130 : 1;
  }

  const report = buildReport(startedAt, machine, results);
  console.log(`\n${report.text}\n`);
  if (parts.size === PARTS.length) {
    fs.writeFileSync(RESULTS_FILE, `${JSON.stringify(report.json, null, 2)}\n`);
    log(`wrote ${path.relative(projectRoot, RESULTS_FILE)}`);
  } else {
    log("not all parts ran: bench/results.json left as it was");
  }
  // Measurement problems (signatures lost, a route answering 500) fail the run; missed targets do not.
  return report.problems.length ? 1 : 0;
}

function parseParts(args: string[]): Set<Part> {
  const only = args.find((arg) => arg.startsWith("--only="));
  if (!only) return new Set(PARTS);
  const chosen = only.slice("--only=".length).split(",").filter(Boolean);
  const unknown = chosen.filter((part) => !(PARTS as readonly string[]).includes(part));
  if (unknown.length) throw new Error(`unknown part(s) ${unknown.join(", ")}; choose from ${PARTS.join(", ")}`);
  return new Set(chosen as Part[]);
}

function checkInterrupted(): void {
  if (interruptedBy) throw new Error(`interrupted by ${interruptedBy}`);
}

/** Deletes public/bench-static.html if this script wrote it (the marker), also one left by a killed run. */
function removeStaticFile(isLeftover: boolean): void {
  try {
    const head = fs.readFileSync(STATIC_FILE, "utf8").slice(0, STATIC_MARKER.length);
    if (head !== STATIC_MARKER) {
      if (isLeftover) throw new Error(`${STATIC_FILE} exists and was not written by the benchmark: move it away first`);
      return;
    }
    fs.rmSync(STATIC_FILE, { force: true });
    if (isLeftover) log("removed public/bench-static.html left by an earlier run");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
}

async function servesStaticFile(appUrl: string, bytes: number): Promise<boolean> {
  const response = await fetch(`${appUrl}/bench-static.html`, { signal: AbortSignal.timeout(10_000) });
  const body = Buffer.from(await response.arrayBuffer());
  return response.status === 200 && body.length === bytes;
}

async function findDemoAgreement(): Promise<{ agreementSlug: string; versionId: string }> {
  const { db } = await import("../lib/db");
  const agreement = await db.agreement.findFirst({
    where: { organisation: { slug: DEMO_ORG }, language: "nl", archivedAt: null, versions: { some: { status: "PUBLISHED" } } },
    select: { slug: true, versions: { where: { status: "PUBLISHED" }, select: { id: true } } },
  });
  if (!agreement?.versions[0]) throw new Error(`the demo data has no published Dutch agreement of "${DEMO_ORG}"`);
  return { agreementSlug: agreement.slug, versionId: agreement.versions[0].id };
}

async function runPdfChild(env: BenchEnvironment, versionId: string, pageUrl: string): Promise<PdfResult> {
  const resultFile = path.join(env.workDir, "pdf-result.json");
  // The same node and loaders as this process (tsx and the server-only hook), in production mode.
  const child = env.track(
    spawnManaged(process.execPath, [...process.execArgv, path.join(projectRoot, "bench", "pdf.ts")], {
      cwd: projectRoot,
      env: {
        ...env.env,
        NODE_ENV: "production",
        BENCH_VERSION_ID: versionId,
        BENCH_PAGE_URL: pageUrl,
        BENCH_RESULT_FILE: resultFile,
        BENCH_RUNS: String(config.pdf.runs),
      },
    }),
  );
  const timer = setTimeout(() => void child.stop("SIGTERM", 5_000), config.pdf.timeoutMs);
  const exit = await child.exited;
  clearTimeout(timer);
  if (exitCodeOf(exit) !== 0) throw new Error(`bench/pdf.ts failed (exit ${exitCodeOf(exit)})`);
  return JSON.parse(fs.readFileSync(resultFile, "utf8")) as PdfResult;
}

async function measureSigning(appUrl: string, versionId: string, serverPgid: number): Promise<SigningResult> {
  const { scribblePng } = await import("../lib/signing/encode-png");
  const { db } = await import("../lib/db");
  const { warmUp, single, concurrent } = config.signing;
  // A distinct drawn signature per signer, made before anything is timed.
  const images = (offset: number, count: number) => Array.from({ length: count }, (_, i) => scribblePng(offset + i));

  const routeProblems = await checkSignRoute(appUrl, versionId, scribblePng(0));
  log(routeProblems.length ? `POST /api/sign answered bad input wrongly: ${routeProblems.join("; ")}` : "POST /api/sign answers bad input with 400/404/413/415/422 as documented");
  const before = await db.signedAgreement.count({ where: { versionId } });

  const warm = await runSigningPhase({ appUrl, versionId, ...warmUp, deadlineMs: 60_000, keyPrefix: "bench-warm-", images: images(1000, warmUp.count), log });
  log(`warm-up: ${warm.count} signatures`);
  const singleResult = await runSigningPhase({ appUrl, versionId, ...single, keyPrefix: "bench-c1-", images: images(2000, single.count), log });
  log(`1 signer:   ${singleResult.count} signatures in ${singleResult.seconds} s, ${singleResult.signaturesPerSecond}/s, p50 ${formatMs(singleResult.p50Ms)}, p99 ${formatMs(singleResult.p99Ms)}`);
  const concurrentResult = await runSigningPhase({ appUrl, versionId, ...concurrent, keyPrefix: "bench-c10-", images: images(3000, concurrent.count), log });
  log(`10 signers: ${concurrentResult.count} signatures in ${concurrentResult.seconds} s, ${concurrentResult.signaturesPerSecond}/s, p50 ${formatMs(concurrentResult.p50Ms)}, p99 ${formatMs(concurrentResult.p99Ms)}`);
  const serverPeakRssMb = processGroupPeakRssMb(serverPgid);

  // Exactly the signatures that were answered with 201 must be stored, each with its PDF.
  // Only the form keys' hashes are stored: the signatures of this phase are found by their controller's name.
  const storedWhere = { versionId, controller: { legalName: { startsWith: "Benchmark Klant bench-c10-" } } };
  const found = await db.signedAgreement.count({ where: storedWhere });
  const withDocument = await db.signedAgreement.count({ where: { ...storedWhere, documentId: { not: null } } });
  const versionTotal = await db.signedAgreement.count({ where: { versionId } });
  const versionExpected = before + warm.count + singleResult.count + concurrentResult.count;

  // One of the stored PDFs, through its download link.
  let download = { status: 0, isPdf: false, bytes: 0 };
  const link = concurrentResult.downloadPaths[0];
  if (link) {
    const response = await fetch(`${appUrl}${link}`, { signal: AbortSignal.timeout(30_000) });
    const bytes = Buffer.from(await response.arrayBuffer());
    download = { status: response.status, isPdf: bytes.subarray(0, 5).toString("latin1") === "%PDF-", bytes: bytes.length };
  }
  return {
    routeProblems,
    single: singleResult,
    concurrent: concurrentResult,
    stored: { expected: concurrentResult.count, found, withDocument, versionTotal, versionExpected },
    download,
    serverPeakRssMb: round(serverPeakRssMb),
  };
}

type Machine = { cpus: number; cpuModel: string; memoryGb: number; node: string; platform: string; loadAverageAtStart: number[] };

function buildReport(
  startedAt: Date,
  machine: Machine,
  results: { publicPage?: PublicPageResult; pdf?: PdfResult; seal?: SealFigures; signing?: SigningResult },
): { text: string; json: object; problems: string[] } {
  const { publicPage, pdf, seal, signing } = results;
  const problems: string[] = [];
  const yesNo = (met: boolean) => (met ? "yes" : "NO");
  const rows: string[][] = [["measure", "value", "compared with", "ratio", "target", "met"]];
  const json: Record<string, unknown> = { date: startedAt.toISOString() };
  const checks: Record<string, unknown> = {};

  if (publicPage) {
    const { page, staticFile } = publicPage;
    const pageRatio = ratio(page.rps, staticFile.rps);
    const met = pageRatio >= targets.publicPageVsStatic;
    rows.push(
      [`(a) public page, ${config.publicPage.connections} connections`, `${page.rps} req/s`, `static file ${staticFile.rps} req/s`, String(pageRatio), `>= ${targets.publicPageVsStatic}`, yesNo(met)],
      ["    latency p50 / p99", `${formatMs(page.p50Ms)} / ${formatMs(page.p99Ms)}`, `${formatMs(staticFile.p50Ms)} / ${formatMs(staticFile.p99Ms)}`, "", "", ""],
      ["    response size", `${publicPage.probe.bytes} B`, `${publicPage.staticBytes} B`, "", "", ""],
    );
    if (page.non2xx || page.errors || staticFile.non2xx || staticFile.errors) {
      problems.push(`non-2xx or failed requests under load: page ${page.non2xx}/${page.errors}, static ${staticFile.non2xx}/${staticFile.errors}`);
    }
    json.publicPage = {
      rps: page.rps,
      p50Ms: page.p50Ms,
      p99Ms: page.p99Ms,
      staticRps: staticFile.rps,
      staticP50Ms: staticFile.p50Ms,
      staticP99Ms: staticFile.p99Ms,
      ratio: pageRatio,
      target: `rps >= ${targets.publicPageVsStatic} x staticRps`,
      targetMet: met,
      connections: config.publicPage.connections,
      measuredSeconds: page.seconds,
      requests: page.requests,
      staticRequests: staticFile.requests,
      bytes: publicPage.probe.bytes,
      staticBytes: publicPage.staticBytes,
      cacheHeaders: publicPage.probe.headers,
      // x-nextjs-cache of the first three requests after next start, and of three after the load.
      xNextjsCacheFirstRequests: publicPage.firstRequests,
      xNextjsCacheAfterLoad: publicPage.probe.cacheSequence,
      staticServedWithoutRestart: publicPage.staticServedWithoutRestart,
    };
  }

  if (pdf) {
    const pdfRatio = ratio(pdf.medianMs, pdf.chromiumMedianMs);
    const met = pdfRatio <= targets.pdfVsChromium;
    rows.push(
      [`(b) signed PDF, median of ${pdf.runs} warm`, formatMs(pdf.medianMs), `Chromium load+print ${formatMs(pdf.chromiumMedianMs)}`, String(pdfRatio), `<= ${targets.pdfVsChromium}`, yesNo(met)],
      ["    vs Chromium print alone (page loaded)", "", formatMs(pdf.chromiumPrintOnlyMedianMs), String(ratio(pdf.medianMs, pdf.chromiumPrintOnlyMedianMs)), "", ""],
      ["    vs Chromium, lean print HTML", "", formatMs(pdf.chromiumLeanHtmlMedianMs), String(ratio(pdf.medianMs, pdf.chromiumLeanHtmlMedianMs)), "", ""],
      ["    cold (body laid out) / cpu median", `${formatMs(pdf.coldMs)} / ${formatMs(pdf.cpuMedianMs)}`, "", "", "", ""],
      ["    size, pages", `${(pdf.bytes / 1024).toFixed(0)} KiB, ${pdf.pages} p.`, `${(pdf.chromiumBytes / 1024).toFixed(0)} KiB, ${pdf.chromiumPages} p. (lean: ${(pdf.chromiumLeanHtmlBytes / 1024).toFixed(0)} KiB, ${pdf.chromiumLeanHtmlPages} p.)`, "", "", ""],
      ["    peak RSS of the render process", `${pdf.peakRssMb.toFixed(0)} MB`, "", "", "", ""],
    );
    json.pdf = {
      medianMs: pdf.medianMs,
      chromiumMedianMs: pdf.chromiumMedianMs,
      bytes: pdf.bytes,
      peakRssMb: pdf.peakRssMb,
      ratio: pdfRatio,
      target: `medianMs <= ${targets.pdfVsChromium} x chromiumMedianMs`,
      targetMet: met,
      runs: pdf.runs,
      coldMs: pdf.coldMs,
      minMs: pdf.minMs,
      maxMs: pdf.maxMs,
      cpuMedianMs: pdf.cpuMedianMs,
      pages: pdf.pages,
      chromiumRuns: pdf.chromiumRuns,
      chromiumPrintOnlyMedianMs: pdf.chromiumPrintOnlyMedianMs,
      chromiumBytes: pdf.chromiumBytes,
      chromiumPages: pdf.chromiumPages,
      chromiumLeanHtmlMedianMs: pdf.chromiumLeanHtmlMedianMs,
      chromiumLeanHtmlBytes: pdf.chromiumLeanHtmlBytes,
      chromiumLeanHtmlPages: pdf.chromiumLeanHtmlPages,
    };
  }

  if (seal) {
    const met = seal.ratio < SEAL_TARGET_RATIO;
    rows.push([`(d) PAdES ${seal.level} seal, median of ${seal.runs}`, formatMs(seal.medianMs), `render of the same PDF ${formatMs(seal.renderMedianMs)}`, String(seal.ratio), `< ${SEAL_TARGET_RATIO}`, yesNo(met)]);
    json.seal = { medianMs: seal.medianMs, renderMedianMs: seal.renderMedianMs, ratio: seal.ratio, level: seal.level, bytesAdded: seal.bytesAdded, target: `medianMs < ${SEAL_TARGET_RATIO} x renderMedianMs`, targetMet: met };
  }

  if (signing) {
    const { single, concurrent, stored } = signing;
    const scaling = ratio(concurrent.signaturesPerSecond, single.signaturesPerSecond);
    const renderMedian = pdf?.medianMs;
    const p99Ratio = renderMedian ? ratio(concurrent.p99Ms, renderMedian) : Number.NaN;
    const met = renderMedian ? concurrent.p99Ms < targets.signingP99VsRender * renderMedian : undefined;
    rows.push(
      [
        `(c) signing p99, ${concurrent.concurrency} concurrent signers`,
        formatMs(concurrent.p99Ms),
        renderMedian ? `${targets.signingP99VsRender} x render median = ${formatMs(targets.signingP99VsRender * renderMedian)}` : "(run pdf too)",
        renderMedian ? `${p99Ratio.toFixed(1)}x render` : "",
        `< ${targets.signingP99VsRender}x render`,
        met === undefined ? "-" : yesNo(met),
      ],
      ["    signing p50", formatMs(concurrent.p50Ms), "", "", "", ""],
      [
        "    1 signer at a time: p50 / p99",
        `${formatMs(single.p50Ms)} / ${formatMs(single.p99Ms)}`,
        renderMedian ? `3 x render median = ${formatMs(targets.signingP99VsRender * renderMedian)}` : "",
        renderMedian ? `${ratio(single.p99Ms, renderMedian)}x render` : "",
        "(for comparison)",
        renderMedian ? (single.p99Ms < targets.signingP99VsRender * renderMedian ? "(yes)" : "(no)") : "",
      ],
      [
        "    signatures per second",
        `${concurrent.signaturesPerSecond}/s (10 signers)`,
        `${single.signaturesPerSecond}/s (1 signer)`,
        String(scaling),
        "(none; > 1 = scales)",
        "",
      ],
      ["    stored in the database", `${stored.found} of ${stored.expected}`, `with PDF ${stored.withDocument}; version total ${stored.versionTotal} of ${stored.versionExpected}`, "", "exactly", yesNo(stored.found === stored.expected && stored.withDocument === stored.expected && stored.versionTotal === stored.versionExpected)],
      ["    peak RSS of the app server", `${signing.serverPeakRssMb.toFixed(0)} MB`, "", "", "", ""],
    );
    if (concurrent.failed || single.failed) problems.push(`failed signatures: ${single.failed} (1 signer), ${concurrent.failed} (10 signers)`);
    if (concurrent.count !== config.signing.concurrent.count) problems.push(`only ${concurrent.count} of ${config.signing.concurrent.count} signatures within the time bound`);
    if (stored.found !== stored.expected || stored.withDocument !== stored.expected || stored.versionTotal !== stored.versionExpected) {
      problems.push(`stored signatures do not match: ${JSON.stringify(stored)}`);
    }
    if (signing.routeProblems.length) problems.push(`POST /api/sign: ${signing.routeProblems.join("; ")}`);
    if (signing.download.status !== 200 || !signing.download.isPdf) problems.push(`download of a signed PDF: HTTP ${signing.download.status}, PDF ${signing.download.isPdf}`);
    json.signing = {
      p50Ms: concurrent.p50Ms,
      p99Ms: concurrent.p99Ms,
      signaturesPerSecond: concurrent.signaturesPerSecond,
      target: `p99Ms < ${targets.signingP99VsRender} x pdf.medianMs`,
      targetMet: met ?? null,
      p99VsRenderMedian: Number.isFinite(p99Ratio) ? p99Ratio : null,
      concurrency: concurrent.concurrency,
      signatures: concurrent.count,
      seconds: concurrent.seconds,
      maxMs: concurrent.maxMs,
      singleSigner: {
        signatures: single.count,
        signaturesPerSecond: single.signaturesPerSecond,
        p50Ms: single.p50Ms,
        p99Ms: single.p99Ms,
        p99VsRenderMedian: renderMedian ? ratio(single.p99Ms, renderMedian) : null,
      },
      throughputRatio10vs1: scaling,
      stored,
      serverPeakRssMb: signing.serverPeakRssMb,
    };
    checks.signRoute = signing.routeProblems.length ? signing.routeProblems : "ok";
    checks.download = signing.download;
  }

  json.machine = machine;
  json.checks = checks;
  const header = `Benchmarks ${startedAt.toISOString()} · ${machine.cpus} cores (${machine.cpuModel}) · Node ${machine.node} · load average at start ${machine.loadAverageAtStart.join(" ")}`;
  const text = [header, "", table(rows), ...(problems.length ? ["", "Problems:", ...problems.map((p) => `  - ${p}`)] : [])].join("\n");
  return { text, json, problems };
}

// Ctrl-C: stop the app and PostgreSQL, then leave. The work in progress notices and gives up.
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    if (interruptedBy) return;
    interruptedBy = signal;
    console.log(`\n${signal} received: stopping the app and PostgreSQL ...`);
    void (environment?.stop() ?? Promise.resolve()).finally(() => process.exit(130));
  });
}

const watchdog = setTimeout(() => {
  console.error(`\nThe benchmark took longer than ${config.watchdogMs / 60_000} minutes: stopping.`);
  void (environment?.stop(true) ?? Promise.resolve()).finally(() => process.exit(1));
}, config.watchdogMs);
watchdog.unref();

main().then(
  (code) => process.exit(code),
  async (error: unknown) => {
    console.error(error);
    await environment?.stop(true).catch(() => {});
    process.exit(1);
  },
);

