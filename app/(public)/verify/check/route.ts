import { AppError, retryAfterHeader, toPublicError } from "@/lib/errors";
import { clientInfo } from "@/lib/http/client-info";
import { readCappedBody } from "@/lib/http/read-capped-body";
import { assertVerifyAllowed } from "@/lib/sealing/verify-rate-limit";
import { MAX_VERIFY_BYTES, verifyDocument, verifyDocumentHash, type Verification } from "@/lib/sealing/verify-document";

// POST /verify/check: the body is either the PDF itself (any content type but JSON; read as a
// stream and cut off past 10 MB) or JSON { reference, sha256 }. Counted per IP address first, so
// that nobody makes us hash gigabytes.

export const dynamic = "force-dynamic";

function answer(verification: Verification) {
  const seal = verification.seal?.status === "valid" ? { ...verification.seal, timestampedAt: verification.seal.timestampedAt?.toISOString() ?? null } : verification.seal;
  return Response.json(
    verification.isMatch
      ? { ...verification, seal, document: { ...verification.document, signedAt: verification.document.signedAt.toISOString(), sealedAt: verification.document.sealedAt?.toISOString() ?? null } }
      : { ...verification, seal },
    { headers: { "Cache-Control": "no-store" } },
  );
}

export async function POST(request: Request) {
  try {
    await assertVerifyAllowed(clientInfo(request.headers).ip);
    if ((request.headers.get("content-type") ?? "").startsWith("application/json")) {
      const body = await readCappedBody(request, 4_096);
      let input: unknown;
      try {
        input = JSON.parse(body.toString("utf8"));
      } catch {
        throw new AppError("VALIDATION", "validation.fix");
      }
      return answer(await verifyDocumentHash(input));
    }
    return answer(await verifyDocument(await readCappedBody(request, MAX_VERIFY_BYTES)));
  } catch (error) {
    const publicError = toPublicError(error);
    const { status, code, message, fieldErrors } = publicError;
    return Response.json(
      { code, message: code === "INTERNAL" ? "errors.generic" : code === "UNAVAILABLE" ? "errors.unavailable" : message, fieldErrors },
      { status, headers: { "Cache-Control": "no-store", ...retryAfterHeader(publicError) } },
    );
  }
}
