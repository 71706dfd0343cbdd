import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRequestGuard } from "./request-guard.mjs";

// The guard in front of a real HTTP server whose handler echoes the body it receives, as Next
// would read it: refused requests never reach the handler, accepted ones arrive byte for byte.
const formActionId = `60${"a".repeat(40)}`;
const valueActionId = `40${"b".repeat(40)}`;
let server: http.Server;
let baseUrl: string;
let handled = 0;

beforeAll(async () => {
  const distDir = fs.mkdtempSync(path.join(os.tmpdir(), "request-guard-"));
  fs.mkdirSync(path.join(distDir, "server"));
  fs.writeFileSync(
    path.join(distDir, "server", "server-reference-manifest.json"),
    JSON.stringify({
      node: {
        [formActionId]: { workers: {}, filename: "app/(app)/app/[org]/agreements/new/actions.ts", exportedName: "createAgreementAction" },
        [valueActionId]: { workers: {}, filename: "app/(public)/download-link/actions.ts", exportedName: "requestDownloadLinkAction" },
      },
    }),
  );
  fs.writeFileSync(path.join(distDir, "server", "app-paths-manifest.json"), JSON.stringify({ "/api/sign/route": "x", "/(app)/login/page": "y" }));
  const guard = createRequestGuard(distDir);
  server = http.createServer(async (request, response) => {
    const checked = await guard(request, response);
    if (!checked) return;
    handled++;
    const chunks: Buffer[] = [];
    for await (const chunk of checked) chunks.push(chunk as Buffer);
    response.writeHead(200, { "Content-Type": "application/octet-stream" });
    response.end(Buffer.concat(chunks));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function form(fields: Record<string, string>) {
  const boundary = "----guardTestBoundary";
  const body =
    Object.entries(fields)
      .map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)
      .join("") + `--${boundary}--\r\n`;
  return { body, type: `multipart/form-data; boundary=${boundary}` };
}

async function post(url: string, body: string, headers: Record<string, string>) {
  const response = await fetch(`${baseUrl}${url}`, { method: "POST", body, headers: { Origin: baseUrl, ...headers } });
  return { status: response.status, text: await response.text() };
}

describe("request guard", () => {
  it("hands a well-formed FormData action call to the handler byte for byte", async () => {
    const { body, type } = form({ "0": '["offertewerk","$K1"]', "1_title": "Nieuwe overeenkomst € ë" });
    const before = handled;
    const answer = await post("/app/offertewerk/agreements/new", body, { "Next-Action": formActionId, "Content-Type": type });
    expect(answer.status).toBe(200);
    expect(answer.text).toBe(body);
    expect(handled).toBe(before + 1);
  });

  it("hands a well-formed value call to the handler", async () => {
    const body = '[{"email":"a@example.test","reference":"$$literal"}]';
    const answer = await post("/download-link", body, { "Next-Action": valueActionId, "Content-Type": "text/plain;charset=UTF-8" });
    expect(answer).toEqual({ status: 200, text: body });
  });

  it.each([
    ["a flight reference", '["$Q1"]', "text/plain", 400],
    ["a prototype path", '["$1:constructor:constructor"]', "text/plain", 400],
    ["invalid JSON", "{", "text/plain", 400],
    ["a JSON content type", "[]", "application/json", 415],
    ["multipart without boundary", "x", "multipart/form-data", 400],
  ])("refuses %s before the handler", async (_name, body, type, status) => {
    const before = handled;
    const answer = await post("/download-link", body, { "Next-Action": valueActionId, "Content-Type": type });
    expect(answer.status).toBe(status);
    expect(answer.text.length).toBeLessThan(100);
    expect(handled).toBe(before);
  });

  it("refuses a string where the action takes FormData, and a missing argument", async () => {
    const wrongKind = await post("/app/offertewerk/agreements/new", '["offertewerk","title"]', { "Next-Action": formActionId, "Content-Type": "text/plain" });
    expect(wrongKind.status).toBe(400);
    const missing = await post("/app/offertewerk/agreements/new", '["offertewerk"]', { "Next-Action": formActionId, "Content-Type": "text/plain" });
    expect(missing.status).toBe(400);
  });

  it("refuses another origin with 403 and an unknown action with 404", async () => {
    const foreign = await post("/download-link", "[{}]", { "Next-Action": valueActionId, "Content-Type": "text/plain", Origin: "https://evil.example" });
    expect(foreign.status).toBe(403);
    const unknown = await post("/download-link", "[{}]", { "Next-Action": `40${"c".repeat(40)}`, "Content-Type": "text/plain" });
    expect(unknown.status).toBe(404);
  });

  it("answers 413 to a large declared body from its header, and 411 to a body without length", async () => {
    const large = await new Promise<number>((resolve, reject) => {
      const request = http.request(`${baseUrl}/download-link`, {
        method: "POST",
        headers: { "Next-Action": valueActionId, "Content-Type": "text/plain", "Content-Length": String(50 * 1024 * 1024) },
      });
      request.on("response", (response) => {
        resolve(response.statusCode ?? 0);
        request.destroy();
      });
      request.on("error", reject);
      request.write("[");
    });
    expect(large).toBe(413);
    const chunked = await new Promise<number>((resolve, reject) => {
      const request = http.request(`${baseUrl}/api/sign`, { method: "POST", headers: { "Content-Type": "application/json", "Transfer-Encoding": "chunked" } });
      request.on("response", (response) => resolve(response.statusCode ?? 0));
      request.on("error", reject);
      request.end("{}");
    });
    expect(chunked).toBe(411);
  });

  it("refuses NUL in a query parameter of a POST", async () => {
    const answer = await post("/api/sign?x=%00", "{}", { "Content-Type": "application/json" });
    expect(answer.status).toBe(400);
  });
});
