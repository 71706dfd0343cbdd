import { AppError, retryAfterHeader, toPublicError } from "@/lib/errors";
import { readCappedBody } from "@/lib/http/read-capped-body";
import { clientInfo } from "@/lib/http/client-info";
import { signAgreement } from "@/lib/signing/sign-agreement";
import { assertSignAllowed, SignRateLimitedError } from "@/lib/signing/sign-rate-limit";

// A controller signs a published version with one JSON request: the same service and the same
// input as the signing form's server action (lib/signing/schemas.ts), for programs and for the
// benchmark (bench/signing.ts). Only `application/json` is accepted: a cross-site HTML form cannot
// send that without a CORS preflight, which this route never grants.
//
//   201 { status: "signed", reference, signedAt, downloadPath }
//   200 { status: "already-signed", reference, signedAt }      (the same form or signer again)
//   400 malformed JSON · 413 body over 2 MB · 415 not JSON · 422 { fieldErrors } · 404 no such published version
//   429 (Retry-After) more than 20 requests a minute from one address (SIGN_RATE_LIMIT_PER_MINUTE)
// "already-signed" comes only once the signing session is verified for the signer's address.
//   503 UNAVAILABLE + Retry-After: database busy or restarting; send the same body again

const MAX_BODY_BYTES = 2 * 1024 * 1024;

type ErrorBody = { code: string; message: string; fieldErrors?: Record<string, string> };

function json(status: number, body: object, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff", ...headers } });
}

const fail = (status: number, code: string, message: string) => json(status, { code, message } satisfies ErrorBody);


export async function POST(request: Request): Promise<Response> {
  const client = clientInfo(request.headers);
  try {
    await assertSignAllowed(client);
  } catch (error) {
    if (error instanceof SignRateLimitedError) {
      return json(429, { code: error.code, message: error.message } satisfies ErrorBody, { "Retry-After": String(error.retryAfterSeconds) });
    }
    // The count lives in PostgreSQL: a database that is down answers 503 here too, never 500.
    return errorResponse(error);
  }
  const mediaType = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  if (mediaType !== "application/json") {
    return fail(415, "UNSUPPORTED_MEDIA_TYPE", "Send the signature as application/json.");
  }
  const declaredLength = Number(request.headers.get("content-length") ?? "0");
  if (declaredLength > MAX_BODY_BYTES) return fail(413, "TOO_LARGE", "The request body is larger than 2 MB.");

  let body: unknown;
  try {
    body = JSON.parse((await readCappedBody(request, MAX_BODY_BYTES)).toString("utf8"));
  } catch (error) {
    if (error instanceof AppError && error.code === "TOO_LARGE") return fail(413, "TOO_LARGE", "The request body is larger than 2 MB.");
    return fail(400, "BAD_REQUEST", "The request body is not valid JSON.");
  }

  try {
    const result = await signAgreement(body, client);
    if (result.status === "signed") {
      return json(201, {
        status: "signed",
        reference: result.reference,
        signedAt: result.signedAt.toISOString(),
        downloadPath: `/d/${result.downloadToken}`,
      });
    }
    return json(200, { status: "already-signed", reference: result.reference, signedAt: result.signedAt.toISOString() });
  } catch (error) {
    return errorResponse(error);
  }
}

/**
 * 503 UNAVAILABLE with Retry-After: the database was busy or restarting; sending the same body
 * (same submissionKey) again returns the signature if it was stored after all.
 */
function errorResponse(error: unknown): Response {
  const publicError = toPublicError(error);
  const { status, code, message, fieldErrors } = publicError;
  return json(status, { code, message, ...(fieldErrors ? { fieldErrors } : {}) } satisfies ErrorBody, retryAfterHeader(publicError));
}
