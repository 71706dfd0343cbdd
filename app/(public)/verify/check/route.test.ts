import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { VERIFY_LIMIT } from "@/lib/sealing/verify-rate-limit";
import { pinnedHeaders } from "@/lib/test/client-headers";
import { POST } from "./route";

const ipOfThisTest = () => `2001:db8::${randomUUID().slice(0, 4)}:${randomUUID().slice(0, 4)}`;

/** A request from the client at headers["x-forwarded-for"], as scripts/serve.mjs hands it to the app. */
function post(body: BodyInit, { "x-forwarded-for": ip, ...headers }: Record<string, string>) {
  return POST(new Request("http://localhost/verify/check", { method: "POST", body, headers: pinnedHeaders(ip!, headers), duplex: "half" } as RequestInit));
}

describe("POST /verify/check", () => {
  it("answers a PDF it does not know with isMatch false, and bad input with 4xx, never 500", async () => {
    const ip = ipOfThisTest();
    const unknown = await post("%PDF-1.7\n%%EOF\n", { "content-type": "application/pdf", "x-forwarded-for": ip });
    expect(unknown.status).toBe(200);
    expect(await unknown.json()).toMatchObject({ isMatch: false });

    const notPdf = await post("hello", { "content-type": "application/pdf", "x-forwarded-for": ip });
    expect(notPdf.status).toBe(422);
    expect(await notPdf.json()).toMatchObject({ code: "VALIDATION", message: "verify.notPdf" });

    const tooLarge = await post("%PDF-", { "content-type": "application/pdf", "content-length": String(11 * 1024 * 1024), "x-forwarded-for": ip });
    expect(tooLarge.status).toBe(413);
    expect(await tooLarge.json()).toMatchObject({ code: "TOO_LARGE", message: "verify.tooLarge" });

    const badJson = await post("{not json", { "content-type": "application/json", "x-forwarded-for": ip });
    expect(badJson.status).toBe(422);
    const badPair = await post(JSON.stringify({ reference: "x", sha256: "y" }), { "content-type": "application/json", "x-forwarded-for": ip });
    expect(badPair.status).toBe(422);
    expect((await badPair.json()).fieldErrors).toMatchObject({ reference: "verify.referenceFormat" });
  });

  it("limits checks per IP address", async () => {
    const ip = ipOfThisTest();
    const statuses: number[] = [];
    for (let i = 0; i <= VERIFY_LIMIT.max; i++) {
      statuses.push((await post("%PDF-1.7\n", { "content-type": "application/pdf", "x-forwarded-for": ip })).status);
    }
    expect(statuses.slice(0, VERIFY_LIMIT.max).every((status) => status === 200)).toBe(true);
    const limited = await post("%PDF-1.7\n", { "content-type": "application/pdf", "x-forwarded-for": ip });
    expect(limited.status).toBe(429);
    expect(await limited.json()).toMatchObject({ code: "RATE_LIMITED", message: "verify.rateLimited" });
    // Someone else is not affected.
    expect((await post("%PDF-1.7\n", { "content-type": "application/pdf", "x-forwarded-for": ipOfThisTest() })).status).toBe(200);
  });
});
