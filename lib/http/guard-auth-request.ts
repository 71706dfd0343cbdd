import "server-only";
import { NextRequest } from "next/server";
import { AppError } from "@/lib/errors";
import { readCappedBody } from "./read-capped-body";

// next-auth 4 answers 500 to a body it cannot parse (invalid JSON, a 20 MB body) and to a
// callbackUrl that is not a URL of this site (`javascript:`). Its route gets only requests it can
// answer: a form-encoded body of at most 64 KiB, no NUL characters, and callback URLs that are
// paths or http(s) URLs. Anything else gets a short 4xx (docs/security/fuzz.md).

export const AUTH_BODY_LIMIT = 64 * 1024;
const callbackCookies = ["next-auth.callback-url", "__Secure-next-auth.callback-url"];

function refuse(status: number, message: string): Response {
  return new Response(`${message}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

/**
 * What next-auth can take as a callback URL without failing: a path, or an http(s) URL (its redirect
 * callback then keeps the user on this site). `javascript:` and the like are refused.
 */
export function isAcceptableCallbackUrl(value: string): boolean {
  if (/[\u0000-\u001f]/.test(value)) return false;
  if (value.startsWith("/")) return true;
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}

async function readLimitedText(request: Request): Promise<string | Response> {
  let body: Buffer;
  try {
    body = await readCappedBody(request, AUTH_BODY_LIMIT);
  } catch (error) {
    if (error instanceof AppError && error.code === "TOO_LARGE") return refuse(413, "Request body too large");
    throw error;
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(body);
  } catch {
    return refuse(400, "Bad request: body is not UTF-8");
  }
}

/** Either a refusal, or a request next-auth can handle (the body re-created from what was read). */
export async function guardAuthRequest(request: NextRequest): Promise<NextRequest | Response> {
  const url = new URL(request.url);
  for (const [name, value] of url.searchParams) {
    if (value.includes("\0") || name.includes("\0")) return refuse(400, "Bad request: invalid parameter");
  }
  const queryCallback = url.searchParams.get("callbackUrl");
  if (queryCallback !== null && !isAcceptableCallbackUrl(queryCallback)) return refuse(400, "Bad request: invalid callbackUrl");

  // next-auth reads the callback cookie itself (next/headers) and answers 500 to a forged one.
  for (const part of (request.headers.get("cookie") ?? "").split(";")) {
    const [name, ...rest] = part.trim().split("=");
    if (!callbackCookies.includes(name)) continue;
    let value: string;
    try {
      value = decodeURIComponent(rest.join("="));
    } catch {
      return refuse(400, "Bad request: invalid callback cookie");
    }
    if (!isAcceptableCallbackUrl(value)) return refuse(400, "Bad request: invalid callback cookie");
  }

  if (request.method !== "POST") return request;
  const contentType = (request.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
  if (contentType !== "application/x-www-form-urlencoded") return refuse(415, "Unsupported content type: send a form");
  const text = await readLimitedText(request);
  if (typeof text !== "string") return text;
  const form = new URLSearchParams(text);
  for (const [name, value] of form) {
    if (value.includes("\0") || name.includes("\0")) return refuse(400, "Bad request: invalid field");
  }
  const bodyCallback = form.get("callbackUrl");
  if (bodyCallback !== null && !isAcceptableCallbackUrl(bodyCallback)) return refuse(400, "Bad request: invalid callbackUrl");
  return new NextRequest(request.url, { method: "POST", headers: request.headers, body: text });
}
