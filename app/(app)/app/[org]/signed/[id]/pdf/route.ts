import { getCurrentUser } from "@/lib/auth/current-user";
import { clientInfo } from "@/lib/http/client-info";
import { retryAfterHeader, toPublicError } from "@/lib/errors";
import { getSignedPdf } from "@/lib/signing/get-signed-pdf";
import { getOrgContext } from "@/lib/tenancy/context";

export async function GET(request: Request, { params }: { params: Promise<{ org: string; id: string }> }) {
  const { org, id } = await params;
  try {
    const user = await getCurrentUser();
    if (!user) return new Response("Not found", { status: 404 });
    const pdf = await getSignedPdf(await getOrgContext(user.id, org), id, clientInfo(request.headers));
    return new Response(new Uint8Array(pdf.bytes), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="${pdf.reference}.pdf"`,
        "Cache-Control": "private, no-store",
        ETag: `"${pdf.sha256}"`,
      },
    });
  } catch (error) {
    const publicError = toPublicError(error);
    const { status, message } = publicError;
    return new Response(status === 404 ? "Not found" : message, { status, headers: retryAfterHeader(publicError) });
  }
}
