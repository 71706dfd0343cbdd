import { afterEach, describe, expect, it } from "vitest";
import { pinClientAddress } from "../../scripts/lib/client-address.mjs";
import { clientInfo } from "./client-info";

const trustedBefore = process.env.TRUSTED_PROXY_HEADER;
afterEach(() => {
  if (trustedBefore === undefined) delete process.env.TRUSTED_PROXY_HEADER;
  else process.env.TRUSTED_PROXY_HEADER = trustedBefore;
});

/** What the app sees: the headers after our server (scripts/serve.mjs) has handled them. */
function seenByApp(sent: Record<string, string>, socket: string, trusted = "") {
  const headers: Record<string, string | string[] | undefined> = { ...sent };
  pinClientAddress(headers, socket, trusted);
  if (trusted) process.env.TRUSTED_PROXY_HEADER = trusted;
  else delete process.env.TRUSTED_PROXY_HEADER;
  return clientInfo(new Headers(headers as Record<string, string>));
}

describe("the client's address in the evidence", () => {
  it("comes from the socket; forged forwarding headers are ignored", () => {
    const info = seenByApp({ "x-forwarded-for": "1.2.3.4", "x-real-ip": "5.6.7.8", "user-agent": "Firefox" }, "::ffff:203.0.113.9");
    expect(info).toEqual({ ip: "203.0.113.9", userAgent: "Firefox" });
  });

  it("behind a trusted proxy, is the address the proxy appended, not one the client put first", () => {
    const info = seenByApp({ "x-forwarded-for": "1.2.3.4, 198.51.100.20" }, "10.0.0.2", "x-forwarded-for");
    expect(info.ip).toBe("198.51.100.20");
  });
});
