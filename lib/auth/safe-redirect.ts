/**
 * Where to go after sign-in (or any other redirect taken from a query parameter): a path on this
 * site, or the fallback. The target is resolved by the URL parser exactly as a browser would
 * resolve it against our origin, and accepted only when the origin stays ours: "//evil",
 * "/\evil", "/%5Cevil", "javascript:", tabs and newlines inside the scheme are all caught by
 * comparing origins, not by looking at the first characters.
 */
export function safeRedirectPath(next: unknown, baseUrl: string, fallback = "/app"): string {
  if (typeof next !== "string" || next === "" || next.length > 2000) return fallback;
  let base: URL;
  try {
    base = new URL(baseUrl);
  } catch {
    return fallback;
  }
  // A browser decodes %5C to "\" when it follows a Location header in some paths: decode once and
  // require both forms to stay on our origin.
  let decoded = next;
  try {
    decoded = decodeURIComponent(next);
  } catch {
    return fallback;
  }
  for (const candidate of [next, decoded]) {
    // Control characters are stripped by the URL parser ("java\tscript:"), and may hide a scheme.
    if (/[\u0000-\u001f\u007f]/.test(candidate)) return fallback;
    if (!candidate.startsWith("/") || candidate.startsWith("//") || candidate.startsWith("/\\")) return fallback;
    let resolved: URL;
    try {
      resolved = new URL(candidate, base);
    } catch {
      return fallback;
    }
    if (resolved.origin !== base.origin) return fallback;
  }
  const resolved = new URL(next, base);
  return `${resolved.pathname}${resolved.search}${resolved.hash}`;
}
