// Who is on the other end of a request, for the evidence of a signature and for rate limits.
// Next fills x-forwarded-for from the socket only when the client did not send one, so a client
// could put any address there. This runs in scripts/serve.mjs before Next sees the request.
import net from "node:net";

/** Every header a client or proxy may use to name the client or the original request. */
const forwardingHeaders = ["x-forwarded-for", "x-real-ip", "forwarded", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port"];

/**
 * Set by serve.mjs on every request, to a secret of the process (DPA_CLIENT_ADDRESS_PIN): it tells
 * lib/http/client-info.ts that x-forwarded-for was written by us. Under a plain `next start` it is
 * missing (or forged, and then wrong), and no address is recorded.
 */
export const CLIENT_PIN_HEADER = "x-dpa-client-address-pin";
export const CLIENT_PIN_ENV = "DPA_CLIENT_ADDRESS_PIN";

/** "::ffff:1.2.3.4" -> "1.2.3.4"; "[::1]:443" -> "::1"; "1.2.3.4:80" -> "1.2.3.4"; null unless an IP address. */
export function normaliseAddress(value) {
  if (typeof value !== "string") return null;
  let address = value.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) address = bracketed[1];
  else if (/^\d{1,3}(?:\.\d{1,3}){3}:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(":"));
  if (/^::ffff:\d{1,3}(?:\.\d{1,3}){3}$/i.test(address)) address = address.slice(7);
  return net.isIP(address) ? address.toLowerCase() : null;
}

/**
 * The proxy settings from the environment: TRUSTED_PROXY_HEADER (e.g. x-forwarded-for) and
 * TRUSTED_PROXIES, a comma- or space-separated list of addresses and CIDR ranges of the proxies.
 * The header without the list is refused: it would let any client name its own address.
 */
export function readProxyConfig(env = process.env) {
  const trustedHeader = (env.TRUSTED_PROXY_HEADER ?? "").trim().toLowerCase();
  const list = (env.TRUSTED_PROXIES ?? "").split(/[\s,]+/).filter(Boolean);
  if (!trustedHeader) return { trustedHeader: "", trustedProxies: null };
  if (!/^[a-z0-9-]+$/.test(trustedHeader)) throw new Error(`TRUSTED_PROXY_HEADER must be a header name, not "${trustedHeader}"`);
  if (list.length === 0) {
    throw new Error(
      "TRUSTED_PROXY_HEADER is set but TRUSTED_PROXIES is not: give the addresses (CIDR) of your reverse proxies, e.g. TRUSTED_PROXIES=10.0.0.0/8,::1. " +
        "Only requests from those addresses may name the client's address.",
    );
  }
  return { trustedHeader, trustedProxies: parseCidrList(list) };
}

/** A net.BlockList of the given addresses and CIDR ranges; throws on anything else. */
export function parseCidrList(entries) {
  const list = new net.BlockList();
  for (const entry of entries) {
    const [rawAddress, rawPrefix, extra] = entry.split("/");
    const address = normaliseAddress(rawAddress);
    const type = address && net.isIPv6(address) ? "ipv6" : "ipv4";
    const prefix = rawPrefix === undefined ? (type === "ipv6" ? 128 : 32) : Number(rawPrefix);
    if (!address || extra !== undefined || !/^\d*$/.test(rawPrefix ?? "") || !Number.isInteger(prefix) || prefix < 0 || prefix > (type === "ipv6" ? 128 : 32)) {
      throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range`);
    }
    list.addSubnet(address, prefix, type);
  }
  return list;
}

function isTrusted(address, trustedProxies) {
  return Boolean(address && trustedProxies?.check(address, net.isIPv6(address) ? "ipv6" : "ipv4"));
}

/**
 * The client's address: the socket's, unless the socket's peer is a trusted proxy and the trusted
 * header is present. Then the header's list is walked from the right (each proxy appends the
 * address it saw), skipping trusted proxies: the first untrusted address is the client. An entry
 * that is no address ends the walk at the last address a trusted proxy vouched for.
 */
export function resolveClientAddress(headers, socketAddress, config) {
  const peer = normaliseAddress(socketAddress);
  const fromTrustedProxy = Boolean(config.trustedHeader) && isTrusted(peer, config.trustedProxies);
  const raw = headers[config.trustedHeader];
  if (!fromTrustedProxy || raw === undefined) return { address: peer, fromTrustedProxy };
  const entries = (Array.isArray(raw) ? raw.join(",") : String(raw)).split(",");
  let address = peer;
  for (let i = entries.length - 1; i >= 0; i--) {
    const hop = normaliseAddress(entries[i]);
    if (!hop) break;
    address = hop;
    if (!isTrusted(hop, config.trustedProxies)) break;
  }
  return { address, fromTrustedProxy };
}

/**
 * Rewrites the request's headers before Next sees them: every forwarding header the client sent is
 * dropped, x-forwarded-for becomes the one resolved address, and the pin header says so. A trusted
 * proxy's x-forwarded-host and -proto are kept (they describe the original request); anyone
 * else's are dropped.
 */
export function pinClientAddress(headers, socketAddress, config, pin) {
  const { address, fromTrustedProxy } = resolveClientAddress(headers, socketAddress, config);
  const kept = fromTrustedProxy ? { host: headers["x-forwarded-host"], proto: headers["x-forwarded-proto"] } : {};
  for (const name of forwardingHeaders) delete headers[name];
  delete headers[CLIENT_PIN_HEADER];
  if (kept.host !== undefined) headers["x-forwarded-host"] = kept.host;
  if (kept.proto !== undefined) headers["x-forwarded-proto"] = kept.proto;
  if (address) headers["x-forwarded-for"] = address;
  if (pin) headers[CLIENT_PIN_HEADER] = pin;
}
