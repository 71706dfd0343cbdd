import { describe, expect, it } from "vitest";
import { ipKey } from "./ip-key";

describe("ipKey", () => {
  it("keeps an IPv4 address whole", () => {
    expect(ipKey("192.0.2.1")).toBe("ip4:192.0.2.1");
    expect(ipKey("::ffff:192.0.2.1")).toBe("ip4:192.0.2.1");
    expect(ipKey("::ffff:c000:201")).toBe("ip4:192.0.2.1");
  });

  it("counts IPv6 by its /64, however it is written", () => {
    const key = ipKey("2001:db8:1:2::1");
    expect(key).toBe("ip6:2001:db8:1:2::/64");
    expect(ipKey("2001:0DB8:0001:0002:ffff:ffff:ffff:ffff")).toBe(key);
    expect(ipKey("2001:db8:1:2:aaaa::1%eth0")).toBe(key);
    expect(ipKey("2001:db8:1:3::1")).not.toBe(key);
    expect(ipKey("::1")).toBe("ip6:0:0:0:0::/64");
  });

  it("puts missing and unreadable addresses in one bucket", () => {
    expect(ipKey(null)).toBe("ip:unknown");
    expect(ipKey("")).toBe("ip:unknown");
    expect(ipKey("not an address")).toBe("ip:unknown");
  });
});
