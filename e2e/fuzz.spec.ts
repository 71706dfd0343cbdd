import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import pg from "pg";
import { demoOwner, signIn } from "./helpers";

// Hostile and broken requests to every page, route handler and server action of the build
// (discovered from .next/server/*manifest.json). None may answer 5xx, the malformed action and form
// posts must get a 4xx, and nothing may change in the database (docs/security/fuzz.md).

test.describe.configure({ timeout: 180_000 });

const serverDir = path.join(process.cwd(), ".next", "server");
const appPaths = Object.keys(readJson<Record<string, string>>("app-paths-manifest.json"));
const actionManifest = readJson<{ node: Record<string, { workers: Record<string, unknown>; filename: string; exportedName: string }> }>(
  "server-reference-manifest.json",
).node;
// The fuzz's own client address: every row it could create would carry it.
const fuzzIp = `198.18.${Math.floor(Math.random() * 250)}.${1 + Math.floor(Math.random() * 250)}`;
const refusals = [400, 403, 404, 405, 411, 413, 415];

function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(path.join(serverDir, file), "utf8")) as T;
}

type Params = Record<string, string>;

/** "/(public)/[org]/[agreement]/page" -> "/offertewerk/verwerkersovereenkomst-offertewerk". */
function toUrl(entry: string, params: Params): string | undefined {
  const segments = entry
    .replace(/\/(page|route)$/, "")
    .split("/")
    .filter((segment) => segment && !/^\(.*\)$/.test(segment));
  if (segments[0]?.startsWith("_")) return undefined;
  const resolved = segments.map((segment) => {
    const catchAll = /^\[\[?\.\.\.(.+?)\]\]?$/.exec(segment);
    if (catchAll) return params[catchAll[1]] ?? "session";
    const dynamic = /^\[(.+)\]$/.exec(segment);
    return dynamic ? (params[dynamic[1]] ?? "x") : segment;
  });
  return `/${resolved.join("/")}`;
}

async function query<T extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

/**
 * What the fuzz could have changed: rows from its address, the agreement and organisation it targets,
 * the signed-in owner's memberships. Not global counts: other specs run in parallel.
 */
async function snapshot(params: Params) {
  const [row] = await query(
    `SELECT
       (SELECT count(*) FROM "Session" WHERE ip = $1) AS sessions,
       (SELECT count(*) FROM "SigningSession" WHERE ip = $1) AS signing_sessions,
       (SELECT count(*) FROM "EmailVerification" WHERE ip = $1) AS verifications,
       (SELECT count(*) FROM "Signature" WHERE ip = $1) AS signatures,
       (SELECT count(*) FROM "AuditEvent" WHERE ip = $1) AS audit_events,
       (SELECT count(*) FROM "AgreementVersion" WHERE "agreementId" = $2) AS versions,
       (SELECT max("updatedAt")::text FROM "AgreementVersion" WHERE "agreementId" = $2) AS versions_updated,
       (SELECT row_to_json(a)::text FROM "Agreement" a WHERE id = $2) AS agreement,
       (SELECT count(*) FROM "Article" r JOIN "AgreementVersion" v ON v.id = r."versionId" WHERE v."agreementId" = $2) AS articles,
       (SELECT count(*) FROM "Membership" m JOIN "Organisation" o ON o.id = m."organisationId" WHERE o.slug = $3) AS members,
       (SELECT count(*) FROM "Invitation" i JOIN "Organisation" o ON o.id = i."organisationId" WHERE o.slug = $3) AS invitations,
       (SELECT count(*) FROM "Membership" m JOIN "User" u ON u.id = m."userId" WHERE u.email = $4) AS owner_memberships`,
    [fuzzIp, params.agreementId, params.org, demoOwner],
  );
  return row;
}

async function discoverParams(): Promise<Params> {
  const [agreement] = await query<{ id: string; slug: string }>(
    `SELECT a.id, a.slug FROM "Agreement" a JOIN "Organisation" o ON o.id = a."organisationId"
     WHERE o.slug = 'offertewerk' AND EXISTS (SELECT 1 FROM "AgreementVersion" v WHERE v."agreementId" = a.id AND v.status = 'PUBLISHED')
     ORDER BY a.slug LIMIT 1`,
  );
  const [signed] = await query<{ id: string }>(
    `SELECT s.id FROM "SignedAgreement" s JOIN "Organisation" o ON o.id = s."organisationId" WHERE o.slug = 'offertewerk' LIMIT 1`,
  );
  return {
    org: "offertewerk",
    agreement: agreement.slug,
    agreementId: agreement.id,
    signedAgreementId: signed?.id ?? "x",
    id: signed?.id ?? "x",
    number: "1",
    token: "0".repeat(43),
    nextauth: "session",
  };
}

type Probe = { label: string; method: "GET" | "POST"; url: string; headers?: Record<string, string>; data?: string | Buffer; expect?: number[] };

function multipart(fields: Record<string, string>, boundary = "----fuzz7MA4YWxkTrZu0gW"): { body: string; type: string } {
  const body =
    Object.entries(fields)
      .map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)
      .join("") + `--${boundary}--\r\n`;
  return { body, type: `multipart/form-data; boundary=${boundary}` };
}

function actionProbes(id: string, url: string, origin: string): Probe[] {
  const post = (label: string, data: string | Buffer, type: string, extra: Record<string, string> = {}, expected = refusals): Probe => ({
    label: `action ${id.slice(0, 8)} ${label}`,
    method: "POST",
    url,
    headers: { "Next-Action": id, "Content-Type": type, Origin: origin, ...extra },
    data,
    expect: expected,
  });
  const text = "text/plain;charset=UTF-8";
  const deep = "[".repeat(5_000) + "]".repeat(5_000);
  const garbage = multipart({ "0": '["$K1"' });
  const noRoot = multipart({ "1_x": "y" });
  const references = ["$Q1", "$F1", "$B1", "$W1", "$@1", "$T", "$h1", "$i1", "$1:constructor:constructor", "$1:__proto__:then", "$R1"];
  return [
    post("invalid JSON", "{", text),
    post("empty body", "", text),
    post("JSON object instead of arguments", '{"then":"$1:__proto__:then"}', text),
    post("wrong types", "[1,2,3,4,5,6,7]", text),
    post("prototype key", '[{"__proto__":{"polluted":1}}]', text),
    post("deep nesting", deep, text),
    post("3 MB argument", JSON.stringify(["a".repeat(3 * 1024 * 1024)]), text),
    post("garbage multipart", "--x\r\nnonsense", "multipart/form-data; boundary=x"),
    post("multipart without boundary", garbage.body, "multipart/form-data"),
    post("truncated multipart", garbage.body.slice(0, -10), garbage.type),
    post("multipart without arguments", noRoot.body, noRoot.type),
    post("JSON content type", "[]", "application/json"),
    post("url-encoded", "a=b", "application/x-www-form-urlencoded"),
    post("another origin", '["offertewerk"]', text, { Origin: "https://evil.example" }),
    post("null origin", '["offertewerk"]', text, { Origin: "null" }),
    ...references.map((reference) => post(`reference ${reference}`, JSON.stringify([reference, reference]), text)),
    ...references.map((reference) => {
      const form = multipart({ "0": JSON.stringify([reference, "$K1"]), "1_x": "y" });
      return post(`multipart reference ${reference}`, form.body, form.type);
    }),
  ];
}

function pageProbes(url: string, isRoute: boolean): Probe[] {
  const garbage = multipart({ $ACTION_REF_1: "", "$ACTION_1:0": '{"id":' });
  const probes: Probe[] = [
    { label: `GET ${url} with NUL`, method: "GET", url: `${url}?to=%00&from=%00&v=%00&callbackUrl=%00` },
    { label: `POST ${url} multipart without boundary`, method: "POST", url, headers: { "Content-Type": "multipart/form-data" }, data: "x" },
    { label: `POST ${url} invalid JSON`, method: "POST", url, headers: { "Content-Type": "application/json" }, data: "{" },
    { label: `POST ${url} empty`, method: "POST", url, headers: { "Content-Type": "text/plain" }, data: "" },
  ];
  if (!isRoute) {
    probes.push(
      { label: `POST ${url} garbage form action`, method: "POST", url, headers: { "Content-Type": garbage.type }, data: garbage.body, expect: refusals },
      { label: `POST ${url} unknown form action`, method: "POST", url, ...(() => {
        const form = multipart({ [`$ACTION_ID_${"0".repeat(42)}`]: "" });
        return { headers: { "Content-Type": form.type }, data: form.body };
      })(), expect: refusals },
    );
  }
  return probes;
}

function authProbes(): Probe[] {
  const routes = ["signin", "signin/credentials", "callback/credentials", "signout", "session", "csrf", "providers", "_log", "error"];
  const big = Buffer.alloc(20 * 1024 * 1024, "a");
  return [
    ...routes.flatMap((route): Probe[] => [
      { label: `auth ${route} empty`, method: "POST", url: `/api/auth/${route}`, headers: { "Content-Type": "application/json" }, data: "" },
      { label: `auth ${route} invalid JSON`, method: "POST", url: `/api/auth/${route}`, headers: { "Content-Type": "application/json" }, data: "{" },
      { label: `auth ${route} NUL`, method: "POST", url: `/api/auth/${route}`, headers: { "Content-Type": "application/x-www-form-urlencoded" }, data: "email=%00&password=%00&csrfToken=%00" },
    ]),
    { label: "auth 20 MB", method: "POST", url: "/api/auth/callback/credentials", headers: { "Content-Type": "application/x-www-form-urlencoded" }, data: big, expect: [413] },
    { label: "auth 20 MB JSON", method: "POST", url: "/api/auth/signin", headers: { "Content-Type": "application/json" }, data: big, expect: [413, 415] },
    { label: "auth callbackUrl=javascript:", method: "GET", url: "/api/auth/signin?callbackUrl=javascript:alert(1)", expect: [400] },
    { label: "auth signin/credentials callbackUrl=javascript:", method: "GET", url: "/api/auth/signin/credentials?callbackUrl=javascript%3Aalert(1)", expect: [400] },
    { label: "auth callback cookie javascript:", method: "GET", url: "/api/auth/session", headers: { Cookie: "next-auth.callback-url=javascript%3Aalert(1)" }, expect: [400] },
    { label: "mailbox NUL", method: "GET", url: "/mailbox?to=%00", expect: [400, 404] },
  ];
}

async function send(request: APIRequestContext, probe: Probe) {
  const response = await request.fetch(probe.url, {
    method: probe.method,
    headers: probe.headers,
    data: probe.data,
    maxRedirects: 0,
    failOnStatusCode: false,
    timeout: 20_000,
  });
  const body = await response.text().catch(() => "");
  return { status: response.status(), body };
}

test("every page, route and server action answers malformed requests with 4xx, never 5xx, and changes nothing", async ({ browser, baseURL }) => {
  const params = await discoverParams();
  const context = await browser.newContext({ locale: "en-GB", extraHTTPHeaders: { "X-Forwarded-For": fuzzIp } });
  const page = await context.newPage();
  await signIn(page, demoOwner);
  const before = await snapshot(params);

  const origin = new URL(baseURL!).origin;
  const probes: Probe[] = [];
  for (const entry of appPaths) {
    const url = toUrl(entry, params);
    if (!url) continue;
    probes.push(...pageProbes(url, entry.endsWith("/route")));
  }
  for (const [id, action] of Object.entries(actionManifest)) {
    const worker = Object.keys(action.workers).map((entry) => toUrl(entry.replace(/^app/, ""), params)).find(Boolean);
    probes.push(...actionProbes(id, worker ?? "/", origin));
  }
  probes.push(...authProbes());
  expect(probes.length).toBeGreaterThan(500);

  const failures: string[] = [];
  const slow: string[] = [];
  const started = Date.now();
  // Signed in and anonymous: a few at a time, as a client would.
  const anonymous = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": fuzzIp } });
  for (const client of [context.request, anonymous.request]) {
    for (let index = 0; index < probes.length; index += 4) {
      await Promise.all(
        probes.slice(index, index + 4).map(async (probe) => {
          const sentAt = Date.now();
          const { status, body } = await send(client, probe);
          if (Date.now() - sentAt > 1_000) slow.push(`${probe.label}: ${Date.now() - sentAt} ms`);
          if (status >= 500 || (probe.expect && !probe.expect.includes(status))) {
            failures.push(`${probe.label}: ${status} ${body.slice(0, 80).replace(/\s+/g, " ")}`);
          } else if (probe.expect && body.length > 200) {
            failures.push(`${probe.label}: ${status} with a long answer (${body.length} characters)`);
          }
        }),
      );
    }
  }
  console.log(`[fuzz] ${probes.length * 2} requests in ${((Date.now() - started) / 1000).toFixed(1)} s, ${failures.length} failures`);
  if (slow.length) console.log(`[fuzz] ${slow.length} answers took over 1 s:\n${slow.slice(0, 10).join("\n")}`);
  expect(failures, failures.join("\n")).toEqual([]);

  // The server still answers, and nothing the fuzz could reach has changed.
  expect((await context.request.get("/login")).status()).toBe(200);
  expect(await snapshot(params)).toEqual(before);
  await anonymous.close();
  await context.close();
});

/** Sends the headers and 1 KiB of a body that declares `declared` bytes; resolves to the status, or null after `waitMs`. */
function postPartialBody(url: string, declared: number, waitMs: number): Promise<{ status: number | null; ms: number }> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const request = http.request(url, { method: "POST", headers: { "Content-Type": "application/octet-stream", "Content-Length": String(declared) } });
    const timer = setTimeout(() => {
      request.destroy();
      resolve({ status: null, ms: Date.now() - started });
    }, waitMs);
    request.on("response", (response) => {
      clearTimeout(timer);
      response.resume();
      request.destroy();
      resolve({ status: response.statusCode ?? null, ms: Date.now() - started });
    });
    request.on("error", (error) => {
      if (!request.destroyed) reject(error);
    });
    request.write(Buffer.alloc(1024, 97));
  });
}

// Item 11: proxy.ts used to match every request, so Next read (and buffered up to 10 MiB of) the whole
// body of any POST for it before the page or route could answer. A page now answers without waiting.
test("a POST to a page is answered without Next waiting for, or buffering, its body for the proxy", async ({ baseURL }) => {
  for (const path of ["/verify", "/login", "/offertewerk"]) {
    const answer = await postPartialBody(`${baseURL}${path}`, 9 * 1024 * 1024, 5_000);
    expect(answer.status, `${path} answered after ${answer.ms} ms`).not.toBeNull();
    expect(answer.status!).toBeLessThan(500);
  }
});
