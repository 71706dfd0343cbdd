import { NextResponse, type NextRequest } from "next/server";

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
  return NextResponse.next();
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
