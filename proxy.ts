import { NextResponse, type NextRequest } from "next/server";
import { localeCookie, pickLocale } from "@/lib/i18n/locale";

// Runs before routing. It only refuses what no route can answer, so that such requests get a
// plain 400/404 instead of a 500 from Next's URL decoding or an entry in the page cache.

const slug = /^[a-z0-9][a-z0-9-]{0,79}$/;
const appPrefixes = new Set(["app", "api", "login", "signup", "d", "_next", "fonts"]);

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
 * no cookies or headers (they stay cacheable): the language is in the URL (?lang=nl|en, their
 * language switch). Without it, the choice made in the app (the `lang` cookie) or else the browser's
 * Accept-Language is passed on as ?lang by an internal rewrite, and the answer says what it varied on.
 */
function inReadersLanguage(request: NextRequest) {
  if (request.nextUrl.searchParams.has("lang")) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.searchParams.set("lang", pickLocale(request.cookies.get(localeCookie)?.value, request.headers.get("accept-language")));
  const response = NextResponse.rewrite(url);
  response.headers.set("Vary", "Accept-Language, Cookie");
  return response;
}

export const config = {
  // Uploads to /verify/check are left out: Next would buffer their bodies (up to 10 MB) for the proxy.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|verify/check).*)"],
};
