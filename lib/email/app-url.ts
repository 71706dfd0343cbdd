import "server-only";

/**
 * An absolute URL of this app for links in e-mail, from NEXTAUTH_URL (the public base URL, which
 * may include a path prefix). `npm start` sets it; elsewhere it falls back to localhost:$PORT.
 */
export function appUrl(path: string): string {
  const base = (process.env.NEXTAUTH_URL || `http://localhost:${process.env.PORT || 3000}`).replace(/\/+$/, "");
  return `${base}${path.startsWith("/") ? path : `/${path}`}`;
}
