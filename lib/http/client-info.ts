import "server-only";

export type ClientInfo = { ip: string | null; userAgent: string | null };

/**
 * The caller's address. Our server (scripts/serve.mjs) replaces whatever forwarding headers a
 * client sent with the socket's address in x-forwarded-for. Behind a reverse proxy, set
 * TRUSTED_PROXY_HEADER to the header the proxy writes: its LAST entry is the address the proxy
 * itself saw (earlier entries can be forged by the client).
 */
export function clientInfo(headers: Headers): ClientInfo {
  const trusted = process.env.TRUSTED_PROXY_HEADER?.toLowerCase();
  const raw = headers.get(trusted || "x-forwarded-for") ?? "";
  const ip = raw.split(",").at(-1)?.trim().slice(0, 64) || null;
  const userAgent = headers.get("user-agent")?.slice(0, 512) ?? null;
  return { ip, userAgent };
}
