import { isIPv4, isIPv6 } from "node:net";

// The part of a client address that rate limits count by. IPv4: the whole address. IPv6: the
// /64 prefix, because one subscriber is routinely given a whole /64 and can pick any address in it.
// IPv4-mapped IPv6 (::ffff:192.0.2.1) counts as the IPv4 address it carries.

function expandIpv6(address: string): number[] | null {
  let text = address.split("%")[0].toLowerCase();
  // An embedded IPv4 tail (::ffff:192.0.2.1) becomes two groups.
  const lastColon = text.lastIndexOf(":");
  const tail = text.slice(lastColon + 1);
  if (isIPv4(tail)) {
    const [a, b, c, d] = tail.split(".").map(Number);
    text = `${text.slice(0, lastColon + 1)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const halves = text.split("::");
  if (halves.length > 2) return null;
  const head = halves[0] ? halves[0].split(":") : [];
  const rest = halves.length === 2 && halves[1] ? halves[1].split(":") : [];
  const missing = 8 - head.length - rest.length;
  if (missing < 0 || (halves.length === 1 && missing !== 0)) return null;
  const groups = [...head, ...Array(halves.length === 2 ? missing : 0).fill("0"), ...rest].map((group) => parseInt(group, 16));
  return groups.length === 8 && groups.every((group) => Number.isInteger(group) && group >= 0 && group <= 0xffff) ? groups : null;
}

/** `ip4:192.0.2.1`, `ip6:2001:db8:1:2::/64`, or `ip:unknown` for a missing or unreadable address. */
export function ipKey(ip: string | null | undefined): string {
  const address = ip?.trim() ?? "";
  if (isIPv4(address)) return `ip4:${address}`;
  if (!isIPv6(address)) return "ip:unknown";
  const groups = expandIpv6(address);
  if (!groups) return "ip:unknown";
  const isMappedIpv4 = groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff;
  if (isMappedIpv4) return `ip4:${groups[6] >> 8}.${groups[6] & 0xff}.${groups[7] >> 8}.${groups[7] & 0xff}`;
  return `ip6:${groups.slice(0, 4).map((group) => group.toString(16)).join(":")}::/64`;
}
