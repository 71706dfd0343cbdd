import { afterEach, describe, expect, it, vi } from "vitest";
import { CLIENT_PIN_ENV, CLIENT_PIN_HEADER, pinClientAddress, readProxyConfig } from "../../scripts/lib/client-address.mjs";
import { clientInfo, resetClientInfoWarning } from "./client-info";

const PIN = "pin-of-this-test-process";
process.env[CLIENT_PIN_ENV] = PIN;

afterEach(() => {
  process.env[CLIENT_PIN_ENV] = PIN;
  vi.restoreAllMocks();
});

/** What the app sees: the headers after our server (scripts/serve.mjs) has handled them. */
function seenByApp(sent: Record<string, string>, socket: string, env: Record<string, string> = {}) {
  const headers: Record<string, string | string[] | undefined> = { ...sent };
  pinClientAddress(headers, socket, readProxyConfig(env), PIN);
  return { info: clientInfo(new Headers(headers as Record<string, string>)), headers };
}

const behindProxy = { TRUSTED_PROXY_HEADER: "x-forwarded-for", TRUSTED_PROXIES: "10.0.0.0/8, 2001:db8:1::/48" };

describe("the client's address in the evidence", () => {
  it("comes from the socket; forged forwarding headers are ignored", () => {
    const { info } = seenByApp({ "x-forwarded-for": "1.2.3.4", "x-real-ip": "5.6.7.8", "user-agent": "Firefox" }, "::ffff:203.0.113.9");
    expect(info).toEqual({ ip: "203.0.113.9", userAgent: "Firefox" });
  });

  it("behind a trusted proxy, is the first address from the right that is not a trusted proxy", () => {
    expect(seenByApp({ "x-forwarded-for": "1.2.3.4, 198.51.100.20" }, "10.0.0.2", behindProxy).info.ip).toBe("198.51.100.20");
    // Two proxies of ours in a row: both skipped; what the client put first is not believed.
    expect(seenByApp({ "x-forwarded-for": "6.6.6.6, 198.51.100.20, 10.1.1.1" }, "10.0.0.2", behindProxy).info.ip).toBe("198.51.100.20");
    expect(seenByApp({ "x-forwarded-for": "2001:db8:9::7, 2001:db8:1::5" }, "2001:db8:1::2", behindProxy).info.ip).toBe("2001:db8:9::7");
    // Garbage ends the walk at the last hop a trusted proxy vouched for.
    expect(seenByApp({ "x-forwarded-for": "198.51.100.20, <script>" }, "10.0.0.2", behindProxy).info.ip).toBe("10.0.0.2");
  });

  it("ignores the proxy header when the request does not come from a trusted proxy", () => {
    const { info } = seenByApp({ "x-forwarded-for": "1.2.3.4" }, "203.0.113.50", behindProxy);
    expect(info.ip).toBe("203.0.113.50");
  });

  it("keeps x-forwarded-host and -proto only from a trusted proxy", () => {
    const sent = { "x-forwarded-for": "198.51.100.20", "x-forwarded-host": "dpa.example.com", "x-forwarded-proto": "https" };
    const trusted = seenByApp(sent, "10.0.0.2", behindProxy).headers;
    expect(trusted).toMatchObject({ "x-forwarded-host": "dpa.example.com", "x-forwarded-proto": "https" });
    const direct = seenByApp({ ...sent, "x-forwarded-host": "evil.example", forwarded: "for=1.2.3.4" }, "203.0.113.50", behindProxy).headers;
    expect(direct["x-forwarded-host"]).toBeUndefined();
    expect(direct["x-forwarded-proto"]).toBeUndefined();
    expect(direct.forwarded).toBeUndefined();
    expect(seenByApp(sent, "203.0.113.50").headers["x-forwarded-host"]).toBeUndefined();
  });

  it("refuses TRUSTED_PROXY_HEADER without TRUSTED_PROXIES, and proxies that are no address or range", () => {
    expect(() => readProxyConfig({ TRUSTED_PROXY_HEADER: "x-forwarded-for" })).toThrow(/TRUSTED_PROXIES is not/);
    expect(() => readProxyConfig({ TRUSTED_PROXY_HEADER: "x-real-ip", TRUSTED_PROXIES: "10.0.0.0/33" })).toThrow(/not an IP address or CIDR/);
    expect(() => readProxyConfig({ TRUSTED_PROXY_HEADER: "x-real-ip", TRUSTED_PROXIES: "proxy.local" })).toThrow(/not an IP address or CIDR/);
  });

  it("is not recorded under a plain `next start`, where nobody pinned it, with one warning", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    resetClientInfoWarning();
    // No serve.mjs in front: x-forwarded-for is whatever the client sent; a forged pin does not help.
    delete process.env[CLIENT_PIN_ENV];
    expect(clientInfo(new Headers({ "x-forwarded-for": "1.2.3.4", "user-agent": "curl" }))).toEqual({ ip: null, userAgent: "curl" });
    process.env[CLIENT_PIN_ENV] = PIN;
    expect(clientInfo(new Headers({ "x-forwarded-for": "1.2.3.4", [CLIENT_PIN_HEADER]: "guessed" })).ip).toBeNull();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toMatch(/not pinned by scripts\/serve\.mjs/);
  });
});

describe("scripts/serve.mjs", () => {
  it("refuses to start with TRUSTED_PROXY_HEADER but no TRUSTED_PROXIES", async () => {
    const { spawnSync } = await import("node:child_process");
    const started = Date.now();
    const result = spawnSync(process.execPath, ["scripts/serve.mjs"], {
      env: { ...process.env, TRUSTED_PROXY_HEADER: "x-forwarded-for", TRUSTED_PROXIES: "", PORT: "0" },
      encoding: "utf8",
      timeout: 20_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/TRUSTED_PROXIES is not/);
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});
