// (a) The public DPA page under load, beside a static file of the same bytes served by the same
// server (the ceiling: what `next start` does for a response it does not have to render at all).
//
// Both are loaded with autocannon at the same concurrency, in alternating rounds (page, static,
// page, static, ...) after a warm-up of each, so that load from elsewhere on a shared machine
// falls on both alike. Latencies are collected per response; throughput is 2xx responses per
// second of measured time. Only localhost traffic; every round is bounded in time.
import autocannon from "autocannon";
import { percentile, round } from "./lib/stats";

export type PublicPageOptions = { connections: number; warmupSeconds: number; roundSeconds: number; rounds: number };

export type LoadFigures = {
  rps: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  non2xx: number;
  errors: number;
  seconds: number;
};

export type PageProbe = {
  status: number;
  bytes: number;
  html: string;
  /** The headers that tell whether and how the page is cached, from the third of three requests. */
  headers: Record<string, string | null>;
  /** x-nextjs-cache of each of the three requests (MISS, then HIT, when served from the cache). */
  cacheSequence: (string | null)[];
};

const CACHE_HEADERS = ["x-nextjs-cache", "cache-control", "x-nextjs-prerender", "x-nextjs-stale-time", "age", "etag", "vary", "content-type"];

/** Three plain GETs: the first may render the page, the others should come from the cache. */
export async function probePage(url: string): Promise<PageProbe> {
  const cacheSequence: (string | null)[] = [];
  let last: Response | undefined;
  let html = "";
  for (let i = 0; i < 3; i++) {
    last = await fetch(url, { signal: AbortSignal.timeout(30_000), redirect: "manual" });
    html = await last.text();
    cacheSequence.push(last.headers.get("x-nextjs-cache"));
  }
  const headers = Object.fromEntries(CACHE_HEADERS.map((name) => [name, last!.headers.get(name)]));
  return { status: last!.status, bytes: Buffer.byteLength(html), html, headers, cacheSequence };
}

async function load(url: string, connections: number, seconds: number, latencies?: number[]) {
  const instance = autocannon({ url, connections, duration: seconds, timeout: 10 });
  if (latencies) {
    instance.on("response", (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
    });
  }
  // autocannon stops itself after `duration`; this is the bound if it does not.
  const guard = setTimeout(() => instance.stop(), (seconds + 15) * 1000);
  try {
    return await instance;
  } finally {
    clearTimeout(guard);
  }
}

function figures(latencies: number[], totals: { ok: number; non2xx: number; errors: number; seconds: number }): LoadFigures {
  return {
    rps: round(totals.ok / totals.seconds),
    p50Ms: round(percentile(latencies, 50)),
    p99Ms: round(percentile(latencies, 99)),
    requests: totals.ok,
    non2xx: totals.non2xx,
    errors: totals.errors,
    seconds: round(totals.seconds),
  };
}

export async function measurePublicPage(
  pageUrl: string,
  staticUrl: string,
  options: PublicPageOptions,
  log: (line: string) => void,
): Promise<{ page: LoadFigures; staticFile: LoadFigures }> {
  const targets = [
    { name: "page", url: pageUrl, latencies: [] as number[], totals: { ok: 0, non2xx: 0, errors: 0, seconds: 0 } },
    { name: "static", url: staticUrl, latencies: [] as number[], totals: { ok: 0, non2xx: 0, errors: 0, seconds: 0 } },
  ];
  log(`warm-up: ${options.warmupSeconds} s each at ${options.connections} connections`);
  for (const target of targets) await load(target.url, options.connections, options.warmupSeconds);
  for (let round = 1; round <= options.rounds; round++) {
    for (const target of targets) {
      const result = await load(target.url, options.connections, options.roundSeconds, target.latencies);
      target.totals.ok += result["2xx"];
      target.totals.non2xx += result.non2xx;
      target.totals.errors += result.errors + result.timeouts;
      // autocannon's duration is the wall time of the run, in seconds.
      target.totals.seconds += result.duration;
      log(`round ${round}/${options.rounds} ${target.name.padEnd(6)} ${(result["2xx"] / result.duration).toFixed(0)} req/s, p99 ${result.latency.p99} ms`);
    }
  }
  const [page, staticFile] = targets.map((target) => figures(target.latencies, target.totals));
  return { page: page!, staticFile: staticFile! };
}
