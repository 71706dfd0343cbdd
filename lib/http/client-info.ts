import "server-only";
import { CLIENT_PIN_ENV, CLIENT_PIN_HEADER } from "@/scripts/lib/client-address.mjs";

export type ClientInfo = { ip: string | null; userAgent: string | null };

const state = globalThis as unknown as { hasWarnedUnpinnedClient?: boolean };

/**
 * The caller's address. Our server (scripts/serve.mjs) replaces whatever forwarding headers a
 * client sent with the one address it resolved (the socket's, or behind a proxy listed in
 * TRUSTED_PROXIES the client's as that proxy saw it) in x-forwarded-for, and marks the request with
 * the pin header. Without that mark (a plain `next start`, where x-forwarded-for is whatever the
 * client sent) no address is recorded, and a warning is logged once.
 */
export function clientInfo(headers: Headers): ClientInfo {
  const userAgent = headers.get("user-agent")?.slice(0, 512) ?? null;
  const pin = process.env[CLIENT_PIN_ENV];
  if (!pin || headers.get(CLIENT_PIN_HEADER) !== pin) {
    if (!state.hasWarnedUnpinnedClient) {
      state.hasWarnedUnpinnedClient = true;
      console.warn(
        "[client-info] the client's address was not pinned by scripts/serve.mjs (is the app run with a plain `next start`?): " +
          "no IP address is recorded in evidence or used for rate limits. Run it with `npm start` or `node scripts/serve.mjs`.",
      );
    }
    return { ip: null, userAgent };
  }
  const ip = headers.get("x-forwarded-for")?.trim().slice(0, 64) || null;
  return { ip, userAgent };
}

/** For tests: warn again on the next unpinned request. */
export function resetClientInfoWarning(): void {
  state.hasWarnedUnpinnedClient = false;
}
