// Test helper (not application code): request headers as the app sees them behind scripts/serve.mjs,
// for a client at `ip`. The address is pinned exactly as serve.mjs pins it (lib/http/client-info.ts
// records no address from headers that were not).
import { randomBytes } from "node:crypto";
import { CLIENT_PIN_ENV, pinClientAddress, readProxyConfig } from "@/scripts/lib/client-address.mjs";

export function pinnedHeaders(ip: string, sent: Record<string, string> = {}): Headers {
  process.env[CLIENT_PIN_ENV] ??= randomBytes(16).toString("hex");
  const headers: Record<string, string | string[] | undefined> = { ...sent };
  pinClientAddress(headers, ip, readProxyConfig({}), process.env[CLIENT_PIN_ENV]);
  return new Headers(headers as Record<string, string>);
}
