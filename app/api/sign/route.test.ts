// Issue 8, item 4: POST /api/sign tells "already signed" (reference, time) only to a signer whose
// session is verified for that address, checks the session before any heavy work, and is limited
// per IP address. Real route handler, real database, real signing service.
import { describe, expect, it } from "vitest";
import { createPublishedAgreement } from "@/lib/test/agreements";
import { createOrgWithMember, signaturePng, unique } from "@/lib/test/factories";
import { pinnedHeaders } from "@/lib/test/client-headers";
import { requestSigningCode, verifiedSigningSession } from "@/lib/test/signing";
import { startSigningSession } from "@/lib/signing/start-signing-session";
import { POST } from "./route";

const octet = () => Math.floor(Math.random() * 250) + 1;
const ipOf = () => `10.${octet()}.${octet()}.${octet()}`;

function form(versionId: string, signingSessionId: string, email: string, overrides: Record<string, unknown> = {}) {
  return {
    versionId,
    submissionKey: unique("api-form-key-0123456789"),
    signingSessionId,
    controller: { legalName: "Bakkerij Brood & Zo B.V.", registrationNumber: "58123947", addressLine: "Oudegracht 112", postalCode: "3511 AX", city: "Utrecht", country: "NL" },
    signer: { name: "Bram Visser", function: "Eigenaar", email, place: "Utrecht" },
    method: "DRAWN",
    imageDataUrl: signaturePng(),
    consent: true,
    authority: true,
    ...overrides,
  };
}

async function post(body: unknown, ip: string) {
  const response = await POST(
    new Request("http://localhost/api/sign", {
      method: "POST",
      headers: pinnedHeaders(ip, { "content-type": "application/json" }),
      body: JSON.stringify(body),
    }),
  );
  return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, unknown> };
}

describe("POST /api/sign", () => {
  it("answers 'already signed' only after the session is verified for that signer's address", async () => {
    const ctx = await createOrgWithMember("OWNER");
    const { versionId } = await createPublishedAgreement(ctx);
    const email = `${unique("bram")}@bakkerij.test`;
    const signed = await post(form(versionId, await verifiedSigningSession(versionId, email), email), ipOf());
    expect(signed.status).toBe(201);
    const reference = signed.body.reference as string;

    // Someone who knows the company number and the address, but not the mailbox behind it.
    const { sessionId: unverified } = await startSigningSession(versionId, { ip: ipOf(), userAgent: "vitest" });
    const { sessionId: codeNotEntered } = await requestSigningCode(versionId, email);
    const otherAddress = `${unique("mallory")}@example.test`;
    const verifiedForOther = await verifiedSigningSession(versionId, otherAddress);
    for (const sessionId of [unverified, codeNotEntered, verifiedForOther, "no-such-session-0123456789"]) {
      const probe = await post(form(versionId, sessionId, email), ipOf());
      expect(probe.status).toBe(422);
      expect(JSON.stringify(probe.body)).not.toContain(reference);
      expect(probe.body).not.toHaveProperty("signedAt");
      expect(probe.body.fieldErrors).toHaveProperty(["signer.email"]);
    }

    // The signer, verified again in a new session: told, with the reference.
    const again = await post(form(versionId, await verifiedSigningSession(versionId, email), email), ipOf());
    expect(again).toMatchObject({ status: 200, body: { status: "already-signed", reference } });
  });

  it("checks the session before the signature image and the PDF: an unverified request is refused at once", async () => {
    const ctx = await createOrgWithMember("OWNER");
    const { versionId } = await createPublishedAgreement(ctx);
    const email = `${unique("bram")}@bakkerij.test`;
    const { sessionId } = await startSigningSession(versionId, { ip: ipOf(), userAgent: "vitest" });
    // A blank image would be refused by the image check: the session error comes first.
    const started = Date.now();
    const refused = await post(form(versionId, sessionId, email, { imageDataUrl: signaturePng({ isBlank: true }) }), ipOf());
    const ms = Date.now() - started;
    expect(refused.status).toBe(422);
    expect(refused.body.fieldErrors).toEqual({ "signer.email": "signing.emailNotVerified" });
    expect(ms).toBeLessThan(1000);
  });

  it("limits requests per IP address: the 21st within a minute gets 429 with Retry-After, another address is still served", async () => {
    const ip = ipOf();
    // The limit counts in fixed one-minute windows: start early in one, so that all 22 requests
    // fall into the same window.
    const intoWindow = Date.now() % 60_000;
    if (intoWindow > 40_000) await new Promise((resolve) => setTimeout(resolve, 60_000 - intoWindow + 100));
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) statuses.push((await post({}, ip)).status);
    expect(statuses.slice(0, 20).every((status) => status === 422)).toBe(true);
    const limited = await post({}, ip);
    expect(limited.status).toBe(429);
    expect(limited.body).toMatchObject({ code: "RATE_LIMITED", message: "signing.tooManySignatures" });
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await post({}, ipOf())).status).toBe(422);
  }, 60_000);
});
