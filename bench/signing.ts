// (c) Signing through HTTP against `next start`: POST /api/sign (app/api/sign/route.ts), which
// calls signAgreement like the signing form's server action does. Each signature is a distinct
// controller, signer and submissionKey with its own drawn signature image (scribblePng), all made
// before timing. A request's latency runs from sending it until its response has been read; the
// response comes after the transaction that stores the signed PDF has committed, so it is
// "submit to stored signed PDF".
//
// Concurrency is a pool of N workers each sending its next signature when the previous one is
// answered. Every phase is bounded by its count and by a deadline.
import { percentile, round } from "./lib/stats";

export type SigningPhase = {
  concurrency: number;
  count: number;
  failed: number;
  seconds: number;
  signaturesPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  downloadPaths: string[];
  submissionKeyPrefix: string;
};

type Payload = Record<string, unknown>;

let serial = 0;

/** A complete, valid signing form for a new controller and signer. */
export function signingPayload(versionId: string, keyPrefix: string, png: Buffer): Payload {
  const n = ++serial;
  return {
    versionId,
    submissionKey: `${keyPrefix}${String(n).padStart(5, "0")}-${Math.random().toString(36).slice(2, 10)}`,
    controller: {
      // The phase's key prefix in the name: the stored form key is only a hash (bench/run.ts counts by name).
      legalName: `Benchmark Klant ${keyPrefix}${n} B.V.`,
      registrationNumber: String(80_000_000 + n),
      addressLine: `Oudegracht ${n}`,
      postalCode: "3511 AX",
      city: "Utrecht",
      country: "NL",
    },
    signer: {
      name: `Ondertekenaar ${n}`,
      function: "Directeur",
      email: `ondertekenaar${n}@klant${n}.example`,
      place: "Utrecht",
    },
    method: "DRAWN",
    imageDataUrl: `data:image/png;base64,${png.toString("base64")}`,
    consent: true,
    authority: true,
  };
}

async function post(url: string, body: string): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", "user-agent": "dpa-bench/1" },
    body,
    signal: AbortSignal.timeout(60_000),
  });
  const text = await response.text();
  let json: Record<string, unknown> = {};
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    json = { raw: text.slice(0, 200) };
  }
  return { status: response.status, json };
}

export async function runSigningPhase(options: {
  appUrl: string;
  versionId: string;
  concurrency: number;
  count: number;
  deadlineMs: number;
  keyPrefix: string;
  images: Buffer[];
  log: (line: string) => void;
}): Promise<SigningPhase> {
  const url = `${options.appUrl}/api/sign`;
  // A signer proves their e-mail address with a code before signing; the bench, a trusted caller,
  // creates those verified sessions directly, before timing (the code round trip is not measured).
  const { unsafeCreateVerifiedSigningSession } = await import("../lib/signing/unsafe-create-verified-signing-session");
  const bodies: string[] = [];
  for (let i = 0; i < options.count; i++) {
    const payload = signingPayload(options.versionId, options.keyPrefix, options.images[i % options.images.length]!);
    const email = (payload.signer as { email: string }).email;
    const { sessionId } = await unsafeCreateVerifiedSigningSession(options.versionId, email, { ip: "127.0.0.1", userAgent: "dpa-bench/1" }, { assertedBy: "bench" });
    bodies.push(JSON.stringify({ ...payload, signingSessionId: sessionId }));
  }
  const latencies: number[] = [];
  const downloadPaths: string[] = [];
  let failed = 0;
  let next = 0;
  const deadline = Date.now() + options.deadlineMs;
  const started = performance.now();
  const worker = async () => {
    while (next < bodies.length && Date.now() < deadline) {
      const body = bodies[next++]!;
      const t0 = performance.now();
      try {
        const { status, json } = await post(url, body);
        const elapsed = performance.now() - t0;
        if (status === 201 && json.status === "signed") {
          latencies.push(elapsed);
          downloadPaths.push(String(json.downloadPath));
        } else {
          failed++;
          if (failed <= 3) options.log(`signing failed: HTTP ${status} ${JSON.stringify(json).slice(0, 300)}`);
        }
      } catch (error) {
        failed++;
        if (failed <= 3) options.log(`signing failed: ${(error as Error).message}`);
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  return {
    concurrency: options.concurrency,
    count: latencies.length,
    failed,
    seconds: round(seconds),
    signaturesPerSecond: round(latencies.length / seconds),
    p50Ms: round(percentile(latencies, 50)),
    p99Ms: round(percentile(latencies, 99)),
    maxMs: round(Math.max(...latencies)),
    downloadPaths,
    submissionKeyPrefix: options.keyPrefix,
  };
}

/**
 * The route's answers to bad input: what a client sees must never be a 500. Returns the problems
 * found (empty when every answer is as documented).
 */
export async function checkSignRoute(appUrl: string, versionId: string, png: Buffer): Promise<string[]> {
  const url = `${appUrl}/api/sign`;
  // A well-formed (but unknown) signing session: the unknown version must be what is refused.
  const valid = { ...signingPayload(versionId, "bench-check-", png), signingSessionId: "b".repeat(32) };
  const cases: { name: string; init: RequestInit; expect: number; fieldErrors?: boolean }[] = [
    { name: "text/plain", init: { method: "POST", headers: { "content-type": "text/plain" }, body: "{}" }, expect: 415 },
    { name: "malformed JSON", init: { method: "POST", headers: { "content-type": "application/json" }, body: "{nope" }, expect: 400 },
    {
      name: "2.5 MB body",
      init: { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ pad: "x".repeat(2_500_000) }) },
      expect: 413,
    },
    {
      name: "2.5 MB body without Content-Length",
      init: {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: new Blob([JSON.stringify({ pad: "x".repeat(2_500_000) })]).stream(),
        duplex: "half",
      } as RequestInit,
      // The request guard in front of Next (scripts/lib/request-guard.mjs) refuses any body without a
      // declared length before it is read: 411 Length Required.
      expect: 411,
    },
    { name: "empty object", init: { method: "POST", headers: { "content-type": "application/json" }, body: "{}" }, expect: 422, fieldErrors: true },
    { name: "JSON null", init: { method: "POST", headers: { "content-type": "application/json" }, body: "null" }, expect: 422 },
    {
      name: "unknown version",
      init: { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ ...valid, versionId: "no-such-version" }) },
      expect: 404,
    },
  ];
  const problems: string[] = [];
  for (const check of cases) {
    try {
      const response = await fetch(url, { ...check.init, signal: AbortSignal.timeout(30_000) });
      const json = (await response.json().catch(() => ({}))) as { fieldErrors?: unknown };
      if (response.status !== check.expect) problems.push(`${check.name}: HTTP ${response.status}, expected ${check.expect}`);
      else if (check.fieldErrors && !json.fieldErrors) problems.push(`${check.name}: no fieldErrors`);
    } catch (error) {
      problems.push(`${check.name}: ${(error as Error).message}`);
    }
  }
  return problems;
}
