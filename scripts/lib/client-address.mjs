// Who is on the other end of a request, for the evidence of a signature and for rate limits.
// Next fills x-forwarded-for from the socket only when the client did not send one, so a client
// could put any address there. This runs before Next sees the request.

const forwardedHeaders = ["x-forwarded-for", "x-real-ip", "forwarded"];

/**
 * Without a trusted proxy (TRUSTED_PROXY_HEADER unset) every client-sent forwarding header is
 * dropped and x-forwarded-for is set to the socket's address. Behind a proxy, the configured header
 * is kept as the proxy wrote it (lib/http/client-info.ts reads the address the proxy added).
 */
export function pinClientAddress(headers, socketAddress, trustedHeader) {
  if (trustedHeader) return;
  for (const name of forwardedHeaders) delete headers[name];
  if (socketAddress) headers["x-forwarded-for"] = socketAddress.replace(/^::ffff:/, "");
}
