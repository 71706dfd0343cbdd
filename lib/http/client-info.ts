import "server-only";

export type ClientInfo = { ip: string | null; userAgent: string | null };

/**
 * The caller's address. Behind a proxy, only the header named in TRUSTED_PROXY_HEADER is believed
 * (its first entry: the client as the proxy saw it). Without one, Next's own x-forwarded-for is used,
 * which Next fills from the socket when the client did not send one.
 */
export function clientInfo(headers: Headers): ClientInfo {
  const trusted = process.env.TRUSTED_PROXY_HEADER?.toLowerCase();
  const raw = headers.get(trusted || "x-forwarded-for") ?? "";
  const ip = raw.split(",")[0]?.trim().slice(0, 64) || null;
  const userAgent = headers.get("user-agent")?.slice(0, 512) ?? null;
  return { ip, userAgent };
}
