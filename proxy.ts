import { NextResponse, type NextRequest } from "next/server";
import { localeCookie, pickLocale } from "@/lib/i18n/locale";

// Runs before routing. It only refuses what no route can answer, so that such requests get a
// plain 400/404 instead of a 500 from Next's URL decoding or an entry in the page cache.

const slug = /^[a-z0-9][a-z0-9-]{0,79}$/;
const appPrefixes = new Set(["app", "api", "account", "login", "signup", "d", "_next", "fonts"]);

function plain(status: number, text: string) {
  return new NextResponse(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

export function proxy(request: NextRequest) {
  const path = request.nextUrl.pathname;
  let segments: string[];
  try {
    segments = path.split("/").filter(Boolean).map((segment) => decodeURIComponent(segment));
  } catch {
    return plain(400, "Bad request: malformed URL");
  }
  if (segments.some((segment) => segment.includes("\0"))) return plain(400, "Bad request: malformed URL");
  // PostgreSQL refuses NUL in text: a NUL in any parameter would end as a 500 in the page's query.
  for (const [name, value] of request.nextUrl.searchParams) {
    if (name.includes("\0") || value.includes("\0")) return plain(400, "Bad request: invalid parameter");
  }
  // Public pages live under /{organisation}/{agreement}/...: both must look like slugs.
  const [first, second] = segments;
  if (first && !appPrefixes.has(first) && !first.includes(".")) {
    if (!slug.test(first) || (second !== undefined && !slug.test(second))) return plain(404, "Not found");
  }
  if (segments.length === 1 && first && !appPrefixes.has(first) && first !== "mailbox" && !first.includes(".")) {
    return inReadersLanguage(request);
  }
  return NextResponse.next();
}

/**
 * /verify and a trust page (/{organisation}) speak the reader's language. The pages themselves read
 * no cookies or headers: the language is in the URL (?lang=nl|en, also their language switch), so
 * each URL has one answer and can be cached as such. Without it, the reader is sent on (307) to the
 * URL of their language: the choice made in the app (the `lang` cookie), else Accept-Language. Only
 * that small redirect depends on the request's headers, and it says so (Vary) and is not stored.
 */
function inReadersLanguage(request: NextRequest) {
  // Only page loads: a form post (a server action) keeps its URL, and the router's own requests for
  // a page's data (RSC, prefetch) are answered as they are: redirecting those made the router fetch
  // again and again, so the page never went quiet.
  // Next strips its own headers (rsc, next-router-prefetch) and _rsc before the proxy sees them;
  // the browser's Sec-Fetch-Dest still says whether this is a page load.
  const fetchDest = request.headers.get("sec-fetch-dest");
  const isRouterRequest = fetchDest !== null && fetchDest !== "document";
  if (request.nextUrl.searchParams.has("lang") || isRouterRequest || (request.method !== "GET" && request.method !== "HEAD")) {
    return NextResponse.next();
  }
  const url = request.nextUrl.clone();
  url.searchParams.set("lang", pickLocale(request.cookies.get(localeCookie)?.value, request.headers.get("accept-language")));
  const response = NextResponse.redirect(url, 307);
  response.headers.set("Vary", "Accept-Language, Cookie");
  response.headers.set("Cache-Control", "private, no-store");
  return response;
}

export const config = {
  // Only requests without a body: for any other, Next would first read the whole body and buffer up
  // to 10 MiB of it (proxyClientMaxBodySize) for this function, which never reads it, before any route
  // checks size or auth. Requests with a body are checked by scripts/lib/request-guard.mjs instead.
  matcher: [
    {
      source: "/((?!_next/static|_next/image|favicon.ico).*)",
      missing: [
        { type: "header", key: "content-length" },
        { type: "header", key: "transfer-encoding" },
      ],
    },
  ],
};
