import { getCurrentUser } from "@/lib/auth/current-user";
import { retryAfterHeader, toPublicError } from "@/lib/errors";
import { readCappedBody } from "@/lib/http/read-capped-body";
import { MAX_IMPORT_BYTES } from "@/lib/import/errors";
import { readUploadedDpa } from "@/lib/import/read-uploaded-dpa";
import { getOrgContext } from "@/lib/tenancy/context";

// Reads an uploaded or pasted DPA for the review step; stores nothing. The body is the raw file
// (or the pasted text as UTF-8). A route handler rather than a server action, because server
// actions stop at 1 MB. The custom header cannot be sent by a cross-site form.
//
//   200 { ok: true, kind, language, content, summary }
//   4xx { ok: false, code, message }   (message: an i18n key)

const IMPORT_HEADER = "x-import-request";

function json(status: number, body: object): Response {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
}

const fail = (status: number, code: string, message: string) => json(status, { ok: false, code, message });


export async function POST(request: Request, { params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  if (request.headers.get(IMPORT_HEADER) !== "1") return fail(400, "BAD_REQUEST", "errors.generic");
  if (Number(request.headers.get("content-length") ?? "0") > MAX_IMPORT_BYTES) return fail(413, "TOO_LARGE", "import.error.tooLarge");
  try {
    const user = await getCurrentUser();
    if (!user) return fail(401, "UNAUTHENTICATED", "errors.notFound");
    const ctx = await getOrgContext(user.id, org);
    const bytes = new Uint8Array(await readCappedBody(request, MAX_IMPORT_BYTES, "import.error.tooLarge"));
    const result = await readUploadedDpa(ctx, bytes);
    return json(200, { ok: true, ...result });
  } catch (error) {
    const publicError = toPublicError(error);
    const { status, code, message } = publicError;
    if (code === "UNAVAILABLE") {
      return Response.json({ ok: false, code, message: "errors.unavailable" }, { status, headers: { "Cache-Control": "no-store", ...retryAfterHeader(publicError) } });
    }
    return fail(status, code, code === "INTERNAL" ? "errors.generic" : message);
  }
}
